package io.github.xhht.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Rule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the inspector reads beside each indicator: its labels carry the law's wording (law/tt25.md §2.1,
 * 3.1, 4.1: the Vietnamese label column and the test column) and it declares the interpretations
 * law/README.md ties to it. Expected values are copied from the law file, never from the code.
 */
class LawWordingTest {

    /** Phrases the labels must hold, per indicator suffix: {vi phrases...} | {en phrases...}. */
    private static Map<String, String[][]> phrases() {
        Map<String, String[][]> m = new LinkedHashMap<>();
        // commune, Art. 6 (and Art. 7(1)-(3) by reference)
        m.put("commune.c1.i1", of(v("tuyên truyền nâng cao nhận thức", "học tập suốt đời", "xã hội học tập"),
                v("awareness", "lifelong learning", "learning society")));
        m.put("commune.c1.i2", of(v("chương trình, kế hoạch", "hằng năm", "thực hiện đầy đủ"),
                v("programme", "plan", "fully implemented")));
        m.put("commune.c1.i3", of(v("tuần lễ hưởng ứng học tập suốt đời", "kế hoạch", "hoạt động cụ thể", "báo cáo"),
                v("lifelong learning week", "plan", "concrete activities", "reporting")));
        m.put("commune.c2.i1", of(v("bố trí đủ kinh phí", "ngân sách nhà nước", "hằng năm"),
                v("sufficient", "state-budget", "annual")));
        m.put("commune.c2.i2", of(v("huy động nguồn lực xã hội", "kết quả tích cực"), v("social resources", "positive results")));
        m.put("commune.c2.i3", of(v("cơ chế phối hợp", "hội khuyến học", "tổ chức chính trị - xã hội", "nhà trường",
                "thiết chế văn hóa"), v("coordination mechanism", "association for promoting education",
                "socio-political organisations", "schools", "cultural institutions")));
        m.put("commune.c3.i1", of(v("trung tâm học tập cộng đồng", "1 phòng làm việc", "bàn, ghế, tủ, giá", "tủ sách dùng chung",
                "thiết bị công nghệ thông tin phù hợp"), v("community learning centre", "one office", "shared bookcase",
                "suitable it equipment", "lifelong-learning")));
        m.put("commune.c3.i2", of(v("thư viện công cộng cấp xã", "công nghệ thông tin", "chuyển đổi số", "quản lý",
                "học tập suốt đời"), v("commune public library", "digital transformation", "management", "lifelong-learning")));
        m.put("commune.c3.i3", of(v("trung tâm văn hóa, thể thao cấp xã", "lớp năng khiếu", "câu lạc bộ", "nhóm sở thích",
                "thường xuyên", "thu hút người dân"), v("culture-sports centre", "talent classes", "clubs", "interest groups",
                "regularly", "residents")));
        m.put("commune.c4.i1", of(v("phổ cập giáo dục mầm non cho trẻ em 5 tuổi"), v("pre-school", "5-year-olds")));
        m.put("commune.c5.i1", of(v("công dân học tập"), v("learning citizen")));
        m.put("commune.c5.i2", of(v("trình độ chuyên môn kỹ thuật", "đại học trở lên"),
                v("vocational or technical", "university degree or higher")));
        // district, Art. 11 (and Art. 12(1)-(3) by reference)
        m.put("district.c1.i1", of(v("thực hiện tốt công tác tuyên truyền", "học tập suốt đời", "xã hội học tập"),
                v("awareness-raising", "done well")));
        m.put("district.c1.i2", of(v("ban hành theo thẩm quyền", "chương trình, kế hoạch, văn bản chỉ đạo", "đầy đủ, kịp thời"),
                v("within its powers", "fully and on time")));
        m.put("district.c1.i3", of(v("tuần lễ hưởng ứng học tập suốt đời", "kế hoạch", "hoạt động cụ thể", "báo cáo"),
                v("lifelong learning week", "plan", "concrete activities", "reporting")));
        m.put("district.c2.i1", of(v("bố trí đủ kinh phí", "hằng năm"), v("sufficient", "annual")));
        m.put("district.c2.i2", of(v("huy động nguồn lực xã hội", "kết quả tích cực"), v("social resources", "positive results")));
        m.put("district.c2.i3", of(v("thực hiện đầy đủ", "chính sách của trung ương và của tỉnh"),
                v("central and provincial", "in full")));
        m.put("district.c2.i4", of(v("đơn vị cấp huyện", "dịch vụ và công cụ số", "làm việc, học tập trên môi trường số"),
                v("district-level units", "digital services and tools", "work and learn")));
        m.put("district.c3.i1", of(v("cơ sở giáo dục được đánh giá, công nhận ở cấp huyện", "quản lý, dạy và học",
                "môi trường số"), v("evaluated at district level", "manage, teach and learn", "digital environment")));
        m.put("district.c3.i2", of(v("thư viện công cộng cấp huyện", "dịch vụ học tập suốt đời", "chuyển đổi số"),
                v("district public library", "lifelong-learning services", "digital transformation")));
        m.put("district.c3.i3", of(v("trung tâm văn hóa, thể thao cấp huyện", "gắn với các xã"),
                v("district culture-sports centre", "communes")));
        m.put("district.c4.i2", of(v("thu nhập bình quân đầu người", "tăng", "năm trước liền kề"),
                v("per-capita income", "higher", "year before")));
        m.put("district.c4.i3", of(v("tỷ lệ lao động có việc làm", "tăng", "năm trước liền kề"),
                v("employed", "higher", "year before")));
        // province, Art. 16 (and Art. 17(1)-(3) by reference)
        m.put("province.c1.i1", m.get("district.c1.i1"));
        m.put("province.c1.i2", m.get("district.c1.i2"));
        m.put("province.c1.i3", of(v("phong trào thi đua", "xã hội học tập", "học tập suốt đời"), v("emulation movement")));
        m.put("province.c2.i1", m.get("district.c2.i1"));
        m.put("province.c2.i2", of(v("chính sách do trung ương ban hành", "thực hiện đầy đủ"), v("central", "in full")));
        m.put("province.c2.i3", of(v("ban hành chính sách phù hợp", "kinh tế - xã hội", "học tập suốt đời"),
                v("own policies", "socio-economic")));
        m.put("province.c2.i4", of(v("hợp tác quốc tế", "giáo dục người lớn", "học tập suốt đời", "xã hội học tập"),
                v("international cooperation", "adult education")));
        m.put("province.c2.i5", of(v("đơn vị cấp tỉnh", "dịch vụ và công cụ số", "làm việc, học tập trên môi trường số"),
                v("provincial-level units", "digital services and tools", "work and learn")));
        m.put("province.c3.i1", of(v("trường đại học trực thuộc tỉnh", "chuyển đổi số", "học liệu số"),
                v("university", "digital transformation", "digital learning materials")));
        m.put("province.c3.i2", of(v("cơ sở giáo dục được đánh giá, công nhận ở cấp tỉnh", "môi trường số"),
                v("evaluated at provincial level", "digital environment")));
        m.put("province.c3.i3", of(v("thư viện công cộng cấp tỉnh", "dịch vụ học tập suốt đời", "chuyển đổi số"),
                v("provincial public library", "lifelong-learning services")));
        m.put("province.c3.i4", of(v("bảo tàng tỉnh", "ít nhất 4 chương trình giáo dục mỗi năm", "lịch sử, văn hóa, khoa học, nghệ thuật"),
                v("museum", "at least 4 education programmes a year", "history, culture, science, art")));
        m.put("province.c3.i5", of(v("đài phát thanh và truyền hình tỉnh", "chủ đề, nội dung học tập", "ít nhất 4 chương trình giáo dục",
                "tài nguyên số", "học liệu mở"), v("radio-tv", "learning topics and content", "at least 4 education programmes",
                "digital resources", "open learning materials")));
        m.put("province.c4.i2", of(v("tỷ lệ hộ nghèo đa chiều", "giảm", "năm trước liền kề"),
                v("multidimensional", "lower", "year before")));
        m.put("province.c4.i3", of(v("tổng sản phẩm trên địa bàn", "grdp", "tăng", "năm trước liền kề"),
                v("gross regional domestic product", "higher", "year before")));
        return m;
    }

