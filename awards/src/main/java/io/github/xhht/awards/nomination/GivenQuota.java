package io.github.xhht.awards.nomination;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A quota the caller gives where the plan states none (e.g. from Guidance 216/HD-BNV, whose numbers are not
 * known to this library, or from the awarding body's own decision). A quota the plan states always wins.
 *
 * @param occasion the occasion
 * @param form     the form
 * @param max      the most nominations allowed; empty when the caller states there is no limit
 * @param source   where the number comes from, in the caller's words; may be empty
 */
public record GivenQuota(Occasion occasion, AwardForm form, OptionalInt max, String source) {
    public GivenQuota {
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(source, "source");
        if (max.isPresent() && max.getAsInt() < 0) {
            throw new IllegalArgumentException("a quota is not negative");
        }
    }

    /** A quota of at most {@code max} awards of the form on the occasion, as stated in {@code source}. */
    public static GivenQuota atMost(Occasion occasion, AwardForm form, int max, String source) {
        return new GivenQuota(occasion, form, OptionalInt.of(max), source);
    }

    /** No limit on the form on the occasion, as stated in {@code source}. */
    public static GivenQuota unlimited(Occasion occasion, AwardForm form, String source) {
        return new GivenQuota(occasion, form, OptionalInt.empty(), source);
    }
}
