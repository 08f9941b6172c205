package io.github.xhht.core.lifecycle;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.RecognitionKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for recognition ("tờ trình đề nghị"): the procedure, first / renewal / upgrade, the level
 * asked for, the assessment year whose data (1 January – 31 December) it reports, when it was filed and
 * with which body.
 *
 * @param track          the procedure (scheme and tier)
 * @param kind           first recognition, re-recognition after expiry, or upgrade from Level 1
 * @param level          the level requested
 * @param assessmentYear the year whose data the self-evaluation covers
 * @param filedOn        the filing date
 * @param filedWith      the body it was filed with
 */
public record Application(Track track, RecognitionKind kind, Level level, int assessmentYear, LocalDate filedOn,
                          Office filedWith) {
    public Application {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        if (filedOn == null) {
            throw InvalidInputException.at("/filedOn", ProblemCode.JSON_MISSING_FIELD, "filedOn");
        }
        Objects.requireNonNull(filedWith, "filedWith");
        if (assessmentYear < 1900 || assessmentYear > 2999) {
            throw InvalidInputException.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, assessmentYear, 1900, 2999);
        }
    }

    /** The data period: 1 January to 31 December of the assessment year. */
    public AssessmentPeriod dataPeriod() {
        return AssessmentPeriod.calendarYear(assessmentYear);
    }
}
