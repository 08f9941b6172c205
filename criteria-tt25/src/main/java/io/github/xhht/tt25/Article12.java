package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;

/**
 * Điều 12 Thông tư 25/2023/TT-BGDĐT: a district Learning Community at Level 2. Criteria 1 to 3 are those of
 * Art. 11; criterion 4 asks for ≥ 90 % of communes at commune Level 2. (Clause 4(a) cites "point b,
 * clause 2, Art. 8"; the Level 2 condition is point b, clause 1 — read as commune Level 2.)
 */
public final class Article12 {
    private Article12() {
    }

    static final Citation ARTICLE = Circular25.DOCUMENT.article(12);
    private static final String ID = "tt25.district.l2";

    /** Khoản 1: as Art. 11(1). */
    public static final Criterion LEADERSHIP = Article11.leadership(ID, ARTICLE.clause(1));
    /** Khoản 2: as Art. 11(2). */
    public static final Criterion RESOURCES = Article11.resources(ID, ARTICLE.clause(2));
    /** Khoản 3: as Art. 11(3). */
    public static final Criterion INSTITUTIONS = Article11.institutions(ID, ARTICLE.clause(3));
    /** Khoản 4: ≥ 90 % of communes at commune Level 2; income and employment up. */
    public static final Criterion EFFECT = Article11.effect(ID, ARTICLE.clause(4), Level.LEVEL_2);

    /** Level 2: all four criteria (Art. 13(1)(b)). */
    public static final LevelRule LEVEL_2 = LevelRule.of(ID, Level.LEVEL_2, ARTICLE,
            Text.of("Cộng đồng học tập cấp huyện mức độ 2", "District Learning Community, Level 2"),
            LEADERSHIP, RESOURCES, INSTITUTIONS, EFFECT);
}
