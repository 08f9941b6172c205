package io.github.xhht.awards.citizen;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One scored indicator of a citizen group's form, as the caller reads it from Decision 324/QĐ-KHVN (the
 * list and the points are a [gap] in the sources, so they are input, never defaults).
 *
 * @param id         a short id, letters, digits, '_' and '-'; the dossier fact is {@code score.<id>}
 * @param competency the competency group it belongs to
 * @param label      its wording in Vietnamese and English
 * @param maxPoints  its maximum points, positive
 */
public record ScoredIndicator(String id, CompetencyGroup competency, Text label, BigDecimal maxPoints) {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,49}");

    public ScoredIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(maxPoints, "maxPoints");
        if (!ID.matcher(id).matches()) {
            throw InvalidInputException.at("/id", ProblemCode.UNKNOWN_VALUE, id, "[A-Za-z][A-Za-z0-9_-]{0,49}");
        }
        if (maxPoints.signum() <= 0 || maxPoints.compareTo(BigDecimal.valueOf(LearningCitizenCriteria.MAX_TOTAL)) > 0) {
            throw InvalidInputException.at("/maxPoints", ProblemCode.OUT_OF_RANGE, maxPoints, 0, LearningCitizenCriteria.MAX_TOTAL);
        }
    }

    /** An indicator of the scoring frame worth at most {@code maxPoints}. */
    public static ScoredIndicator of(String id, CompetencyGroup competency, Text label, int maxPoints) {
        return new ScoredIndicator(id, competency, label, BigDecimal.valueOf(maxPoints));
    }

    /** The name of the amount fact that carries this indicator's score in a dossier. */
    public String factName() {
        return "score." + id;
    }
}
