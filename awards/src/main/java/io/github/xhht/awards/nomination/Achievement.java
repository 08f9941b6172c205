package io.github.xhht.awards.nomination;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The achievement ("thành tích") a nomination rests on: the caller's id, so that PR-1 and PR-3 can tell
 * when two nominations or a past award rest on the same one, and its period.
 *
 * @param id          the caller's id, as in {@link io.github.xhht.core.model.AwardRecord#achievementId()}
 * @param from        first day of the achievement period
 * @param to          last day
 * @param description a short description; may be empty
 */
public record Achievement(String id, LocalDate from, LocalDate to, String description) {
    public Achievement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        if (id.isBlank()) {
            throw InvalidInputException.at("/id", ProblemCode.BLANK);
        }
        if (from == null) {
            throw InvalidInputException.at("/from", ProblemCode.JSON_MISSING_FIELD, "from");
        }
        if (to == null) {
            throw InvalidInputException.at("/to", ProblemCode.JSON_MISSING_FIELD, "to");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.at("/to", ProblemCode.END_BEFORE_START, to, from);
        }
    }

    /** The achievement {@code id} over the period {@code from}..{@code to}. */
    public static Achievement of(String id, LocalDate from, LocalDate to) {
        return new Achievement(id, from, to, "");
    }
}
