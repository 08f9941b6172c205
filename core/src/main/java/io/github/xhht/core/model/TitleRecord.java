package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An emulation title the subject was conferred for a year, e.g. "Lao động tiên tiến" for 2024.
 *
 * @param title          the title's code, e.g. {@code ADVANCED_WORKER}
 * @param year           the year it was conferred for
 * @param decisionDate   the date of the decision
 * @param decisionNumber the decision's number; may be empty
 */
public record TitleRecord(String title, int year, LocalDate decisionDate, String decisionNumber) {
    public TitleRecord {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        if (decisionDate == null) {
            throw InvalidInputException.at("/decisionDate", ProblemCode.JSON_MISSING_FIELD, "decisionDate");
        }
        if (title.isBlank()) {
            throw InvalidInputException.at("/title", ProblemCode.BLANK);
        }
        if (year < 1900 || year > 2999) {
            throw InvalidInputException.at("/year", ProblemCode.OUT_OF_RANGE, year, 1900, 2999);
        }
    }
}
