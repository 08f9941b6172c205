package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;

/**
 * The four-valued outcome of a rule.
 *
 * <p>Truth tables. {@code NOT_APPLICABLE} is the identity of both {@link #and} and {@link #or}: a rule
 * that does not apply neither helps nor hurts. Otherwise {@code and} takes the worst of
 * {@code NOT_MET < UNKNOWN < MET} and {@code or} the best, as in Kleene's strong three-valued logic with
 * UNKNOWN as "may be either". {@link #not} swaps MET and NOT_MET and keeps the other two, so De Morgan's
 * laws hold exactly. Both are commutative, associative and idempotent, and monotone in the order
 * {@code NOT_MET < UNKNOWN < MET}.
 */
public enum Outcome {
    MET(Text.of("Đạt", "Met")),
    NOT_MET(Text.of("Không đạt", "Not met")),
    NOT_APPLICABLE(Text.of("Không áp dụng", "Not applicable")),
    UNKNOWN(Text.of("Chưa xác định (thiếu dữ liệu)", "Unknown (value absent)"));

    private final Text label;

    Outcome(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** Conjunction; see the class comment for the table. */
    public Outcome and(Outcome other) {
        if (this == NOT_APPLICABLE) {
            return other;
        }
        if (other == NOT_APPLICABLE) {
            return this;
        }
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return MET;
    }

    /** Disjunction; see the class comment for the table. */
    public Outcome or(Outcome other) {
        if (this == NOT_APPLICABLE) {
            return other;
        }
        if (other == NOT_APPLICABLE) {
            return this;
        }
        if (this == MET || other == MET) {
            return MET;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return NOT_MET;
    }

    /** Negation: MET and NOT_MET swap; UNKNOWN and NOT_APPLICABLE stay. */
    public Outcome not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            default -> this;
        };
    }

    /** MET when {@code met}, else NOT_MET. */
    public static Outcome of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
