package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recognition decision a subject received: e.g. commune "Cộng đồng học tập" Level 1 by decision
 * 123/QĐ-PGDĐT of 20 March 2025 for the assessment year 2024.
 *
 * @param scheme         the scheme id, e.g. {@code tt25} or {@code tt24}
 * @param level          the level recognised
 * @param kind           first, renewal or upgrade
 * @param decisionDate   the date of the decision
 * @param decisionNumber the decision's number; may be empty
 * @param authority      who decided; may be empty
 * @param assessmentYear the year whose data was assessed
 */
public record Recognition(
        String scheme,
        Level level,
        RecognitionKind kind,
        LocalDate decisionDate,
        String decisionNumber,
        String authority,
        int assessmentYear) {

    public Recognition {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        Objects.requireNonNull(authority, "authority");
        if (decisionDate == null) {
            throw InvalidInputException.at("/decisionDate", ProblemCode.JSON_MISSING_FIELD, "decisionDate");
        }
        if (scheme.isBlank()) {
            throw InvalidInputException.at("/scheme", ProblemCode.BLANK);
        }
        if (assessmentYear < 1900 || assessmentYear > 2999) {
            throw InvalidInputException.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, assessmentYear, 1900, 2999);
        }
        if (assessmentYear > decisionDate.getYear()) {
            throw InvalidInputException.at("/assessmentYear", ProblemCode.OUT_OF_RANGE,
                    assessmentYear, 1900, decisionDate.getYear());
        }
    }
}
