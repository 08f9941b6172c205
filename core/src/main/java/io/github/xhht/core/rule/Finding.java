package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
        List<Finding> out = new ArrayList<>();
        collectIndicators(out);
        return Collections.unmodifiableList(out);
    }

    // a walk, not stream(): batch runs call this for every dossier
    private void collectIndicators(List<Finding> out) {
        if (kind == NodeKind.INDICATOR) {
            out.add(this);
        }
        for (int i = 0; i < children.size(); i++) {
            children.get(i).collectIndicators(out);
        }
    }

    /** The finding with this id, here or below. */
    public Optional<Finding> find(String findingId) {
        return stream().filter(f -> f.id.equals(findingId)).findFirst();
    }

    /** Every interpretation relied on here or below, sorted and without repeats. */
    public List<Interpretation> allInterpretations() {
        // an EnumSet iterates in declaration order, which is Interpretation's natural order: sorted, no repeats
        EnumSet<Interpretation> all = EnumSet.noneOf(Interpretation.class);
        collectInterpretations(all);
        return List.copyOf(all);
    }

    // indexed loops: a recursive walk is not inlined, so an iterator here would be allocated at every node
    void collectInterpretations(EnumSet<Interpretation> out) {
        for (int i = 0; i < interpretations.size(); i++) {
            out.add(interpretations.get(i));
        }
        for (int i = 0; i < children.size(); i++) {
            children.get(i).collectInterpretations(out);
        }
    }
}