    /** Level-dependent wording: Decree 20 levels (Art. 6(4), 7(4)) and the level of the members counted. */
    private static Map<String, String[][]> levelPhrases(int level) {
        Map<String, String[][]> m = new LinkedHashMap<>();
        int schooling = level + 1;
        m.put("commune.c4.i2", of(v("phổ cập giáo dục tiểu học mức độ " + schooling), v("primary", "level " + schooling)));
        m.put("commune.c4.i3", of(v("phổ cập giáo dục trung học cơ sở mức độ " + schooling),
                v("lower-secondary", "level " + schooling)));
        m.put("commune.c4.i4", of(v("xóa mù chữ mức độ " + level), v("literacy", "level " + level)));
        m.put("district.c4.i1", of(v("tỷ lệ xã", "cộng đồng học tập cấp xã mức độ " + level),
                v("communes", "commune learning community at level " + level)));
        m.put("province.c4.i1", of(v("tỷ lệ huyện", "cộng đồng học tập cấp huyện mức độ " + level),
                v("districts", "district learning community at level " + level)));
        return m;
    }

    @Test
    void everyIndicatorLabelCarriesTheLawsWordingInBothLanguages() {
        Map<String, Indicator> all = indicators();
        int checked = 0;
        for (int level = 1; level <= 2; level++) {
            Map<String, String[][]> expected = new LinkedHashMap<>(phrases());
            expected.putAll(levelPhrases(level));
            for (Map.Entry<String, String[][]> e : expected.entrySet()) {
                String[] tier = e.getKey().split("\\.", 2);
                String id = "tt25." + tier[0] + ".l" + level + "." + tier[1];
                Indicator indicator = all.get(id);
                assertTrue(indicator != null, "no indicator " + id);
                assertHolds(id + " (vi)", indicator.label().vi(), e.getValue()[0]);
                assertHolds(id + " (en)", indicator.label().en(), e.getValue()[1]);
                checked++;
            }
        }
        assertEquals(all.size(), checked, "every indicator of the six levels has its wording checked");
    }

