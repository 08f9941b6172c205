package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;

/**
 * TT 24/2023 Art. 6: the criteria of a district-level Learning Unit at Level 1. Its clause 1 (conditions)
 * is reused by Art. 7, 12 and 13, and its clause 2 (members' results) by Art. 12.
 */
public final class Article6 {
    private Article6() {
    }

    static final Citation ARTICLE = Tt24.DOCUMENT.article(6);
    private static final Citation CONDITIONS = ARTICLE.clause(1);
    private static final Citation RESULTS = ARTICLE.clause(2);
    private static final Citation EFFECTS = ARTICLE.clause(3);

    /** Art. 6(1): criterion 1, the conditions, identical at every level and tier. */
    public static Criterion criterion1(String levelId, Citation criterionCite) {
        String c = levelId + ".c1";
        return Criterion.of(c, criterionCite, Points.CRITERION_1,
                // (a) an annual learning plan, issued and carried out; judged first, so it also checks the dossier (Art. 2(7), digital scale)
                Indicator.of(c + ".i1", CONDITIONS.point("a"), Text.of("Kế hoạch học tập hằng năm", "Annual learning plan"),
                        new InputChecks(Measures.flag(Tt24Facts.ANNUAL_LEARNING_PLAN))),
                // (b) training regimes and incentives; public pre-schools also help private pre-schools' teachers
                Indicator.of(c + ".i2", CONDITIONS.point("b"),
                        Text.of("Chế độ đào tạo, bồi dưỡng; quy định khuyến khích học tập",
                                "Training regimes; rules encouraging learning"),
                        Limbs.of(Text.of("chế độ đào tạo, bồi dưỡng và quy định khuyến khích học tập",
                                "training regimes and rules encouraging learning"),
                                Measures.flag(Tt24Facts.TRAINING_REGIMES_AND_INCENTIVES),
                                new Limbs.Limb(Text.of("tham gia bồi dưỡng hỗ trợ giáo viên mầm non dân lập, tư thục",
                                        "taking part in training that supports private pre-schools' teachers"),
                                        UnitTypes.PUBLIC_PRESCHOOL,
                                        Measures.flag(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_SUPPORT)))),
                // (c) state budget for training: only state agencies and public service units
                Points.flag(c + ".i3", CONDITIONS.point("c"),
                        Text.of("Bố trí đủ kinh phí đào tạo, bồi dưỡng", "Enough state-budget funding for training"),
                        Tt24Facts.TRAINING_BUDGET_ALLOCATED)
                        .applicableWhen(UnitTypes.STATE_AGENCY_OR_PUBLIC_SERVICE_UNIT),
                // (d) digital transformation and learning equipment
                Points.flag(c + ".i4", CONDITIONS.point("d"),
                        Text.of("Chuyển đổi số, trang thiết bị học tập", "Digital transformation and learning equipment"),
                        Tt24Facts.DIGITAL_TRANSFORMATION_AND_EQUIPMENT),
                // (đ) taking part in lifelong-learning activities
                Points.flag(c + ".i5", CONDITIONS.point("đ"),
                        Text.of("Tham gia hoạt động học tập suốt đời", "Taking part in lifelong-learning activities"),
                        Tt24Facts.LIFELONG_LEARNING_ACTIVITIES));
    }

    /** Art. 6(2): criterion 2 at Level 1 (also provincial Level 1, Art. 12(2)): 90 % of members, 50 % with a language certificate. */
    public static Criterion criterion2(String levelId, Citation criterionCite) {
        return Points.membersResults(levelId, criterionCite, RESULTS, 90,
                Text.of("Chứng nhận, chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
                        "Foreign or ethnic-minority language certificate"),
                Tt24Facts.MEMBERS_WITH_LANGUAGE_CERTIFICATE, 50);
    }

    /**
     * Art. 6(3): (a) 90 % of members and 95 % of learners hold "Công dân học tập"; (b) learning environment,
     * with the public pre-school limb; (c) "Tập thể lao động tiên tiến" or higher, for every unit; (d) "basic
     * response" under Decision 4725 for general-education schools; (đ) accreditation of GDNN institutions.
     */
    public static Criterion criterion3(String levelId) {
        return Points.districtEffects(levelId, EFFECTS, 90, 95,
                Points.collectiveTitle(levelId + ".c3.i3", EFFECTS.point("c")), Tt24Facts.DIGITAL_BASIC);
    }

    /** The rule of a district-level Learning Unit at Level 1 (Art. 6; all criteria must be met, Art. 8). */
    public static LevelRule level1() {
        String id = "tt24.district.l1";
        return LevelRule.of(id, Level.LEVEL_1, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp huyện mức độ 1", "District-level Learning Unit, Level 1"),
                criterion1(id, CONDITIONS), criterion2(id, RESULTS), criterion3(id));
    }
}
