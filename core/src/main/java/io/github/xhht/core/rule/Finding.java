package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One node of an explanation: what a level, criterion, indicator or combinator found, why, on what
 * evidence, under which article and which interpretations. Immutable; the children are the findings of
 * the rule's parts.
 *
 * @param id              the rule's id
 * @param kind            what the rule is
 * @param citation        the article it implements, if it has one of its own
 * @param label           the rule's label
 * @param outcome         the outcome
 * @param reason          why
 * @param observed        the value observed (indicators)
 * @param requirement     what was required
 * @param evidence        the evidence used (indicators)
 * @param interpretations the interpretations relied on at this node
 * @param children        the findings of the parts
 */
public record Finding(
        String id,
        NodeKind kind,
        Optional<Citation> citation,
        Text label,
        Outcome outcome,
        Reason reason,
        Optional<FactValue> observed,
        Requirement requirement,
        List<Evidence> evidence,
        List<Interpretation> interpretations,
        List<Finding> children) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(requirement, "requirement");
        evidence = List.copyOf(evidence);
        interpretations = Assessment.Interpretations.sorted(interpretations);
        children = List.copyOf(children);
    }

    /** This finding and all below it, depth first. */
    public Stream<Finding> stream() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Finding::stream));
    }

    /** The indicator findings below this node, in order. */
    public List<Finding> indicators() {
        return stream().filter(f -> f.kind == NodeKind.INDICATOR).toList();
    }

    /** The finding with this id, here or below. */
    public Optional<Finding> find(String findingId) {
        return stream().filter(f -> f.id.equals(findingId)).findFirst();
    }

    /** Every interpretation relied on here or below, sorted and without repeats. */
    public List<Interpretation> allInterpretations() {
        List<Interpretation> all = new ArrayList<>();
        stream().forEach(f -> all.addAll(f.interpretations));
        return Assessment.Interpretations.sorted(all);
    }
}
