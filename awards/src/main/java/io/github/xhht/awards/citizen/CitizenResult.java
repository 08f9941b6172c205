package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one citizen for one calendar year under Decision 324/QĐ-KHVN.
 *
 * @param group      the citizen group whose form was used
 * @param year       the assessment year (1 January – 31 December)
 * @param outcome    MET, NOT_MET, or UNKNOWN when scores are missing and the outcome still depends on them
 * @param total      the total, present when every indicator has a score
 * @param indicators every indicator of the form with its score, in form order
 * @param subtotals  the sum of the given scores per competency group
 * @param reasons    why: one MET reason, or every failure found, or the missing scores
 * @param citation   the decision cited
 * @param frame      that the indicator list and points are the caller's (from {@link ScoringFrame#callerGiven()}),
 *                   since Decision 324/QĐ-KHVN's own list was not read: said in every result, met or not
 */
public record CitizenResult(
        CitizenGroup group,
        int year,
        Outcome outcome,
        Optional<BigDecimal> total,
        List<IndicatorScore> indicators,
        Map<CompetencyGroup, BigDecimal> subtotals,
        List<CitizenReason> reasons,
        Citation citation,
        Text frame) {

    public CitizenResult {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(frame, "frame");
        indicators = List.copyOf(indicators);
        subtotals = Map.copyOf(subtotals);
        reasons = List.copyOf(reasons);
    }

    /** Whether the citizen meets "Công dân học tập" for the year. */
    public boolean met() {
        return outcome == Outcome.MET;
    }
}
