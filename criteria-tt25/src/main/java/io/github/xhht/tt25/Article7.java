package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;

/**
 * Điều 7 Thông tư 25/2023/TT-BGDĐT: a commune Learning Community at Level 2. Criteria 1 to 3 are those of
 * Art. 6 (clauses 1 to 3 refer back to it); criteria 4 and 5 raise the thresholds.
 */
public final class Article7 {
    private Article7() {
    }

    static final Citation ARTICLE = Circular25.DOCUMENT.article(7);
    private static final String ID = "tt25.commune.l2";

    /** Khoản 1: as Art. 6(1). */
    public static final Criterion LEADERSHIP = Article6.leadership(ID, ARTICLE.clause(1));
    /** Khoản 2: as Art. 6(2). */
    public static final Criterion RESOURCES = Article6.resources(ID, ARTICLE.clause(2));
    /** Khoản 3: as Art. 6(3). */
    public static final Criterion INSTITUTIONS = Article6.institutions(ID, ARTICLE.clause(3));
    /** Khoản 4: primary and lower secondary level 3, literacy level 2. */
    public static final Criterion UNIVERSAL_EDUCATION = Article6.universalEducation(ID, ARTICLE.clause(4), 3, 2);
    /** Khoản 5: Learning Citizens ≥ 80 %; trained ≥ 60 % and university ≥ 15 % (difficult area 50 % and 12 %). */
    public static final Criterion EFFECT = Article6.effect(ID, ARTICLE.clause(5), 80, 60, 15, 50, 12);

    /** Level 2: all five criteria (Art. 8(1)(b)). */
    public static final LevelRule LEVEL_2 = LevelRule.of(ID, Level.LEVEL_2, ARTICLE,
            Text.of("Cộng đồng học tập cấp xã mức độ 2", "Commune Learning Community, Level 2"),
            LEADERSHIP, RESOURCES, INSTITUTIONS, UNIVERSAL_EDUCATION, EFFECT);
}
