package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
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

    /** Art. 7(2): criterion 2 at Level 2 (also provincial Level 2, Art. 13(2)): 95 % of members, 70 % language proficiency. */
    public static Criterion criterion2(String levelId, Citation criterionCite) {
        return Points.membersResults(levelId, criterionCite, RESULTS, 95,
                Text.of("Trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số", "Foreign or ethnic-minority language proficiency"),
                Tt24Facts.MEMBERS_WITH_LANGUAGE_PROFICIENCY, 70);
    }

    /**
     * Art. 7(3)(c): the collective title, worded at district Level 2 only for state agencies and public
     * service units. By default read literally (I-2): other units are exempt, and the finding says so.
     */
    static Indicator collectiveTitle(String id) {
        return Indicator.of(id, EFFECTS.point("c"), Points.COLLECTIVE_TITLE,
                new LiteralReadingMeasure(Points.collectiveTitleMeasure(), UnitTypes.STATE_AGENCY_OR_PUBLIC_SERVICE_UNIT))
                .relyingOn(Interpretation.I_2);
    }

    /**
     * Art. 7(3): (a) 95 % of members and 97 % of learners hold "Công dân học tập"; (b) as Art. 6(3)(b);
     * (c) the collective title under I-2; (d) "good response" under Decision 4725; (đ) accreditation.
     */
    public static Criterion criterion3(String levelId) {
        return Points.districtEffects(levelId, EFFECTS, 95, 97, collectiveTitle(levelId + ".c3.i3"), Tt24Facts.DIGITAL_GOOD);
    }

    /** The rule of a district-level Learning Unit at Level 2 (Art. 7; all criteria must be met, Art. 9). */
    public static LevelRule level2() {
        String id = "tt24.district.l2";
        return LevelRule.of(id, Level.LEVEL_2, ARTICLE,
                Text.of("\"Đơn vị học tập\" cấp huyện mức độ 2", "District-level Learning Unit, Level 2"),
                Article6.criterion1(id, ARTICLE.clause(1)), criterion2(id, RESULTS), criterion3(id));
    }
}
