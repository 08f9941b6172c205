package io.github.xhht.core.eval;

import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict alone, without the explanation tree: for runs that only need the level.
 *
 * @param status       whether rules were in force
 * @param highestLevel the highest level met, if any
 * @param outcomes     the outcome of each level of the rule set, lowest first (empty when not evaluated)
 */
public record Verdict(Status status, Optional<Level> highestLevel, List<Outcome> outcomes) {
    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(highestLevel, "highestLevel");
        outcomes = List.copyOf(outcomes);
    }
}
