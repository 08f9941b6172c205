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

    /**
     * Art. 12(3): (a) 90 % of members and 95 % of learners hold "Công dân học tập"; (b) learning environment;
     * (c) "Tập thể lao động tiên tiến" or higher; (d), (đ) "basic response" under 4725 / 4740; (e) accreditation.
     */
    public static Criterion criterion3(String levelId) {
        return Points.provincialEffects(levelId, ARTICLE.clause(3), 90, 95, Tt24Facts.DIGITAL_BASIC);
    }

    /** The rule of a provincial-level Learning Unit at Level 1 (Art. 12; all criteria must be met, Art. 14). */
    public static LevelRule level1() {
        String id = "tt24.province.l1";
        return LevelRule.of(id, Level.LEVEL_1, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp tỉnh mức độ 1", "Provincial-level Learning Unit, Level 1"),
                Article6.criterion1(id, ARTICLE.clause(1)), Article6.criterion2(id, ARTICLE.clause(2)), criterion3(id));
    }
}
