package io.github.xhht.awards.plan;

import io.github.xhht.awards.Occasion;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A phase of a plan ("giai đoạn"), e.g. 2023-2025 closed by the mid-term review.
 *
 * @param label    its name
 * @param from     first day
 * @param to       last day
 * @param review   the review that closes it, if any
 * @param citation where the plan sets it
 */
public record Phase(Text label, LocalDate from, LocalDate to, Optional<Occasion> review, Citation citation) {
    public Phase {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(citation, "citation");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("phase ends before it starts");
        }
    }
}
