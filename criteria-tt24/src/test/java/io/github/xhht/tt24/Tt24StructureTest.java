package io.github.xhht.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the circular: every indicator once, with its citation and labels. */
class Tt24StructureTest {

    private static List<Indicator> indicators(RuleSet set, Level level) {
        return set.level(level).orElseThrow().indicators();
    }

    private static List<String> citations(List<Indicator> list) {
        return list.stream().map(i -> i.cite().local(Lang.EN)).toList();
    }

    @Test
    void countsAre15_15_16_16() {
        assertEquals(15, indicators(Tt24.district(), Level.LEVEL_1).size());
        assertEquals(15, indicators(Tt24.district(), Level.LEVEL_2).size());
        assertEquals(16, indicators(Tt24.province(), Level.LEVEL_1).size());
        assertEquals(16, indicators(Tt24.province(), Level.LEVEL_2).size());
    }

    @Test
    void districtLevel1CitesArticle6() {
        assertEquals(List.of(
                "Article 6(1)(a)", "Article 6(1)(b)", "Article 6(1)(c)", "Article 6(1)(d)", "Article 6(1)(đ)",
                "Article 6(2)(a)", "Article 6(2)(b)", "Article 6(2)(c)", "Article 6(2)(d)", "Article 6(2)(đ)",
                "Article 6(3)(a)", "Article 6(3)(b)", "Article 6(3)(c)", "Article 6(3)(d)", "Article 6(3)(đ)"),
                citations(indicators(Tt24.district(), Level.LEVEL_1)));
    }

    @Test
    void districtLevel2CitesArticle6ClauseOneAndArticle7() {
        assertEquals(List.of(
                "Article 6(1)(a)", "Article 6(1)(b)", "Article 6(1)(c)", "Article 6(1)(d)", "Article 6(1)(đ)",
                "Article 7(2)(a)", "Article 7(2)(b)", "Article 7(2)(c)", "Article 7(2)(d)", "Article 7(2)(đ)",
                "Article 7(3)(a)", "Article 7(3)(b)", "Article 7(3)(c)", "Article 7(3)(d)", "Article 7(3)(đ)"),
                citations(indicators(Tt24.district(), Level.LEVEL_2)));
    }

    @Test
    void provinceLevel1CitesArticle6ClausesOneTwoAndArticle12() {
        assertEquals(List.of(
                "Article 6(1)(a)", "Article 6(1)(b)", "Article 6(1)(c)", "Article 6(1)(d)", "Article 6(1)(đ)",
                "Article 6(2)(a)", "Article 6(2)(b)", "Article 6(2)(c)", "Article 6(2)(d)", "Article 6(2)(đ)",
                "Article 12(3)(a)", "Article 12(3)(b)", "Article 12(3)(c)", "Article 12(3)(d)", "Article 12(3)(đ)",
                "Article 12(3)(e)"),
                citations(indicators(Tt24.province(), Level.LEVEL_1)));
    }

    @Test
    void provinceLevel2CitesArticle6Article7AndArticle13() {
        assertEquals(List.of(
                "Article 6(1)(a)", "Article 6(1)(b)", "Article 6(1)(c)", "Article 6(1)(d)", "Article 6(1)(đ)",
                "Article 7(2)(a)", "Article 7(2)(b)", "Article 7(2)(c)", "Article 7(2)(d)", "Article 7(2)(đ)",
                "Article 13(3)(a)", "Article 13(3)(b)", "Article 13(3)(c)", "Article 13(3)(d)", "Article 13(3)(đ)",
                "Article 13(3)(e)"),
                citations(indicators(Tt24.province(), Level.LEVEL_2)));
    }

    @Test
    void citationsRenderTheVietnameseWay() {
        Indicator accreditation = indicators(Tt24.province(), Level.LEVEL_2).get(15);
        assertEquals("điểm e khoản 3 Điều 13 Thông tư 24/2023/TT-BGDĐT", accreditation.cite().render(Lang.VI));
        assertEquals("Article 13(3)(e) of Circular 24/2023/TT-BGDĐT", accreditation.cite().render(Lang.EN));
    }

    @Test
    void idsFollowTheConvention() {
        List<String> ids = indicators(Tt24.district(), Level.LEVEL_2).stream().map(Indicator::id).toList();
        assertEquals("tt24.district.l2.c1.i1", ids.get(0));
        assertEquals("tt24.district.l2.c3.i4", ids.get(13));
        List<String> province = indicators(Tt24.province(), Level.LEVEL_1).stream().map(Indicator::id).toList();
        assertEquals("tt24.province.l1.c1.i2", province.get(1));
        assertEquals("tt24.province.l1.c3.i6", province.get(15));
        Set<String> all = new HashSet<>();
        Stream.of(Tt24.district(), Tt24.province()).flatMap(s -> s.indicators().stream())
                .forEach(i -> assertTrue(all.add(i.id()), "unique " + i.id()));
        assertEquals(62, all.size());
    }

    @Test
    void everyRuleHasVietnameseAndEnglishLabels() {
        for (RuleSet set : Tt24.scheme().ruleSets()) {
            for (LevelRule level : set.levels()) {
                level.stream().forEach(rule -> assertLabelled(rule.label(), rule.id()));
                level.stream().map(Rule::requirement).forEach(r -> {
                    assertFalse(r.message(Lang.VI).startsWith("requirement."), r.toString());
                    assertFalse(r.message(Lang.EN).startsWith("requirement."), r.toString());
                });
            }
        }
        Tt24Facts.ALL.forEach(k -> assertLabelled(k.label(), k.name()));
        for (UnitKind kind : UnitKind.values()) {
            assertLabelled(kind.label(), kind.code());
            assertLabelled(kind.category().label(), kind.code());
        }
        for (CollectiveTitle title : CollectiveTitle.values()) {
            assertLabelled(title.label(), title.name());
        }
    }

    private static void assertLabelled(Text label, String what) {
        assertFalse(label.vi().isBlank(), what);
        assertFalse(label.en().isBlank(), what);
        assertNotEquals(label.vi(), label.en(), what);
    }

    @Test
    void unitKindCodesAreUniqueAndEveryTierHasKinds() {
        Set<String> codes = new HashSet<>();
        for (UnitKind kind : UnitKind.values()) {
            assertTrue(codes.add(kind.code()), kind.code());
            assertEquals(kind, UnitKind.byCode(kind.code()).orElseThrow());
        }
        assertTrue(UnitKind.COMMUNE_PEOPLES_COMMITTEE.tiers().equals(Set.of(io.github.xhht.core.model.AdminLevel.DISTRICT)));
        assertTrue(UnitKind.UNIVERSITY.tiers().equals(Set.of(io.github.xhht.core.model.AdminLevel.PROVINCE)));
    }

    @Test
    void theRuleSetKnowsEveryFact() {
        assertEquals(Tt24Facts.ALL.size(), Tt24.district().facts().size());
        assertEquals(Tt24Facts.ALL.size(), Tt24.province().facts().size());
    }
}
