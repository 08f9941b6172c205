package io.github.xhht.core.eval;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating a dossier: the highest level met, and for every level of the rule set the
 * full tree of findings down to each indicator. Immutable; everything an auditor needs is in it.
 *
 * @param scheme          the scheme id
 * @param ruleSetId       the rule set applied, empty when none was in force
 * @param subject         the subject evaluated
 * @param period          the assessment period
 * @param asOf            the as-of date
 * @param status          whether rules were in force
 * @param highestLevel    the highest level met, if any
 * @param levels          one finding per level, lowest first
 * @param interpretations every interpretation relied on anywhere in the tree
 * @param inForceFrom     the first day the scheme has rules in force, for the "no rule set" answer
 */
public record Decision(
        String scheme,
        Optional<String> ruleSetId,
        Subject subject,
        AssessmentPeriod period,
        LocalDate asOf,
        Status status,
        Optional<Level> highestLevel,
        List<LevelResult> levels,
        List<Interpretation> interpretations,
        Optional<LocalDate> inForceFrom) {

    public Decision {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(highestLevel, "highestLevel");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        levels = List.copyOf(levels);
        interpretations = List.copyOf(interpretations);
    }

    /** The finding of one level, if the rule set has that level. */
    public Optional<Finding> level(Level level) {
        return levels.stream().filter(r -> r.level() == level).map(LevelResult::finding).findFirst();
    }

    /** Whether the level was met. */
    public boolean met(Level level) {
        return level(level).map(f -> f.outcome() == Outcome.MET).orElse(false);
    }

    /** The finding with this id anywhere in the tree. */
    public Optional<Finding> find(String id) {
        return levels.stream().map(r -> r.finding().find(id)).flatMap(Optional::stream).findFirst();
    }

    /** Every indicator finding of every level, in order. */
    public List<Finding> indicators() {
        List<Finding> all = new ArrayList<>();
        levels.forEach(r -> all.addAll(r.finding().indicators()));
        return all;
    }
}
