package io.github.xhht.core.eval;

import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import java.util.Objects;

/**
 * One level's result.
 *
 * @param level   the level
 * @param finding the explanation tree of that level's rule
 */
public record LevelResult(Level level, Finding finding) {
    public LevelResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(finding, "finding");
    }

    /** The outcome of the level's rule (MET, NOT_MET, NOT_APPLICABLE or UNKNOWN). */
    public Outcome outcome() {
        return finding.outcome();
    }
}
