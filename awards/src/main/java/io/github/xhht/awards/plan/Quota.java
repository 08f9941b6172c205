package io.github.xhht.awards.plan;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.law.Citation;
import java.util.Objects;

/**
 * How many nominations for a form a plan allows at an occasion, e.g. HCMC: the city selects 1 to 2 for the
 * Prime Minister's certificate of merit at the 2025 review (§III.2.a). Only the maximum can be broken by a
 * slate; the minimum is what the plan aims to select.
 *
 * @param occasion the occasion
 * @param form     the form
 * @param min      the least the plan selects (0 when it states none)
 * @param max      the most
 * @param citation where the plan states it
 */
public record Quota(Occasion occasion, AwardForm form, int min, int max, Citation citation) {
    public Quota {
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(citation, "citation");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("quota needs 0 <= min <= max");
        }
    }
}
