package io.github.xhht.awards.citizen;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores "Công dân học tập" under Decision 324/QĐ-KHVN: met when the total is at least 80 of 100 and no
 * indicator scores below 5, per calendar year. Exact decimal arithmetic; a pure function.
 *
 * <p>Outcome: any given score below 5 → NOT_MET; all scores given → MET at a total ≥ 80, else NOT_MET;
 * some missing → NOT_MET if even their maximum points cannot lift the total to 80, else UNKNOWN. So the
 * outcome never falls when a score rises.
 *
 * <pre>{@code
 * CitizenResult result = LearningCitizen.assess(frame, 2024, Map.of("i1", new BigDecimal("9"), "i2", new BigDecimal("8.5")));
 * }</pre>
 */
public final class LearningCitizen {
    private LearningCitizen() {
    }

    private static final BigDecimal PASS = BigDecimal.valueOf(LearningCitizenCriteria.PASS_TOTAL);
    private static final BigDecimal MINIMUM = BigDecimal.valueOf(LearningCitizenCriteria.MIN_PER_INDICATOR);

    /**
     * Scores one citizen.
     *
     * @param frame  the group's form (caller input: Decision 324's list was not read)
     * @param year   the assessment year
     * @param scores the scores by indicator id; a missing id is reported, never assumed
     * @throws InvalidInputException for a score of an indicator not in the frame, or outside 0..its maximum
     *                               (pointer {@code /scores/<id>})
     */
    public static CitizenResult assess(ScoringFrame frame, int year, Map<String, BigDecimal> scores) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(scores, "scores");
        validate(frame, scores, "/scores/", "");
        List<IndicatorScore> items = new ArrayList<>();
        List<CitizenReason> failures = new ArrayList<>();
        List<CitizenReason> missing = new ArrayList<>();
        Map<CompetencyGroup, BigDecimal> subtotals = new EnumMap<>(CompetencyGroup.class);
        for (CompetencyGroup competency : CompetencyGroup.values()) {
            subtotals.put(competency, BigDecimal.ZERO);
        }
        for (ScoredIndicator indicator : frame.indicators()) {
            BigDecimal score = scores.get(indicator.id());
            if (score == null) {
                items.add(new IndicatorScore(indicator, java.util.Optional.empty(), Outcome.UNKNOWN));
                missing.add(CitizenReason.of(CitizenReason.Code.SCORE_MISSING, indicator.id(), indicator.label()));
                continue;
            }
            subtotals.merge(indicator.competency(), score, BigDecimal::add);
            boolean enough = score.compareTo(MINIMUM) >= 0;
            items.add(new IndicatorScore(indicator, java.util.Optional.of(score), enough ? Outcome.MET : Outcome.NOT_MET));
            if (!enough) {
                failures.add(belowMinimum(indicator, score));
            }
        }
        Total total = total(frame, scores);
        if (total.reason() != null && total.outcome() == Outcome.NOT_MET) {
            failures.add(0, total.reason());
        }
        Outcome outcome = failures.isEmpty() ? total.outcome() : Outcome.NOT_MET;
        List<CitizenReason> reasons = switch (outcome) {
            case MET -> List.of(total.reason());
            case NOT_MET -> failures;
            default -> missing;
        };
        return new CitizenResult(frame.group(), year, outcome,
                missing.isEmpty() ? java.util.Optional.of(total.known()) : java.util.Optional.empty(),
                items, subtotals, reasons, LearningCitizenCriteria.CITATION, frame.callerGiven());
    }

    /**
     * Scores one citizen from a dossier whose facts {@code score.<id>} are amounts; the dossier's period must
     * be one calendar year. Evidence is not judged here (the {@code citizen} scheme does, under I-7).
     */
    public static CitizenResult assess(ScoringFrame frame, Dossier dossier) {
        int year = calendarYear(dossier.period());
        Map<String, BigDecimal> scores = new HashMap<>();
        for (ScoredIndicator indicator : frame.indicators()) {
            Fact fact = dossier.facts().get(indicator.factName());
            if (fact != null) {
                if (!(fact.value() instanceof FactValue.Amount amount)) {
                    throw InvalidInputException.at("/facts/" + Problem.token(indicator.factName()), ProblemCode.WRONG_FACT_KIND,
                            indicator.factName(), "amount", fact.value().kind().json());
                }
                scores.put(indicator.id(), amount.value());
            }
        }
        validate(frame, scores, "/facts/score.", "/amount");
        return assess(frame, year, scores);
    }

    /** The year of a period that is exactly 1 January – 31 December of one year; otherwise an input error. */
    public static int calendarYear(AssessmentPeriod period) {
        int year = period.from().getYear();
        if (!period.equals(AssessmentPeriod.calendarYear(year))) {
            throw InvalidInputException.at("/period", ProblemCode.UNKNOWN_VALUE, period.from() + " – " + period.to(),
                    year + "-01-01 – " + year + "-12-31");
        }
        return year;
    }

    /**
     * The total's judgement, shared with the scheme's total indicator.
     *
     * @param outcome MET / NOT_MET / UNKNOWN as in the class comment, on the total alone
     * @param known   the sum of the given scores
     * @param reason  MET, TOTAL_BELOW_PASS or TOTAL_CANNOT_REACH_PASS; null when UNKNOWN
     */
    record Total(Outcome outcome, BigDecimal known, CitizenReason reason) {
    }

    static Total total(ScoringFrame frame, Map<String, BigDecimal> scores) {
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal open = BigDecimal.ZERO;
        boolean complete = true;
        for (ScoredIndicator indicator : frame.indicators()) {
            BigDecimal score = scores.get(indicator.id());
            if (score == null) {
                complete = false;
                open = open.add(indicator.maxPoints());
            } else {
                known = known.add(score);
            }
        }
        if (complete) {
            return known.compareTo(PASS) >= 0
                    ? new Total(Outcome.MET, known, CitizenReason.of(CitizenReason.Code.MET, known))
                    : new Total(Outcome.NOT_MET, known,
                            CitizenReason.of(CitizenReason.Code.TOTAL_BELOW_PASS, known, LearningCitizenCriteria.PASS_TOTAL));
        }
        BigDecimal reachable = known.add(open);
        if (reachable.compareTo(PASS) < 0) {
            return new Total(Outcome.NOT_MET, known,
                    CitizenReason.of(CitizenReason.Code.TOTAL_CANNOT_REACH_PASS, reachable, LearningCitizenCriteria.PASS_TOTAL));
        }
        return new Total(Outcome.UNKNOWN, known, null);
    }

    static CitizenReason belowMinimum(ScoredIndicator indicator, BigDecimal score) {
        return CitizenReason.of(CitizenReason.Code.INDICATOR_BELOW_MINIMUM, indicator.id(), indicator.label(), score,
                LearningCitizenCriteria.MIN_PER_INDICATOR);
    }

    /** Every score names an indicator of the frame and lies within 0..its maximum. */
    static void validate(ScoringFrame frame, Map<String, BigDecimal> scores, String prefix, String suffix) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : scores.entrySet()) {
            String pointer = prefix + Problem.token(entry.getKey()) + suffix;
            var indicator = frame.indicator(entry.getKey());
            if (indicator.isEmpty()) {
                problems.add(Problem.at(pointer, ProblemCode.UNKNOWN_VALUE, entry.getKey(),
                        String.join(", ", frame.indicators().stream().map(ScoredIndicator::id).toList())));
            } else {
                checkRange(indicator.get(), Objects.requireNonNull(entry.getValue(), pointer), pointer, problems);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::pointer));
            throw new InvalidInputException(problems);
        }
    }

    static void checkRange(ScoredIndicator indicator, BigDecimal score, String pointer, List<Problem> problems) {
        if (score.signum() < 0 || score.compareTo(indicator.maxPoints()) > 0) {
            problems.add(Problem.at(pointer, ProblemCode.OUT_OF_RANGE, score, 0, indicator.maxPoints()));
        }
    }
}
