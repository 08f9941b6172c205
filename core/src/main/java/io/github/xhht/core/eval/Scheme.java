package io.github.xhht.core.eval;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Subject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A recognition scheme: all the rule sets of one circular, for every kind of subject and every period
 * in force. Chooses the rule set by the subject and the as-of date; a date when none is in force gets
 * a decision with status {@link Status#NO_RULE_SET_IN_FORCE}, not an exception.
 *
 * <pre>{@code
 * Dossier dossier = DossierJson.strict().read(Path.of("dossier.json"));
 * Decision decision = Tt25.scheme().evaluate(dossier, LocalDate.of(2025, 3, 31));
 * decision.highestLevel();                       // Optional[LEVEL_2]
 * Decision strict = Tt25.scheme().evaluate(dossier, LocalDate.of(2025, 3, 31),
 *         Interpretations.defaults().withEvidenceRequired(true));
 * }</pre>
 *
 * @param id       the scheme id used in dossiers, e.g. {@code tt25}
 * @param title    its name
 * @param ruleSets its rule sets
 */
public record Scheme(String id, Text title, List<RuleSet> ruleSets) {
    public Scheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        ruleSets = List.copyOf(ruleSets);
    }

    /** The rule sets for this subject, whatever their period. */
    public List<RuleSet> covering(Subject subject) {
        return ruleSets.stream().filter(r -> r.covers().appliesTo(subject)).toList();
    }

    // the first rule set covering the subject and in force, or null; a loop: it runs on every evaluation
    private RuleSet firstInForce(Subject subject, LocalDate asOf) {
        for (RuleSet r : ruleSets) {
            if (r.covers().appliesTo(subject) && r.inForceOn(asOf)) {
                return r;
            }
        }
        return null;
    }

    /** The rule set for the subject in force on the date. */
    public Optional<RuleSet> select(Subject subject, LocalDate asOf) {
        return covering(subject).stream().filter(r -> r.inForceOn(asOf)).findFirst();
    }

    /**
     * Evaluates the dossier with the rule set in force on the as-of date.
     *
     * @throws InvalidInputException if the dossier belongs to another scheme, its subject is of a kind
     *                               this scheme does not cover, or its facts do not fit the rule set
     */
    public Decision evaluate(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
        Optional<RuleSet> ruleSet = ruleSetFor(dossier, asOf);
        if (ruleSet.isEmpty()) {
            return notInForce(dossier, asOf);
        }
        return ruleSet.get().evaluate(dossier, asOf, interpretations);
    }

    /** Evaluates with the default interpretations ({@link io.github.xhht.core.law.Interpretations#defaults()}). */
    public Decision evaluate(Dossier dossier, LocalDate asOf) {
        return evaluate(dossier, asOf, Interpretations.defaults());
    }

    /** The verdict alone, without the explanation tree. */
    public Verdict verdict(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
        Optional<RuleSet> ruleSet = ruleSetFor(dossier, asOf);
        if (ruleSet.isEmpty()) {
            return new Verdict(Status.NO_RULE_SET_IN_FORCE, Optional.empty(), List.of());
        }
        return ruleSet.get().verdict(dossier, asOf, interpretations);
    }

    private Optional<RuleSet> ruleSetFor(Dossier dossier, LocalDate asOf) {
        if (!dossier.scheme().equals(id)) {
            throw InvalidInputException.at("/scheme", ProblemCode.UNKNOWN_SCHEME, dossier.scheme(), id);
        }
        RuleSet found = firstInForce(dossier.subject(), asOf);
        if (found != null) {
            return Optional.of(found);
        }
        List<RuleSet> candidates = covering(dossier.subject());
        if (candidates.isEmpty()) {
            // a Text, so the Vietnamese message names the kinds in Vietnamese too
            Text kinds = Text.of(
                    ruleSets.stream().map(r -> r.covers().description().vi()).collect(Collectors.joining("; ")),
                    ruleSets.stream().map(r -> r.covers().description().en()).collect(Collectors.joining("; ")));
            throw InvalidInputException.at("/subject/kind", ProblemCode.SUBJECT_NOT_COVERED,
                    dossier.subject().kind().json(), id, kinds);
        }
        return candidates.stream().filter(r -> r.inForceOn(asOf)).findFirst();
    }

    private Decision notInForce(Dossier dossier, LocalDate asOf) {
        Optional<LocalDate> first = covering(dossier.subject()).stream().map(RuleSet::effectiveFrom)
                .min(Comparator.naturalOrder());
        return new Decision(id, Optional.empty(), dossier.subject(), dossier.period(), asOf,
                Status.NO_RULE_SET_IN_FORCE, Optional.empty(), List.of(), List.of(), first);
    }
}
