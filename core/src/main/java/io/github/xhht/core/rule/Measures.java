package io.github.xhht.core.rule;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The measures the circulars need, each over one fact of the dossier. Every one judges in the same
 * order: value absent → {@link Outcome#UNKNOWN} ({@link ReasonCode#VALUE_ABSENT}); value fails the
 * requirement → {@link Outcome#NOT_MET} with the specific reason; value passes but no evidence and I-7
 * applies → {@link Outcome#NOT_MET} ({@link ReasonCode#NO_EVIDENCE}); otherwise {@link Outcome#MET}.
 */
public final class Measures {
    private Measures() {
    }

    /** A qualitative condition, reported as carried out or not ("có", with evidence). */
    public static Measure flag(FactKey<FactValue.Flag> key) {
        return new OneFact<>(key, Requirement.of(Requirement.Code.CARRIED_OUT), List.of(),
                FactValue.Flag::value, v -> Reason.of(ReasonCode.REPORTED_NOT_DONE), ReasonCode.REPORTED_DONE);
    }

    /** A share at or above a percentage, compared exactly on counts (I-8). */
    public static Measure shareAtLeast(FactKey<FactValue.Share> key, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of 0..100: " + percent);
        }
        return new OneFact<>(key, Requirement.of(Requirement.Code.SHARE_AT_LEAST, percent), List.of(Interpretation.I_8),
                v -> v.atLeastPercent(percent),
                v -> Reason.of(ReasonCode.BELOW_THRESHOLD, v.count() + "/" + v.of(), percent), ReasonCode.SATISFIED);
    }

    /** A count at or above a minimum, e.g. "at least 4 programmes a year". */
    public static Measure countAtLeast(FactKey<FactValue.Count> key, long minimum) {
        return new OneFact<>(key, Requirement.of(Requirement.Code.COUNT_AT_LEAST, minimum), List.of(),
                v -> v.value() >= minimum,
                v -> Reason.of(ReasonCode.COUNT_BELOW_MINIMUM, v.value(), minimum), ReasonCode.SATISFIED);
    }

    /** A recognised level at or above a minimum, e.g. universal primary education level 2. */
    public static Measure levelAtLeast(FactKey<FactValue.LevelValue> key, int minimum) {
        return new OneFact<>(key, Requirement.of(Requirement.Code.LEVEL_AT_LEAST, minimum), List.of(),
                v -> v.level() >= minimum,
                v -> Reason.of(ReasonCode.LEVEL_BELOW_MINIMUM, v.level(), minimum), ReasonCode.SATISFIED);
    }

    /** Strictly higher than the year before ("tăng so với năm trước"). */
    public static Measure increased(FactKey<FactValue.Trend> key) {
        return new OneFact<>(key, Requirement.of(Requirement.Code.INCREASE), List.of(),
                FactValue.Trend::increased,
                v -> Reason.of(ReasonCode.NOT_INCREASED, v.previous(), v.current()), ReasonCode.SATISFIED);
    }

    /** Strictly lower than the year before ("giảm so với năm trước"). */
    public static Measure decreased(FactKey<FactValue.Trend> key) {
        return new OneFact<>(key, Requirement.of(Requirement.Code.DECREASE), List.of(),
                FactValue.Trend::decreased,
                v -> Reason.of(ReasonCode.NOT_DECREASED, v.previous(), v.current()), ReasonCode.SATISFIED);
    }

    /**
     * A title at or above the lowest accepted one, in an order of titles from lowest to highest.
     *
     * @param key       the fact holding the title code
     * @param order     the codes of the titles, lowest first; a code outside it is an input error
     * @param labels    the label of each code, in the same order
     * @param minimum   the lowest code accepted
     */
    public static Measure titleAtLeast(FactKey<FactValue.Title> key, List<String> order, List<Text> labels, String minimum) {
        List<String> codes = List.copyOf(order);
        List<Text> names = List.copyOf(labels);
        int floor = codes.indexOf(minimum);
        if (floor < 0 || codes.size() != names.size()) {
            throw new IllegalArgumentException("minimum title " + minimum + " not in the order " + codes);
        }
        Function<FactValue.Title, Integer> rank = v -> {
            int r = codes.indexOf(v.code());
            if (r < 0) {
                throw InvalidInputException.at("/facts/" + Problem.token(key.name()) + "/title", ProblemCode.UNKNOWN_VALUE,
                        v.code(), String.join(", ", codes));
            }
            return r;
        };
        return new OneFact<>(key, Requirement.of(Requirement.Code.TITLE_AT_LEAST, names.get(floor)), List.of(),
                v -> rank.apply(v) >= floor,
                v -> Reason.of(ReasonCode.TITLE_BELOW_MINIMUM, names.get(rank.apply(v)), names.get(floor)),
                ReasonCode.SATISFIED);
    }

    /** The judgement shared by every one-fact measure; see the class comment for its order. */
    private record OneFact<V extends FactValue>(
            FactKey<V> key,
            Requirement requirement,
            List<Interpretation> interpretations,
            Predicate<V> passes,
            Function<V, Reason> failure,
            ReasonCode success) implements Measure {

        OneFact {
            Objects.requireNonNull(key, "key");
            interpretations = List.copyOf(interpretations);
        }

        @Override
        public List<FactKey<?>> facts() {
            return List.of(key);
        }

        @Override
        public Outcome test(EvaluationContext context) {
            Fact fact = context.factOrNull(key);
            if (fact == null) {
                return Outcome.UNKNOWN;
            }
            if (!passes.test(key.type().cast(fact.value()))) {
                return Outcome.NOT_MET;
            }
            return fact.hasEvidence() || !context.interpretations().evidenceRequired() ? Outcome.MET : Outcome.NOT_MET;
        }

        @Override
        public Assessment assess(EvaluationContext context) {
            Fact fact = context.factOrNull(key);
            if (fact == null) {
                return new Assessment(Outcome.UNKNOWN, Reason.of(ReasonCode.VALUE_ABSENT, key.label()),
                        Optional.empty(), List.of(), interpretations);
            }
            V value = key.type().cast(fact.value());
            if (!passes.test(value)) {
                return new Assessment(Outcome.NOT_MET, failure.apply(value), Optional.of(value), fact.evidence(),
                        interpretations);
            }
            if (!fact.hasEvidence() && context.interpretations().evidenceRequired()) {
                return new Assessment(Outcome.NOT_MET, Reason.of(ReasonCode.NO_EVIDENCE), Optional.of(value), List.of(),
                        with(interpretations, Interpretation.I_7));
            }
            // without evidence (I-7 switched off) the reason must not claim evidence was seen
            ReasonCode why = fact.hasEvidence() ? success : ReasonCode.SATISFIED;
            return new Assessment(Outcome.MET, Reason.of(why), Optional.of(value), fact.evidence(), interpretations);
        }
    }

    static List<Interpretation> with(List<Interpretation> list, Interpretation extra) {
        if (list.isEmpty()) {
            return List.of(extra);
        }
        java.util.ArrayList<Interpretation> all = new java.util.ArrayList<>(list);
        all.add(extra);
        return all;
    }
}
