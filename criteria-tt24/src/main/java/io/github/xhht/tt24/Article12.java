package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;

/**
 * TT 24/2023 Art. 12: the criteria of a provincial-level Learning Unit at Level 1. Criterion 1 is
 * Art. 6(1), criterion 2 is Art. 6(2); criterion 3 has six points, with digital transformation under
 * Decision 4725 for schools and GDTX centres and under 4740 for higher education.
 */
public final class Article12 {
    private Article12() {
    }

    static final Citation ARTICLE = Tt24.DOCUMENT.article(12);
    private static final Citation EFFECTS = ARTICLE.clause(3);

    /** Art. 12(3): criterion 3 of a provincial unit at Level 1. */
    public static Criterion criterion3(String levelId) {
        String c = levelId + ".c3";
        return Criterion.of(c, EFFECTS, Points.CRITERION_3,
                Points.learningCitizens(c + ".i1", EFFECTS.point("a"), 90, 95),
                // (b) no pre-school limb at provincial level
                Points.learningEnvironment(c + ".i2", EFFECTS.point("b"), false),
                Points.collectiveTitle(c + ".i3", EFFECTS.point("c")),
                Points.digitalLevel(c + ".i4", EFFECTS.point("d"),
                        Text.of("Chuyển đổi số đạt mức đáp ứng cơ bản (Quyết định 4725/QĐ-BGDĐT)",
                                "Digital transformation at \"basic response\" (Decision 4725/QĐ-BGDĐT)"),
                        UnitTypes.DIGITAL_4725, Tt24Facts.DIGITAL_BASIC),
                Points.digitalLevel(c + ".i5", EFFECTS.point("đ"),
                        Text.of("Chuyển đổi số đạt mức đáp ứng cơ bản (Quyết định 4740/QĐ-BGDĐT)",
                                "Digital transformation at \"basic response\" (Decision 4740/QĐ-BGDĐT)"),
                        UnitTypes.DIGITAL_4740, Tt24Facts.DIGITAL_BASIC),
                Points.accreditation(c + ".i6", EFFECTS.point("e")));
    }

    /** The rule of a provincial-level Learning Unit at Level 1 (Art. 12; all criteria must be met, Art. 14). */
    public static LevelRule level1() {
        String id = "tt24.province.l1";
        return LevelRule.of(id, Level.LEVEL_1, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp tỉnh mức độ 1", "Provincial-level Learning Unit, Level 1"),
                Article6.criterion1(id, ARTICLE.clause(1)), Article6.criterion2(id, ARTICLE.clause(2)), criterion3(id));
    }
}
