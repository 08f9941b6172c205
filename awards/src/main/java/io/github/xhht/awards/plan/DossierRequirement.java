package io.github.xhht.awards.plan;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.core.law.Citation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document a nomination dossier must hold.
 *
 * @param document          the document
 * @param citation          where it is required
 * @param onlyForForm       required only for nominations for this form, if set (e.g. Decree 152 Art. 42 for
 *                          the Prime Minister's certificate of merit)
 * @param onlyWithInitiative required only when the achievement rests on an initiative, invention or research
 * @param inForceFrom       required only for nominations considered on or after this day, if set
 */
public record DossierRequirement(DossierDocument document, Citation citation, Optional<AwardForm> onlyForForm,
                                 boolean onlyWithInitiative, Optional<LocalDate> inForceFrom) {
    public DossierRequirement {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(onlyForForm, "onlyForForm");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
    }

    /** Required for every nomination of the plan. */
    public static DossierRequirement always(DossierDocument document, Citation citation) {
        return new DossierRequirement(document, citation, Optional.empty(), false, Optional.empty());
    }

    /** Required when the achievement rests on an initiative, invention or research. */
    public static DossierRequirement withInitiative(DossierDocument document, Citation citation) {
        return new DossierRequirement(document, citation, Optional.empty(), true, Optional.empty());
    }

    /** Whether it applies to a nomination for the form, with or without an initiative, considered on the date. */
    public boolean appliesTo(AwardForm form, boolean initiative, LocalDate asOf) {
        return onlyForForm.map(f -> f == form).orElse(true)
                && (!onlyWithInitiative || initiative)
                && inForceFrom.map(d -> !asOf.isBefore(d)).orElse(true);
    }
}