    @Test
    void criterionLabelsNameTheirTierAsTheLawDoes() {
        Map<String, String> expected = new TreeMap<>();
        for (int level = 1; level <= 2; level++) {
            String c = "tt25.commune.l" + level, d = "tt25.district.l" + level, p = "tt25.province.l" + level;
            expected.put(c + ".c1", "sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền cấp xã");
            expected.put(c + ".c2", "huy động nguồn lực và tạo môi trường thuận lợi");
            expected.put(c + ".c3", "trung tâm học tập cộng đồng, thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã");
            expected.put(c + ".c4", "phổ cập giáo dục, xóa mù chữ");
            expected.put(c + ".c5", "tác dụng của việc xây dựng cộng đồng học tập cấp xã");
            // Art. 12(1) and 17(1) say "cấp xã" by a drafting slip; the criterion is the district's (province's)
            expected.put(d + ".c1", "sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền cấp huyện");
            expected.put(d + ".c2", "huy động nguồn lực và tạo môi trường thuận lợi");
            expected.put(d + ".c3", "thư viện công cộng cấp huyện, trung tâm văn hóa, thể thao cấp huyện");
            expected.put(d + ".c4", "tác dụng của việc xây dựng cộng đồng học tập cấp huyện");
            expected.put(p + ".c1", "sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền cấp tỉnh");
            expected.put(p + ".c2", "huy động nguồn lực và tạo môi trường thuận lợi");
            expected.put(p + ".c3", "thư viện công cộng cấp tỉnh, bảo tàng tỉnh, đài phát thanh và truyền hình tỉnh");
            expected.put(p + ".c4", "tác dụng của việc xây dựng cộng đồng học tập cấp tỉnh");
        }
        Map<String, Criterion> criteria = new HashMap<>();
        Tt25.scheme().ruleSets().stream().flatMap(r -> r.levels().stream()).flatMap(Rule::stream)
                .filter(r -> r instanceof Criterion).forEach(r -> criteria.put(r.id(), (Criterion) r));
        assertEquals(expected.keySet(), new TreeMap<>(criteria).keySet());
        expected.forEach((id, phrase) -> assertHolds(id, criteria.get(id).label().vi(), new String[] {phrase}));
    }

    @Test
    void eachIndicatorDeclaresTheInterpretationsTheReadmeTiesToIt() {
        // law/README.md: I-1 on the Level 1 share of recognised members, I-3 on every share of recognitions
        // (which ones are still valid), I-9 on the difficult-area thresholds, I-10 on the provincial university
        Map<String, Set<Interpretation>> expected = new TreeMap<>();
        for (String level : List.of("l1", "l2")) {
            expected.put("tt25.commune." + level + ".c5.i2", Set.of(Interpretation.I_9));
            expected.put("tt25.province." + level + ".c3.i1", Set.of(Interpretation.I_10));
        }
        expected.put("tt25.district.l1.c4.i1", Set.of(Interpretation.I_1, Interpretation.I_3));
        expected.put("tt25.province.l1.c4.i1", Set.of(Interpretation.I_1, Interpretation.I_3));
        expected.put("tt25.district.l2.c4.i1", Set.of(Interpretation.I_3));
        expected.put("tt25.province.l2.c4.i1", Set.of(Interpretation.I_3));
        Map<String, Set<Interpretation>> declared = new TreeMap<>();
        indicators().values().stream().filter(i -> !i.interpretations().isEmpty())
                .forEach(i -> declared.put(i.id(), Set.copyOf(i.interpretations())));
        assertEquals(expected, declared);
    }

