package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;

/**
 * TT 24/2023 Art. 13: the criteria of a provincial-level Learning Unit at Level 2. Criterion 1 is
 * Art. 6(1), criterion 2 is Art. 7(2); in criterion 3 the collective title applies to every unit (no
 * narrowing as in Art. 7(3)(c)).
 */
public final class Article13 {
    private Article13() {
    }

    static final Citation ARTICLE = Tt24.DOCUMENT.article(13);
    private static final Citation EFFECTS = ARTICLE.clause(3);

    /** Art. 13(3): criterion 3 of a provincial unit at Level 2. */
    public static Criterion criterion3(String levelId) {
        String c = levelId + ".c3";
        return Criterion.of(c, EFFECTS, Points.CRITERION_3,
                Points.learningCitizens(c + ".i1", EFFECTS.point("a"), 95, 97),
                Points.learningEnvironment(c + ".i2", EFFECTS.point("b"), false),
                Points.collectiveTitle(c + ".i3", EFFECTS.point("c")),
                Points.digitalLevel(c + ".i4", EFFECTS.point("d"),
                        Text.of("Chuyển đổi số đạt mức đáp ứng tốt (Quyết định 4725/QĐ-BGDĐT)",
                                "Digital transformation at \"good response\" (Decision 4725/QĐ-BGDĐT)"),
                        UnitTypes.DIGITAL_4725, Tt24Facts.DIGITAL_GOOD),
                Points.digitalLevel(c + ".i5", EFFECTS.point("đ"),
                        Text.of("Chuyển đổi số đạt mức đáp ứng tốt (Quyết định 4740/QĐ-BGDĐT)",
                                "Digital transformation at \"good response\" (Decision 4740/QĐ-BGDĐT)"),
                        UnitTypes.DIGITAL_4740, Tt24Facts.DIGITAL_GOOD),
                Points.accreditation(c + ".i6", EFFECTS.point("e")));
    }

    /** The rule of a provincial-level Learning Unit at Level 2 (Art. 13; all criteria must be met, Art. 15). */
    public static LevelRule level2() {
        String id = "tt24.province.l2";
        return LevelRule.of(id, Level.LEVEL_2, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp tỉnh mức độ 2", "Provincial-level Learning Unit, Level 2"),
                Article6.criterion1(id, ARTICLE.clause(1)), Article7.criterion2(id, ARTICLE.clause(2)), criterion3(id));
    }
}
