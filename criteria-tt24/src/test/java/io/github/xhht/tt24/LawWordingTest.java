package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.evaluate;
import static io.github.xhht.tt24.Units.finding;
import static io.github.xhht.tt24.Units.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an inspector reads beside each point: the Vietnamese label of every indicator (tt24.md §3.1-3.5),
 * and the words that say to whom a type-specific point applies, per tier.
 */
class LawWordingTest {

    private static List<String> labels(RuleSet set, Level level) {
        return set.level(level).orElseThrow().indicators().stream().map(i -> i.label().vi()).toList();
    }

    private static final List<String> CRITERION_1 = List.of(
            "Kế hoạch học tập hằng năm",
            "Chế độ đào tạo, bồi dưỡng; quy định khuyến khích học tập",
            "Bố trí đủ kinh phí đào tạo, bồi dưỡng",
            "Chuyển đổi số, trang thiết bị học tập",
            "Tham gia hoạt động học tập suốt đời");

    private static List<String> criterion2(String language) {
        return List.of("Tuân thủ kỷ luật, đoàn kết", "Hoàn thành chương trình học tập, bồi dưỡng",
                "Đào tạo, tham gia chuyển đổi số", language, "Danh hiệu \"Lao động tiên tiến\" trở lên");
    }

    private static final String CERTIFICATE = "Chứng nhận, chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số";
    private static final String PROFICIENCY = "Trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số";

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    @Test
    void districtLabelsFollowArticles6And7() {
        assertEquals(concat(CRITERION_1, criterion2(CERTIFICATE), List.of(
                "Danh hiệu \"Công dân học tập\"", "Môi trường học tập, chia sẻ tri thức",
                "Danh hiệu \"Tập thể lao động tiên tiến\" trở lên",
                "Chuyển đổi số đạt mức đáp ứng cơ bản (Quyết định 4725/QĐ-BGDĐT)",
                "Kiểm định chất lượng giáo dục nghề nghiệp")), labels(Tt24.district(), Level.LEVEL_1));
        assertEquals(concat(CRITERION_1, criterion2(PROFICIENCY), List.of(
                "Danh hiệu \"Công dân học tập\"", "Môi trường học tập, chia sẻ tri thức",
                "Danh hiệu \"Tập thể lao động tiên tiến\" trở lên",
                "Chuyển đổi số đạt mức đáp ứng tốt (Quyết định 4725/QĐ-BGDĐT)",
                "Kiểm định chất lượng giáo dục nghề nghiệp")), labels(Tt24.district(), Level.LEVEL_2));
    }

    @Test
    void provincialLabelsFollowArticles12And13() {
        assertEquals(concat(CRITERION_1, criterion2(CERTIFICATE), List.of(
                "Danh hiệu \"Công dân học tập\"", "Môi trường học tập, chia sẻ tri thức",
                "Danh hiệu \"Tập thể lao động tiên tiến\" trở lên",
                "Chuyển đổi số đạt mức đáp ứng cơ bản (Quyết định 4725/QĐ-BGDĐT)",
                "Chuyển đổi số đạt mức đáp ứng cơ bản (Quyết định 4740/QĐ-BGDĐT)",
                "Kiểm định chất lượng giáo dục nghề nghiệp")), labels(Tt24.province(), Level.LEVEL_1));
        assertEquals(concat(CRITERION_1, criterion2(PROFICIENCY), List.of(
                "Danh hiệu \"Công dân học tập\"", "Môi trường học tập, chia sẻ tri thức",
                "Danh hiệu \"Tập thể lao động tiên tiến\" trở lên",
                "Chuyển đổi số đạt mức đáp ứng tốt (Quyết định 4725/QĐ-BGDĐT)",
                "Chuyển đổi số đạt mức đáp ứng tốt (Quyết định 4740/QĐ-BGDĐT)",
                "Kiểm định chất lượng giáo dục nghề nghiệp")), labels(Tt24.province(), Level.LEVEL_2));
    }

    @Test
    void theLanguageFactsSayTheJobNeedsTheLawAsksFor() {
        // Art. 6(2)(d), 7(2)(d): a certificate / proficiency "meeting the needs of the job or job position"
        assertTrue(Tt24Facts.MEMBERS_WITH_LANGUAGE_CERTIFICATE.label().vi().endsWith("đáp ứng yêu cầu công việc, vị trí việc làm"));
        assertTrue(Tt24Facts.MEMBERS_WITH_LANGUAGE_PROFICIENCY.label().vi().endsWith("đáp ứng yêu cầu công việc, vị trí việc làm"));
        // Art. 6(3)(a): the title is that of Decision 324/QĐ-KHVN, for members and for learners
        assertTrue(Tt24Facts.MEMBERS_LEARNING_CITIZENS.label().vi().contains("324/QĐ-KHVN"));
        assertTrue(Tt24Facts.LEARNERS_LEARNING_CITIZENS.label().vi().contains("324/QĐ-KHVN"));
    }

