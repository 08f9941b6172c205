package io.github.xhht.awards.nomination;

import io.github.xhht.core.rule.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result for one nomination: every check, and their conjunction.
 *
 * @param nominationId the nomination's id
 * @param outcome      MET when every check that applies is met
 * @param checks       the checks, in the order made
 */
public record Eligibility(String nominationId, Outcome outcome, List<Check> checks) {
    public Eligibility {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(outcome, "outcome");
        checks = List.copyOf(checks);
    }

    static Eligibility of(String nominationId, List<Check> checks) {
        return new Eligibility(nominationId, Check.all(checks), checks);
    }

    /** Whether the nomination may go ahead: every applicable check met. */
    public boolean eligible() {
        return outcome == Outcome.MET;
    }

    /** The check with this id, if made. */
    public Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks not met or unknown. */
    public List<Check> failures() {
        return checks.stream().filter(c -> c.outcome() == Outcome.NOT_MET || c.outcome() == Outcome.UNKNOWN).toList();
    }
}
