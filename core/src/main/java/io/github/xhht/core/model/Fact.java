package io.github.xhht.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One reported fact of a dossier: a value and the evidence that backs it.
 *
 * @param value    the value
 * @param evidence the documents that back it, possibly none (then I-7 decides)
 */
public record Fact(FactValue value, List<Evidence> evidence) {
    public Fact {
        Objects.requireNonNull(value, "value");
        evidence = List.copyOf(evidence);
    }

    /** A fact with its value and evidence. */
    public static Fact of(FactValue value, Evidence... evidence) {
        return new Fact(value, List.of(evidence));
    }

    /** Whether any evidence supports the value. */
    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }
}
