package io.github.xhht.awards.citizen;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scored form of one citizen group under Decision 324/QĐ-KHVN: its indicators and their maximum points.
 * The decision's own list was not read (awards.md §4.3 [gap]), so the caller supplies it; the frame checks
 * what is known: the points add up to exactly 100 and every one of the three competency groups is scored.
 *
 * @param group      the citizen group
 * @param source     where the caller took the form from (e.g. "QĐ 324/QĐ-KHVN, Phụ lục 2"), for the record
 * @param indicators the indicators, in form order
 */
public record ScoringFrame(CitizenGroup group, String source, List<ScoredIndicator> indicators) {

    public ScoringFrame {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        indicators = List.copyOf(indicators);
        List<Problem> problems = new ArrayList<>();
        if (source.isBlank()) {
            problems.add(Problem.at("/source", ProblemCode.BLANK));
        }
        Set<String> ids = new HashSet<>();
        Set<CompetencyGroup> covered = EnumSet.noneOf(CompetencyGroup.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            ScoredIndicator indicator = indicators.get(i);
            if (!ids.add(indicator.id())) {
                problems.add(Problem.at("/indicators/" + i + "/id", ProblemCode.DUPLICATE_ID, indicator.id()));
            }
            covered.add(indicator.competency());
            sum = sum.add(indicator.maxPoints());
        }
        if (sum.compareTo(BigDecimal.valueOf(LearningCitizenCriteria.MAX_TOTAL)) != 0) {
            problems.add(Problem.at("/indicators", ProblemCode.OUT_OF_RANGE, sum, LearningCitizenCriteria.MAX_TOTAL,
                    LearningCitizenCriteria.MAX_TOTAL));
        }
        for (CompetencyGroup competency : CompetencyGroup.values()) {
            if (!covered.contains(competency)) {
                problems.add(Problem.at("/indicators", ProblemCode.JSON_MISSING_FIELD, competency.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The indicator with this id. */
    public Optional<ScoredIndicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
