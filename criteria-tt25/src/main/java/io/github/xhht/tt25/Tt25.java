package io.github.xhht.tt25;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.LevelRule;
import java.util.List;
import java.util.Optional;

/**
 * Thông tư 25/2023/TT-BGDĐT, "Cộng đồng học tập" (Learning Community): the scheme {@code tt25} with one rule
 * set per tier — commune (Art. 6-8), district (Art. 11-13), province (Art. 16-18) — each with Levels 1 and
 * 2, in force from 12 February 2024. Before that date the scheme answers "no rule set in force".
 *
 * <pre>{@code
 * Decision d = Tt25.scheme().evaluate(dossier, LocalDate.of(2025, 3, 1));
 * }</pre>
 */
public final class Tt25 {
    private Tt25() {
    }

    /** The scheme id. */
    public static final String ID = Circular25.SCHEME;

    private static final Text TITLE = Text.of("Cộng đồng học tập cấp xã, huyện, tỉnh (Thông tư 25/2023/TT-BGDĐT)",
            "Learning Communities at commune, district and provincial level (Circular 25/2023/TT-BGDĐT)");

    private static final RuleSet COMMUNE = ruleSet("tt25.commune", SubjectKind.COMMUNE,
            Text.of("Cộng đồng học tập cấp xã", "Commune Learning Community"), Article6.LEVEL_1, Article7.LEVEL_2);
    private static final RuleSet DISTRICT = ruleSet("tt25.district", SubjectKind.DISTRICT,
            Text.of("Cộng đồng học tập cấp huyện", "District Learning Community"), Article11.LEVEL_1, Article12.LEVEL_2);
    private static final RuleSet PROVINCE = ruleSet("tt25.province", SubjectKind.PROVINCE,
            Text.of("Cộng đồng học tập cấp tỉnh", "Provincial Learning Community"), Article16.LEVEL_1, Article17.LEVEL_2);

    private static final Scheme SCHEME = new Scheme(ID, TITLE, List.of(COMMUNE, DISTRICT, PROVINCE));

    /** The scheme: chooses the rule set by the subject's kind and the as-of date. */
    public static Scheme scheme() {
        return SCHEME;
    }

    /** Communes, wards and townships: Art. 6 (Level 1) and Art. 7 (Level 2). */
    public static RuleSet commune() {
        return COMMUNE;
    }

    /** Rural and urban districts, towns, provincial cities: Art. 11 (Level 1) and Art. 12 (Level 2). */
    public static RuleSet district() {
        return DISTRICT;
    }

    /** Provinces and centrally-run cities: Art. 16 (Level 1) and Art. 17 (Level 2). */
    public static RuleSet province() {
        return PROVINCE;
    }

    private static RuleSet ruleSet(String id, SubjectKind kind, Text title, LevelRule level1, LevelRule level2) {
        return new RuleSet(id, ID, title, Circular25.DOCUMENT, Circular25.EFFECTIVE_FROM, Optional.empty(),
                Applicability.when(kind.label(), subject -> subject.kind() == kind), List.of(level1, level2), List.of());
    }
}
