package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An award the subject already received ("khen thưởng"), with the achievement it rewarded.
 *
 * @param form             the award form's code, e.g. {@code CERTIFICATE_OF_MERIT_PROVINCIAL}
 * @param achievementId    the caller's id for the achievement (PR-1: one form per achievement)
 * @param achievementFrom  first day of the achievement period
 * @param achievementTo    last day of the achievement period
 * @param decisionDate     the date of the decision
 * @param decisionNumber   the decision's number; may be empty
 */
public record AwardRecord(
        String form,
        String achievementId,
        LocalDate achievementFrom,
        LocalDate achievementTo,
        LocalDate decisionDate,
        String decisionNumber) {

    public AwardRecord {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        if (achievementFrom == null) {
            throw InvalidInputException.at("/achievementFrom", ProblemCode.JSON_MISSING_FIELD, "achievementFrom");
        }
        if (achievementTo == null) {
            throw InvalidInputException.at("/achievementTo", ProblemCode.JSON_MISSING_FIELD, "achievementTo");
        }
        if (decisionDate == null) {
            throw InvalidInputException.at("/decisionDate", ProblemCode.JSON_MISSING_FIELD, "decisionDate");
        }
        if (form.isBlank()) {
            throw InvalidInputException.at("/form", ProblemCode.BLANK);
        }
        if (achievementTo.isBefore(achievementFrom)) {
            throw InvalidInputException.at("/achievementTo", ProblemCode.END_BEFORE_START, achievementTo, achievementFrom);
        }
    }
}
