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

    /**
     * Art. 13(3): (a) 95 % of members and 97 % of learners hold "Công dân học tập"; (b) learning environment;
     * (c) "Tập thể lao động tiên tiến" or higher; (d), (đ) "good response" under 4725 / 4740; (e) accreditation.
     */
    public static Criterion criterion3(String levelId) {
        return Points.provincialEffects(levelId, ARTICLE.clause(3), 95, 97, Tt24Facts.DIGITAL_GOOD);
    }

    /** The rule of a provincial-level Learning Unit at Level 2 (Art. 13; all criteria must be met, Art. 15). */
    public static LevelRule level2() {
        String id = "tt24.province.l2";
        return LevelRule.of(id, Level.LEVEL_2, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp tỉnh mức độ 2", "Provincial-level Learning Unit, Level 2"),
                Article6.criterion1(id, ARTICLE.clause(1)), Article7.criterion2(id, ARTICLE.clause(2)), criterion3(id));
    }
}
