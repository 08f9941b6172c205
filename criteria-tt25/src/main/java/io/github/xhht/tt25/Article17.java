package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;

/**
 * Điều 17 Thông tư 25/2023/TT-BGDĐT: a provincial Learning Community at Level 2. Criteria 1 to 3 are those
 * of Art. 16; criterion 4 asks for ≥ 90 % of districts at district Level 2. (Clause 4(a) cites "point b,
 * clause 2, Art. 13"; the Level 2 condition is point b, clause 1 — read as district Level 2.)
 */
public final class Article17 {
    private Article17() {
    }

    static final Citation ARTICLE = Circular25.DOCUMENT.article(17);
    private static final String ID = "tt25.province.l2";

    /** Khoản 1: as Art. 16(1). */
    public static final Criterion LEADERSHIP = Article16.leadership(ID, ARTICLE.clause(1));
    /** Khoản 2: as Art. 16(2). */
    public static final Criterion RESOURCES = Article16.resources(ID, ARTICLE.clause(2));
    /** Khoản 3: as Art. 16(3). */
    public static final Criterion INSTITUTIONS = Article16.institutions(ID, ARTICLE.clause(3));
    /** Khoản 4: ≥ 90 % of districts at district Level 2; poverty down; GRDP up. */
    public static final Criterion EFFECT = Article16.effect(ID, ARTICLE.clause(4), Level.LEVEL_2);

    /** Level 2: all four criteria (Art. 18(1)(b)). */
    public static final LevelRule LEVEL_2 = LevelRule.of(ID, Level.LEVEL_2, ARTICLE,
            Text.of("Cộng đồng học tập cấp tỉnh mức độ 2", "Provincial Learning Community, Level 2"),
            LEADERSHIP, RESOURCES, INSTITUTIONS, EFFECT);
}
