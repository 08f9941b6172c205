package io.github.xhht.awards.nomination;

import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result for a slate: the slate-wide checks (quotas), each nomination's result including its
 * cross-checks (PR-1 within the slate, PR-3), and their conjunction.
 *
 * @param planId      the plan's id
 * @param asOf        the day considered
 * @param outcome     MET when every check of the slate and of every nomination is met or not applicable
 * @param checks      the slate-wide checks
 * @param nominations the nominations' results, in slate order
 */
public record SlateResult(String planId, LocalDate asOf, Outcome outcome, List<Check> checks, List<Eligibility> nominations) {
    public SlateResult {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(outcome, "outcome");
        checks = List.copyOf(checks);
        nominations = List.copyOf(nominations);
    }

    /** Whether the whole slate may go ahead. */
    public boolean eligible() {
        return outcome == Outcome.MET;
    }

    /** The result of the nomination with this id. */
    public Optional<Eligibility> nomination(String id) {
        return nominations.stream().filter(e -> e.nominationId().equals(id)).findFirst();
    }

    /** The slate-wide check with this id. */
    public Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
