package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leaf of the law ("chỉ tiêu"): one cited test with its labels and to whom it applies.
 *
 * @param id              stable id, e.g. {@code tt25.commune.l1.c5.i1}
 * @param cite            the article, clause and point it implements
 * @param label           its name in Vietnamese and English, as the law names it
 * @param applicability   to whom it applies; otherwise it is not applicable (I-6)
 * @param measure         the test
 * @param interpretations interpretations the indicator itself relies on (besides its measure's)
 */
public record Indicator(
        String id,
        Citation cite,
        Text label,
        Applicability applicability,
        Measure measure,
        List<Interpretation> interpretations) implements Rule {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(measure, "measure");
        interpretations = List.copyOf(interpretations);
    }

    /** An indicator that applies to every subject of its rule set. */
    public static Indicator of(String id, Citation citation, Text label, Measure measure) {
        return new Indicator(id, citation, label, Applicability.ALWAYS, measure, List.of());
    }

    /** The same indicator, applying only where the condition holds. */
    public Indicator applicableWhen(Applicability condition) {
        return new Indicator(id, cite, label, condition, measure, interpretations);
    }

    /** The same indicator, naming interpretations it relies on. */
    public Indicator relyingOn(Interpretation... more) {
        List<Interpretation> all = new java.util.ArrayList<>(interpretations);
        all.addAll(List.of(more));
        return new Indicator(id, cite, label, applicability, measure, all);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.INDICATOR;
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.of(cite);
    }

    @Override
    public Requirement requirement() {
        return measure.requirement();
    }

    @Override
    public List<Rule> children() {
        return List.of();
    }

    @Override
    public Outcome test(EvaluationContext context) {
        if (!applicability.appliesTo(context.dossier().subject())) {
            return Outcome.NOT_APPLICABLE;
        }
        return measure.test(context);
    }

    @Override
    public Finding explain(EvaluationContext context) {
        Optional<Citation> where = Optional.of(cite);
        if (!applicability.appliesTo(context.dossier().subject())) {
            return new Finding(id, NodeKind.INDICATOR, where, label, Outcome.NOT_APPLICABLE,
                    Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, applicability.description()), Optional.empty(),
                    measure.requirement(), List.of(), Measures.with(interpretations, Interpretation.I_6), List.of());
        }
        Assessment found = measure.assess(context);
        List<Interpretation> used = interpretations;
        if (!found.interpretations().isEmpty()) {
            used = new java.util.ArrayList<>(interpretations);
            used.addAll(found.interpretations());
        }
        return new Finding(id, NodeKind.INDICATOR, where, label, found.outcome(), found.reason(), found.observed(),
                measure.requirement(), found.evidence(), used, List.of());
    }
}
