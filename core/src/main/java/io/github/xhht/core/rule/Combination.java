package io.github.xhht.core.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * The folds behind the combinators, shared by the verdict path and the explanation path. Indexed loops:
 * these run recursively down the rule tree, are not inlined, and would allocate an iterator per node.
 */
final class Combination {
    private Combination() {
    }

    /** Conjunction of the parts' outcomes, stopping at the first NOT_MET. */
    static Outcome testAll(List<Rule> parts, EvaluationContext context) {
        Outcome result = Outcome.NOT_APPLICABLE;
        for (int i = 0; i < parts.size(); i++) {
            result = result.and(parts.get(i).test(context));
            if (result == Outcome.NOT_MET) {
                return result;
            }
        }
        return result;
    }

    /** Disjunction of the parts' outcomes, stopping at the first MET. */
    static Outcome testAny(List<Rule> parts, EvaluationContext context) {
        Outcome result = Outcome.NOT_APPLICABLE;
        for (int i = 0; i < parts.size(); i++) {
            result = result.or(parts.get(i).test(context));
            if (result == Outcome.MET) {
                return result;
            }
        }
        return result;
    }

    static List<Finding> explainEach(List<Rule> parts, EvaluationContext context) {
        List<Finding> findings = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            findings.add(parts.get(i).explain(context));
        }
        return findings;
    }

    /** The outcome of all-of over findings, with the reason naming the parts that decided it. */
    static Reason allReason(Outcome outcome, List<Finding> children) {
        return switch (outcome) {
            case MET -> Reason.of(ReasonCode.ALL_PARTS_MET);
            case NOT_MET -> Reason.of(ReasonCode.PARTS_NOT_MET, ids(children, Outcome.NOT_MET));
            case UNKNOWN -> Reason.of(ReasonCode.PARTS_UNKNOWN, ids(children, Outcome.UNKNOWN));
            case NOT_APPLICABLE -> Reason.of(ReasonCode.NO_PART_APPLIES);
        };
    }

    static Reason anyReason(Outcome outcome, List<Finding> children) {
        return switch (outcome) {
            case MET -> Reason.of(ReasonCode.ONE_PART_MET, ids(children, Outcome.MET));
            case NOT_MET -> Reason.of(ReasonCode.PARTS_NOT_MET, ids(children, Outcome.NOT_MET));
            case UNKNOWN -> Reason.of(ReasonCode.PARTS_UNKNOWN, ids(children, Outcome.UNKNOWN));
            case NOT_APPLICABLE -> Reason.of(ReasonCode.NO_PART_APPLIES);
        };
    }

    static Outcome all(List<Finding> children) {
        Outcome result = Outcome.NOT_APPLICABLE;
        for (int i = 0; i < children.size(); i++) {
            result = result.and(children.get(i).outcome());
        }
        return result;
    }

    static Outcome any(List<Finding> children) {
        Outcome result = Outcome.NOT_APPLICABLE;
        for (int i = 0; i < children.size(); i++) {
            result = result.or(children.get(i).outcome());
        }
        return result;
    }

    private static String ids(List<Finding> children, Outcome outcome) {
        StringBuilder out = new StringBuilder();
        for (Finding child : children) {
            if (child.outcome() == outcome) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(child.id());
            }
        }
        return out.toString();
    }

    /** An id for an unnamed combinator, from its parts' ids. */
    static String derivedId(String operator, List<Rule> parts) {
        StringBuilder out = new StringBuilder(operator).append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(parts.get(i).id());
        }
        return out.append(')').toString();
    }
}
