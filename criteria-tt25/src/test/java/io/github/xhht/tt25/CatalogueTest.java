package io.github.xhht.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Rule;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every indicator of the six level combinations, once, with the citation an auditor reads in the circular. */
class CatalogueTest {

    /** id → citation, written from the circular's structure (law/tt25.md §2-4), not from the code. */
    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        // commune Level 1, Art. 6: 3 + 3 + 3 + 4 + 2
        String[][] commune1 = {
                {"c1.i1", "điểm a khoản 1 Điều 6"}, {"c1.i2", "điểm b khoản 1 Điều 6"}, {"c1.i3", "điểm c khoản 1 Điều 6"},
                {"c2.i1", "điểm a khoản 2 Điều 6"}, {"c2.i2", "điểm b khoản 2 Điều 6"}, {"c2.i3", "điểm c khoản 2 Điều 6"},
                {"c3.i1", "điểm a khoản 3 Điều 6"}, {"c3.i2", "điểm b khoản 3 Điều 6"}, {"c3.i3", "điểm c khoản 3 Điều 6"},
                {"c4.i1", "điểm a khoản 4 Điều 6"}, {"c4.i2", "điểm b khoản 4 Điều 6"}, {"c4.i3", "điểm c khoản 4 Điều 6"},
                {"c4.i4", "điểm d khoản 4 Điều 6"}, {"c5.i1", "điểm a khoản 5 Điều 6"}, {"c5.i2", "điểm b khoản 5 Điều 6"}};
        put(m, "tt25.commune.l1", commune1);
        // commune Level 2, Art. 7: criteria 1-3 are Art. 6(1)-(3) by reference
        String[][] commune2 = {
                {"c1.i1", "điểm a khoản 1 Điều 6"}, {"c1.i2", "điểm b khoản 1 Điều 6"}, {"c1.i3", "điểm c khoản 1 Điều 6"},
                {"c2.i1", "điểm a khoản 2 Điều 6"}, {"c2.i2", "điểm b khoản 2 Điều 6"}, {"c2.i3", "điểm c khoản 2 Điều 6"},
                {"c3.i1", "điểm a khoản 3 Điều 6"}, {"c3.i2", "điểm b khoản 3 Điều 6"}, {"c3.i3", "điểm c khoản 3 Điều 6"},
                {"c4.i1", "điểm a khoản 4 Điều 7"}, {"c4.i2", "điểm b khoản 4 Điều 7"}, {"c4.i3", "điểm c khoản 4 Điều 7"},
                {"c4.i4", "điểm d khoản 4 Điều 7"}, {"c5.i1", "điểm a khoản 5 Điều 7"}, {"c5.i2", "điểm b khoản 5 Điều 7"}};
        put(m, "tt25.commune.l2", commune2);
        // district Level 1, Art. 11: 3 + 4 + 3 + 3
        String[][] district1 = {
                {"c1.i1", "điểm a khoản 1 Điều 11"}, {"c1.i2", "điểm b khoản 1 Điều 11"}, {"c1.i3", "điểm c khoản 1 Điều 11"},
                {"c2.i1", "điểm a khoản 2 Điều 11"}, {"c2.i2", "điểm b khoản 2 Điều 11"}, {"c2.i3", "điểm c khoản 2 Điều 11"},
                {"c2.i4", "điểm d khoản 2 Điều 11"},
                {"c3.i1", "điểm a khoản 3 Điều 11"}, {"c3.i2", "điểm b khoản 3 Điều 11"}, {"c3.i3", "điểm c khoản 3 Điều 11"},
                {"c4.i1", "điểm a khoản 4 Điều 11"}, {"c4.i2", "điểm b khoản 4 Điều 11"}, {"c4.i3", "điểm c khoản 4 Điều 11"}};
        put(m, "tt25.district.l1", district1);
        String[][] district2 = new String[13][];
        for (int i = 0; i < 13; i++) {
            district2[i] = new String[] {district1[i][0],
                    i < 10 ? district1[i][1] : district1[i][1].replace("Điều 11", "Điều 12")};
        }
        put(m, "tt25.district.l2", district2);
        // province Level 1, Art. 16: 3 + 5 + 5 + 3
        String[][] province1 = {
                {"c1.i1", "điểm a khoản 1 Điều 16"}, {"c1.i2", "điểm b khoản 1 Điều 16"}, {"c1.i3", "điểm c khoản 1 Điều 16"},
                {"c2.i1", "điểm a khoản 2 Điều 16"}, {"c2.i2", "điểm b khoản 2 Điều 16"}, {"c2.i3", "điểm c khoản 2 Điều 16"},
                {"c2.i4", "điểm d khoản 2 Điều 16"}, {"c2.i5", "điểm đ khoản 2 Điều 16"},
                {"c3.i1", "điểm a khoản 3 Điều 16"}, {"c3.i2", "điểm b khoản 3 Điều 16"}, {"c3.i3", "điểm c khoản 3 Điều 16"},
                {"c3.i4", "điểm d khoản 3 Điều 16"}, {"c3.i5", "điểm đ khoản 3 Điều 16"},
                {"c4.i1", "điểm a khoản 4 Điều 16"}, {"c4.i2", "điểm b khoản 4 Điều 16"}, {"c4.i3", "điểm c khoản 4 Điều 16"}};
        put(m, "tt25.province.l1", province1);
        String[][] province2 = new String[16][];
        for (int i = 0; i < 16; i++) {
            province2[i] = new String[] {province1[i][0],
                    i < 13 ? province1[i][1] : province1[i][1].replace("Điều 16", "Điều 17")};
        }
        put(m, "tt25.province.l2", province2);
        return m;
    }

    private static void put(Map<String, String> m, String level, String[][] rows) {
        for (String[] row : rows) {
            m.put(level + "." + row[0], row[1] + " Thông tư 25/2023/TT-BGDĐT");
        }
    }

    private static List<Indicator> all() {
        return Tt25.scheme().ruleSets().stream().flatMap(r -> r.indicators().stream()).toList();
    }

    @Test
    void everyIndicatorExistsOnceWithItsCitation() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Indicator i : all()) {
            assertFalse(actual.containsKey(i.id()), "indicator id used twice: " + i.id());
            actual.put(i.id(), i.cite().render(Lang.VI));
        }
        assertEquals(expected(), actual);
    }

    @Test
    void countsAre15_15_13_13_16_16() {
        assertEquals(List.of(15, 15), counts(Tt25.commune()));
        assertEquals(List.of(13, 13), counts(Tt25.district()));
        assertEquals(List.of(16, 16), counts(Tt25.province()));
    }

    @Test
    void criteriaPerLevelAre5_4_4() {
        assertEquals(5, Tt25.commune().level(Level.LEVEL_1).orElseThrow().children().size());
        assertEquals(5, Tt25.commune().level(Level.LEVEL_2).orElseThrow().children().size());
        for (RuleSet r : List.of(Tt25.district(), Tt25.province())) {
            r.levels().forEach(l -> assertEquals(4, l.children().size(), l.id()));
        }
    }

    @Test
    void everyRuleIdIsUniqueAcrossTheScheme() {
        Set<String> seen = new HashSet<>();
        Tt25.scheme().ruleSets().stream().flatMap(r -> r.levels().stream()).flatMap(Rule::stream)
                .forEach(r -> assertTrue(seen.add(r.id()), "rule id used twice: " + r.id()));
    }

    @Test
    void everyIndicatorHasBothLabelsAndRendersItsCitationInEnglish() {
        for (Indicator i : all()) {
            assertFalse(i.label().vi().isBlank(), i.id());
            assertFalse(i.label().en().isBlank(), i.id());
            assertTrue(i.cite().render(Lang.EN).endsWith(" of Circular 25/2023/TT-BGDĐT"), i.id());
        }
        assertEquals("Article 6(5)(b) of Circular 25/2023/TT-BGDĐT",
                Tt25.commune().indicators().stream().filter(i -> i.id().equals("tt25.commune.l1.c5.i2"))
                        .findFirst().orElseThrow().cite().render(Lang.EN));
    }

    @Test
    void everyFactKeyIsReadByARuleSetAndHasBothLabels() {
        Set<String> read = Tt25.scheme().ruleSets().stream().flatMap(r -> r.facts().keySet().stream())
                .collect(Collectors.toSet());
        Tt25Facts.all().forEach(k -> {
            assertTrue(read.contains(k.name()), "fact read by no rule set: " + k.name());
            assertFalse(k.label().vi().isBlank() || k.label().en().isBlank(), k.name());
        });
        assertEquals(Tt25Facts.all().size(), Tt25Facts.all().stream().map(k -> k.name()).distinct().count());
        assertEquals(read, Tt25Facts.all().stream().map(k -> k.name()).collect(Collectors.toSet()));
    }

    private static List<Integer> counts(RuleSet r) {
        return r.levels().stream().map(l -> l.indicators().size()).toList();
    }
}