    @Test
    void anIndicatorThatReadsMoreThanFactsSaysWhatInBothLanguages() {
        // the recognised shares read the member units (interpretation I-1 at Level 1), the workforce shares the
        // difficult-area attribute (I-9), the university indicator the province's attribute (I-10): law/README.md
        Map<String, List<String>> expected = new TreeMap<>();
        for (String level : List.of("l1", "l2")) {
            expected.put("tt25.commune." + level + ".c5.i2", List.of("difficultArea", "I-9"));
            expected.put("tt25.province." + level + ".c3.i1", List.of("hasUniversity", "I-10"));
        }
        expected.put("tt25.district.l1.c4.i1", List.of("constituents", "mức độ 1", "I-3", "I-1"));
        expected.put("tt25.district.l2.c4.i1", List.of("constituents", "mức độ 2", "I-3"));
        expected.put("tt25.province.l1.c4.i1", List.of("constituents", "mức độ 1", "I-3", "I-1"));
        expected.put("tt25.province.l2.c4.i1", List.of("constituents", "mức độ 2", "I-3"));
        Map<String, Indicator> all = indicators();
        all.values().stream().filter(i -> !expected.containsKey(i.id()))
                .forEach(i -> assertEquals(List.of(), i.measure().otherInputs(), i.id()));
        expected.forEach((id, words) -> {
            Indicator i = all.get(id);
            assertEquals(1, i.measure().otherInputs().size(), id);
            String vi = i.measure().otherInputs().get(0).vi();
            String en = i.measure().otherInputs().get(0).en();
            words.forEach(w -> assertTrue(vi.contains(w), id + " vi lacks " + w + ": " + vi));
            words.stream().map(w -> w.replace("mức độ", "Level")).forEach(w -> assertTrue(en.contains(w), id + " en lacks " + w + ": " + en));
        });
        // a Level 2 share counts members at Level 2 only: it must not claim I-1
        assertTrue(!all.get("tt25.district.l2.c4.i1").measure().otherInputs().get(0).en().contains("I-1"));
        assertTrue(all.get("tt25.district.l1.c4.i1").measure().otherInputs().get(0).vi().startsWith("các xã thuộc huyện"));
        assertTrue(all.get("tt25.province.l1.c4.i1").measure().otherInputs().get(0).en().startsWith("the districts of the province"));
        // nothing is judged on nothing: an indicator without facts says what it reads instead
        all.values().forEach(i -> assertTrue(!i.measure().facts().isEmpty() || !i.measure().otherInputs().isEmpty(), i.id()));
    }

    @Test
    void everyVietnameseLabelIsWrittenWithItsDiacritics() {
        // a label typed without diacritics is pure ASCII; every label of the circular has at least one marked letter
        Tt25.scheme().ruleSets().stream().flatMap(r -> r.levels().stream()).flatMap(Rule::stream).forEach(r ->
                assertTrue(r.label().vi().chars().anyMatch(ch -> ch > 127), r.id() + ": " + r.label().vi()));
        Tt25Facts.all().forEach(k -> assertTrue(k.label().vi().chars().anyMatch(ch -> ch > 127), k.name()));
    }

    private static void assertHolds(String where, String label, String[] needed) {
        String text = label.toLowerCase(Locale.ROOT);
        for (String phrase : needed) {
            assertTrue(text.contains(phrase.toLowerCase(Locale.ROOT)), where + " lacks \"" + phrase + "\": " + label);
        }
    }

    private static Map<String, Indicator> indicators() {
        return Tt25.scheme().ruleSets().stream().flatMap(r -> r.indicators().stream())
                .collect(Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, LinkedHashMap::new));
    }

    private static String[] v(String... phrases) {
        return phrases;
    }

    private static String[][] of(String[] vi, String[] en) {
        return new String[][] {vi, en};
    }
}
