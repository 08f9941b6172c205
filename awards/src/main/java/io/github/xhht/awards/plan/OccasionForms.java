package io.github.xhht.awards.plan;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.law.Citation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The award forms a plan offers at one occasion.
 *
 * @param occasion the occasion
 * @param forms    the forms offered
 * @param citation where the plan lists them
 */
public record OccasionForms(Occasion occasion, Set<AwardForm> forms, Citation citation) {
    public OccasionForms {
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(citation, "citation");
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("an occasion offers at least one form");
        }
        forms = Set.copyOf(EnumSet.copyOf(forms));
    }
}
