package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;

/**
 * TT 24/2023 Art. 7: the criteria of a district-level Learning Unit at Level 2. Criterion 1 is Art. 6(1);
 * its clause 2 (members' results at 95 %, languages at 70 % proficiency) is reused by Art. 13.
 */
public final class Article7 {
    private Article7() {
    }

    static final Citation ARTICLE = Tt24.DOCUMENT.article(7);
    private static final Citation RESULTS = ARTICLE.clause(2);
    private static final Citation EFFECTS = ARTICLE.clause(3);

    /** Art. 7(2): criterion 2 at Level 2 (also provincial Level 2, Art. 13(2)). */
    public static Criterion criterion2(String levelId, Citation criterionCite) {
        String c = levelId + ".c2";
        return Criterion.of(c, criterionCite, Points.CRITERION_2,
                Points.share(c + ".i1", RESULTS.point("a"), Text.of("Chấp hành kỷ luật, đoàn kết", "Discipline and solidarity"),
                        Tt24Facts.MEMBERS_OBSERVING_DISCIPLINE, 95),
                Points.share(c + ".i2", RESULTS.point("b"),
                        Text.of("Hoàn thành chương trình học tập, bồi dưỡng", "Required programmes completed"),
                        Tt24Facts.MEMBERS_COMPLETING_PROGRAMMES, 95),
                Points.share(c + ".i3", RESULTS.point("c"),
                        Text.of("Đào tạo, tham gia chuyển đổi số", "Trained in and taking part in digital transformation"),
                        Tt24Facts.MEMBERS_IN_DIGITAL_TRANSFORMATION, 95),
                // (d) language proficiency (Level 1 asks for a certificate); not for economic organisations
                Points.share(c + ".i4", RESULTS.point("d"),
                        Text.of("Trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số", "Foreign or ethnic-minority language proficiency"),
                        Tt24Facts.MEMBERS_WITH_LANGUAGE_PROFICIENCY, 70)
                        .applicableWhen(UnitTypes.NOT_ECONOMIC_ORGANISATION),
                Points.share(c + ".i5", RESULTS.point("đ"),
                        Text.of("Danh hiệu \"Lao động tiên tiến\" trở lên", "\"Advanced worker\" title or higher"),
                        Tt24Facts.MEMBERS_ADVANCED_WORKERS, 95));
    }

    /**
     * Art. 7(3)(c): the collective title, worded at district Level 2 only for state agencies and public
     * service units. By default read literally (I-2): other units are exempt, and the finding says so.
     */
    static Indicator collectiveTitle(String id) {
        return Indicator.of(id, EFFECTS.point("c"), Points.COLLECTIVE_TITLE,
                new LiteralReadingMeasure(Points.collectiveTitleMeasure(), UnitTypes.STATE_AGENCY_OR_PUBLIC_SERVICE_UNIT));
    }

    /** Art. 7(3): criterion 3 of a district unit at Level 2. */
    public static Criterion criterion3(String levelId) {
        String c = levelId + ".c3";
        return Criterion.of(c, EFFECTS, Points.CRITERION_3,
                Points.learningCitizens(c + ".i1", EFFECTS.point("a"), 95, 97),
                Points.learningEnvironment(c + ".i2", EFFECTS.point("b"), true),
                collectiveTitle(c + ".i3"),
                Points.digitalLevel(c + ".i4", EFFECTS.point("d"),
                        Text.of("Chuyển đổi số đạt mức đáp ứng tốt (Quyết định 4725/QĐ-BGDĐT)",
                                "Digital transformation at \"good response\" (Decision 4725/QĐ-BGDĐT)"),
                        UnitTypes.DIGITAL_4725, Tt24Facts.DIGITAL_GOOD),
                Points.accreditation(c + ".i5", EFFECTS.point("đ")));
    }

    /** The rule of a district-level Learning Unit at Level 2 (Art. 7; all criteria must be met, Art. 9). */
    public static LevelRule level2() {
        String id = "tt24.district.l2";
        return LevelRule.of(id, Level.LEVEL_2, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp huyện mức độ 2", "District-level Learning Unit, Level 2"),
                Article6.criterion1(id, ARTICLE.clause(1)), criterion2(id, RESULTS), criterion3(id));
    }
}