    /** The rule set's subjects name the clause of Art. 2 that lists them. */
    @Test
    void theRuleSetsCiteArticle2ClauseThreeAndFour() {
        assertTrue(Tt24.district().covers().description().vi().contains("khoản 3 Điều 2"), Tt24.district().covers().description().vi());
        assertTrue(Tt24.province().covers().description().en().contains("Article 2(4)"), Tt24.province().covers().description().en());
    }

    private static String notApplicableBecause(Decision decision, String id) {
        Finding f = finding(decision, id);
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome(), id);
        assertEquals(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, f.reason().code(), id);
        return f.reason().message(Lang.VI);
    }

    @Test
    void decision4725ScopeIsSaidPerTier() {
        // district: Art. 6(3)(d) names general-education institutions, nothing about GDTX centres
        String district = notApplicableBecause(evaluate(full(UnitKind.ENTERPRISE, AdminLevel.DISTRICT).build()),
                "tt24.district.l1.c3.i4");
        assertEquals("không áp dụng: chỉ áp dụng cho cơ sở giáo dục phổ thông", district);
        // province: Art. 12(3)(d) names upper-secondary schools, multi-level schools topping there, GDTX centres
        String province = notApplicableBecause(evaluate(full(UnitKind.UNIVERSITY, AdminLevel.PROVINCE).build()),
                "tt24.province.l1.c3.i4");
        assertTrue(province.contains("trường trung học phổ thông"), province);
        assertTrue(province.contains("trung tâm giáo dục thường xuyên"), province);
        assertFalse(province.contains("cơ sở giáo dục phổ thông"), province);
        // and Decision 4740 binds higher education only (Art. 12(3)(đ)); LawNet's "4740 for schools" is not followed
        String he = notApplicableBecause(evaluate(full(UnitKind.UPPER_SECONDARY_SCHOOL, AdminLevel.PROVINCE).build()),
                "tt24.province.l1.c3.i5");
        assertEquals("không áp dụng: chỉ áp dụng cho cơ sở giáo dục đại học", he);
        Indicator schools = Tt24.province().level(Level.LEVEL_1).orElseThrow().indicators().get(13);
        assertTrue(schools.label().vi().contains("4725"), schools.label().vi());
    }

    @Test
    void whoCountsAsAStateAgencyIsSaidInTheReason() {
        // a police unit is not a state agency by kind here: the reason says the dossier must say so
        String police = notApplicableBecause(evaluate(full(UnitKind.POLICE, AdminLevel.DISTRICT).build()),
                "tt24.district.l1.c1.i3");
        assertTrue(police.contains("stateAgency hoặc publicServiceUnit"), police);
        assertTrue(police.contains("Ủy ban nhân dân cấp xã"), police);
        Decision said = evaluate(full(UnitKind.POLICE, AdminLevel.DISTRICT, io.github.xhht.core.model.SubjectAttribute.STATE_AGENCY).build());
        assertEquals(Outcome.MET, finding(said, "tt24.district.l1.c1.i3").outcome());
    }

    /** The criteria are named as the articles head them; "Thành viên" is the defined term of Art. 2(7). */
    @Test
    void criteriaAreNamedAsTheArticlesHeadThem() {
        for (RuleSet set : List.of(Tt24.district(), Tt24.province())) {
            for (Level level : Level.values()) {
                List<String> names = set.level(level).orElseThrow().criteria().stream().map(c -> c.label().vi()).toList();
                assertEquals(List.of("Về điều kiện xây dựng \"Đơn vị học tập\"",
                        "Về kết quả học tập của Thành viên trong đơn vị",
                        "Tác dụng của việc xây dựng \"Đơn vị học tập\""), names, set.id() + " " + level);
            }
        }
    }

    /** Full diacritics: every Vietnamese label has at least one letter outside ASCII (no "Ke hoach hoc tap"). */
    @Test
    void vietnameseLabelsCarryTheirDiacritics() {
        java.util.function.Predicate<String> accented = t -> t.chars().anyMatch(ch -> ch > 127 && Character.isLetter(ch));
        for (RuleSet set : List.of(Tt24.district(), Tt24.province())) {
            set.indicators().forEach(i -> assertTrue(accented.test(i.label().vi()), i.id()));
        }
        Tt24Facts.ALL.forEach(k -> assertTrue(accented.test(k.label().vi()), k.name()));
        for (UnitKind kind : UnitKind.values()) {
            assertTrue(accented.test(kind.label().vi()), kind.code());
        }
    }
}
