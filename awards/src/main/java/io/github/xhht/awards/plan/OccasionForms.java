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
 * @param years    the only years the plan offers them in (An Giang §IV.1: "năm 2024"); empty for every year
 */
public record OccasionForms(Occasion occasion, Set<AwardForm> forms, Citation citation, Set<Integer> years) {

    /** Forms offered in every year of the occasion. */
    public OccasionForms(Occasion occasion, Set<AwardForm> forms, Citation citation) {
        this(occasion, forms, citation, Set.of());
    }

    public OccasionForms {
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(citation, "citation");
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("an occasion offers at least one form");
        }
        forms = Set.copyOf(EnumSet.copyOf(forms));
        years = Set.copyOf(years);
    }

    /** Whether the plan offers its forms at this occasion in the year. */
    public boolean offeredIn(int year) {
        return years.isEmpty() || years.contains(year);
    }
}
