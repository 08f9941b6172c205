package io.github.xhht.tt24;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Thông tư 24/2023/TT-BGDĐT: evaluation and recognition of "Đơn vị học tập" (Learning Units) at district
 * and provincial level, Levels 1 and 2, in force from 26 January 2024 (Art. 22(1)). The entry point is
 * {@link #scheme()}: one rule set for units evaluated at district level (Art. 6, 7) and one for units
 * evaluated at provincial level (Art. 12, 13). A dossier's subject is a {@code unit} with a {@code tier}
 * and a {@code unitKind} code of {@link UnitKind}; a missing or unknown one is an input error.
 *
 * <pre>{@code
 * Dossier dossier = DossierJson.strict().read(Path.of("provincial-high-school.json"));
 * Decision decision = Tt24.scheme().evaluate(dossier, LocalDate.of(2025, 3, 31));
 * }</pre>
 */
public final class Tt24 {
    private Tt24() {
    }

    /** The scheme id used in dossiers. */
    public static final String ID = "tt24";

    /** The circular. */
    public static final LegalDocument DOCUMENT = LegalDocument.circular("24/2023/TT-BGDĐT",
            Text.of("Quy định về đánh giá, công nhận \"Đơn vị học tập\" cấp huyện, tỉnh",
                    "Evaluation and recognition of district- and provincial-level \"Learning Units\""));

    /** Art. 22(1): in force from 26 January 2024. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2024, 1, 26);

    private static final Scheme SCHEME = new Scheme(ID,
            Text.of("\"Đơn vị học tập\" cấp huyện, tỉnh (Thông tư 24/2023/TT-BGDĐT)",
                    "District and provincial \"Learning Units\" (Circular 24/2023/TT-BGDĐT)"),
            List.of(district(), province()));

    /** The scheme: its rule sets for district-tier and provincial-tier units. */
    public static Scheme scheme() {
        return SCHEME;
    }

    /** The rule set for units evaluated at district level: Art. 6 (Level 1) and Art. 7 (Level 2). */
    public static RuleSet district() {
        return new RuleSet("tt24.district", ID,
                Text.of("\"Đơn vị học tập\" cấp huyện", "District-level Learning Unit"), DOCUMENT, EFFECTIVE_FROM,
                Optional.empty(), unitsAt(AdminLevel.DISTRICT), List.of(Article6.level1(), Article7.level2()), Tt24Facts.ALL);
    }

    /** The rule set for units evaluated at provincial level: Art. 12 (Level 1) and Art. 13 (Level 2). */
    public static RuleSet province() {
        return new RuleSet("tt24.province", ID,
                Text.of("\"Đơn vị học tập\" cấp tỉnh", "Provincial-level Learning Unit"), DOCUMENT, EFFECTIVE_FROM,
                Optional.empty(), unitsAt(AdminLevel.PROVINCE), List.of(Article12.level1(), Article13.level2()), Tt24Facts.ALL);
    }

    /**
     * Units evaluated at the tier. A unit subject is checked on the way (tier and unit kind present, known
     * and consistent), so a bad one is an input error naming {@code /subject/tier} or {@code /subject/unitKind}.
     */
    private static Applicability unitsAt(AdminLevel tier) {
        int clause = tier == AdminLevel.DISTRICT ? 3 : 4; // Art. 2(3) lists district-level units, 2(4) provincial ones
        return Applicability.when(
                Text.of("đơn vị " + tier.label().vi() + " (khoản " + clause + " Điều 2 Thông tư 24/2023/TT-BGDĐT)",
                        "units evaluated at " + tier.label().en() + " (Article 2(" + clause + ") of Circular 24/2023/TT-BGDĐT)"),
                subject -> isUnitAt(subject, tier));
    }

    private static boolean isUnitAt(Subject subject, AdminLevel tier) {
        if (subject.kind() != SubjectKind.UNIT) {
            return false;
        }
        UnitKind.of(subject);
        return subject.tier().orElseThrow() == tier;
    }
}
