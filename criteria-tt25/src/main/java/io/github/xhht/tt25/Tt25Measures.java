package io.github.xhht.tt25;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.lifecycle.Validity;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The measures TT 25 needs beyond core's {@link Measures}: indicators with several conditions,
 * thresholds that depend on the commune being in a difficult area, shares of member units recognised,
 * and the province-without-university reading (I-10). Each judges in core's order and gives core's
 * kinds of reasons.
 */
final class Tt25Measures {
    private Tt25Measures() {
    }

    /** A recognised Decree 20/2014 level at or above {@code minimum}; a level above {@code highest} is an input error. */
    static Measure levelAtLeast(FactKey<FactValue.LevelValue> key, int minimum, int highest) {
        return new BoundedLevel(key, highest, Measures.levelAtLeast(key, minimum));
    }

    /** Every condition at once: one indicator the law states as "A and B". */
    static Measure allOf(Requirement requirement, Measure... parts) {
        return new AllConditions(requirement, List.of(parts));
    }

    /** One test for ordinary communes and a milder one for communes in a difficult area (Art. 6(5)(b), 7(5)(b)). */
    static Measure byDifficultArea(Requirement requirement, Measure ordinary, Measure difficultArea) {
        return new ByDifficultArea(requirement, ordinary, difficultArea);
    }

    /**
     * At least {@code percent} % of the member units (communes of a district, districts of a province)
     * hold a valid TT 25 recognition at {@code level} on the as-of date (Validity, I-3).
     */
    static Measure recognisedShare(Level level, int percent, Text members) {
        return new RecognisedShare(level, percent, members);
    }

    /**
     * The interpretations a recognised-share indicator declares: I-3 (which recognitions are still valid)
     * and, for the Level 1 share, I-1 (a member at Level 2 counts toward it).
     */
    static Interpretation[] recognisedShareReadings(Level level) {
        return level == Level.LEVEL_1 ? new Interpretation[] {Interpretation.I_1, Interpretation.I_3}
                : new Interpretation[] {Interpretation.I_3};
    }

    /**
     * {@code first}, after checking that the {@code shares} present in the dossier count out of one whole:
     * Art. 6(5) and 7(5) measure every share against "the citizens of the commune", so different
     * denominators are an input error (pointer {@code /facts/<name>/of}). Wrap the level's first indicator,
     * which both the explanation and the verdict judge first, so both reject the same dossiers.
     */
    static Measure oneWhole(Measure first, List<FactKey<FactValue.Share>> shares) {
        List<FactKey<FactValue.Share>> all = List.copyOf(shares);
        return new OneWhole(all, first);
    }

    private static void requireOneWhole(EvaluationContext context, List<FactKey<FactValue.Share>> shares) {
        FactKey<FactValue.Share> base = null;
        long whole = 0;
        List<Problem> problems = new ArrayList<>();
        for (FactKey<FactValue.Share> key : shares) {
            Fact fact = context.factOrNull(key);
            if (fact == null) {
                continue;
            }
            long of = ((FactValue.Share) fact.value()).of();
            if (base == null) {
                base = key;
                whole = of;
            } else if (of != whole) {
                problems.add(Problem.at("/facts/" + Problem.token(key.name()) + "/of", ProblemCode.DENOMINATOR_MISMATCH,
                        of, base.name(), whole));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Province C3.I1, which presupposes a university of the province's own (I-10). */
    static Measure ownUniversity(Measure inner) {
        return new OwnUniversity(inner);
    }

    /** A measure judged after an input check that throws on a dossier the law cannot be applied to. */
    private interface Checked extends Measure {
        Measure inner();

        void check(EvaluationContext context);

        @Override
        default Requirement requirement() {
            return inner().requirement();
        }

        @Override
        default List<FactKey<?>> facts() {
            return inner().facts();
        }

        @Override
        default Assessment assess(EvaluationContext context) {
            check(context);
            return inner().assess(context);
        }

        @Override
        default Outcome test(EvaluationContext context) {
            check(context);
            return inner().test(context);
        }
    }

    /** Decree 20/2014 levels have a known top: a higher one is a mistake in the dossier, not a pass. */
    private record BoundedLevel(FactKey<FactValue.LevelValue> key, int highest, Measure inner) implements Checked {
        @Override
        public void check(EvaluationContext context) {
            Fact fact = context.factOrNull(key);
            if (fact != null && ((FactValue.LevelValue) fact.value()).level() > highest) {
                throw InvalidInputException.at("/facts/" + Problem.token(key.name()) + "/level", ProblemCode.OUT_OF_RANGE,
                        ((FactValue.LevelValue) fact.value()).level(), 0, highest);
            }
        }
    }

    /** Art. 6(5), 7(5): the shares present count out of one whole, the citizens of the commune. */
    private record OneWhole(List<FactKey<FactValue.Share>> shares, Measure inner) implements Checked {
        @Override
        public void check(EvaluationContext context) {
            requireOneWhole(context, shares);
        }
    }

    /**
     * Conjunction of conditions, read as core's one-fact order: any condition that fails makes the
     * indicator not met (a value below its threshold is reported before missing evidence); otherwise a
     * missing value makes it unknown; otherwise it is met.
     */
    private record AllConditions(Requirement requirement, List<Measure> parts) implements Measure {
        AllConditions {
            Objects.requireNonNull(requirement, "requirement");
            parts = List.copyOf(parts);
        }

        @Override
        public List<FactKey<?>> facts() {
            LinkedHashSet<FactKey<?>> keys = new LinkedHashSet<>();
            parts.forEach(p -> keys.addAll(p.facts()));
            return List.copyOf(keys);
        }

        @Override
        public Assessment assess(EvaluationContext context) {
            List<Assessment> found = parts.stream().map(p -> p.assess(context)).toList();
            Assessment decisive = found.stream()
                    .filter(a -> a.outcome() == Outcome.NOT_MET && a.reason().code() != ReasonCode.NO_EVIDENCE)
                    .findFirst()
                    .or(() -> found.stream().filter(a -> a.outcome() == Outcome.NOT_MET).findFirst())
                    .or(() -> found.stream().filter(a -> a.outcome() == Outcome.UNKNOWN).findFirst())
                    .orElse(null);
            List<Evidence> evidence = new ArrayList<>();
            List<Interpretation> used = new ArrayList<>();
            for (Assessment a : found) {
                a.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
                used.addAll(a.interpretations());
            }
            if (decisive != null) {
                return new Assessment(decisive.outcome(), decisive.reason(), decisive.observed(), evidence, used);
            }
            return new Assessment(Outcome.MET, Reason.of(ReasonCode.SATISFIED), found.get(0).observed(), evidence, used);
        }

        /** The outcome {@link #assess} gives, without building assessments: a NOT_MET part decides, then an UNKNOWN one. */
        @Override
        public Outcome test(EvaluationContext context) {
            Outcome result = Outcome.MET;
            for (Measure part : parts) {
                Outcome outcome = part.test(context);
                if (outcome == Outcome.NOT_MET) {
                    return outcome;
                }
                if (outcome == Outcome.UNKNOWN) {
                    result = outcome;
                }
            }
            return result;
        }
    }

    private record ByDifficultArea(Requirement requirement, Measure ordinary, Measure difficultArea) implements Measure {
        private static final Text READS = Text.of(
                "thuộc tính \"" + SubjectAttribute.DIFFICULT_AREA.json() + "\" của xã (" + SubjectAttribute.DIFFICULT_AREA.label().vi()
                        + "): có thì dùng ngưỡng của xã thuộc vùng khó khăn; không dựa vào xã đặc biệt khó khăn theo Nghị định 20/2014 (I-9)",
                "the commune's attribute \"" + SubjectAttribute.DIFFICULT_AREA.json() + "\" (" + SubjectAttribute.DIFFICULT_AREA.label().en()
                        + "): when present the difficult-area thresholds apply; Decree 20/2014's especially difficult commune does not count (I-9)");

        @Override
        public List<Text> otherInputs() {
            return List.of(READS);
        }

        @Override
        public List<FactKey<?>> facts() {
            LinkedHashSet<FactKey<?>> keys = new LinkedHashSet<>(ordinary.facts());
            keys.addAll(difficultArea.facts());
            return List.copyOf(keys);
        }

        @Override
        public Assessment assess(EvaluationContext context) {
            return choose(context).assess(context);
        }

        @Override
        public Outcome test(EvaluationContext context) {
            return choose(context).test(context);
        }

        // I-9: only the TT 25 "difficult area" attribute counts, never Decree 20's "especially difficult commune"
        private Measure choose(EvaluationContext context) {
            return context.dossier().subject().has(SubjectAttribute.DIFFICULT_AREA) ? difficultArea : ordinary;
        }
    }

    private record RecognisedShare(Level level, int percent, Text members) implements Measure {
        @Override
        public Requirement requirement() {
            return Requirement.of(Requirement.Code.SHARE_AT_LEAST, percent);
        }

        /** Not facts: the dossier's member units and their recognitions (interpretation I-1 for the Level 1 share). */
        @Override
        public List<Text> otherInputs() {
            int n = level.number();
            String vi = members.vi() + " (mục \"constituents\" của hồ sơ): tính các đơn vị có quyết định công nhận"
                    + " Cộng đồng học tập mức độ " + n + " (\"" + Circular25.SCHEME + "\") còn hiệu lực vào ngày xét (I-3)";
            String en = members.en() + " (the dossier's \"constituents\"): counts those holding a Learning Community"
                    + " recognition at Level " + n + " (\"" + Circular25.SCHEME + "\") valid on the as-of date (I-3)";
            if (level == Level.LEVEL_1) {
                vi += "; đơn vị đạt mức độ 2 cũng được tính (I-1, mặc định)";
                en += "; one at Level 2 counts too (I-1, the default)";
            }
            return List.of(Text.of(vi, en));
        }

        @Override
        public List<FactKey<?>> facts() {
            return List.of();
        }

        @Override
        public Assessment assess(EvaluationContext context) {
            List<Constituent> all = context.dossier().constituents();
            List<Interpretation> used = level == Level.LEVEL_1
                    ? List.of(Interpretation.I_1, Interpretation.I_3, Interpretation.I_8)
                    : List.of(Interpretation.I_3, Interpretation.I_8);
            if (all.isEmpty()) {
                return new Assessment(Outcome.UNKNOWN, Reason.of(ReasonCode.VALUE_ABSENT, members), Optional.empty(),
                        List.of(), used);
            }
            List<Evidence> evidence = new ArrayList<>();
            long counted = 0;
            // sorted by id so the explanation does not depend on the order the dossier lists its members in
            for (Constituent member : all.stream().sorted(Comparator.comparing(Constituent::id)).toList()) {
                Optional<Recognition> held = counting(member, context);
                if (held.isPresent()) {
                    counted++;
                    evidence.add(asEvidence(member, held.get()));
                }
            }
            FactValue.Share share = new FactValue.Share(counted, all.size());
            if (!share.atLeastPercent(percent)) {
                return new Assessment(Outcome.NOT_MET, Reason.of(ReasonCode.BELOW_THRESHOLD, counted + "/" + all.size(), percent),
                        Optional.of(share), evidence, used);
            }
            return new Assessment(Outcome.MET, Reason.of(ReasonCode.SATISFIED), Optional.of(share), evidence, used);
        }

        /** The valid recognition that makes the member count, the highest level first (I-1 for Level 1). */
        private Optional<Recognition> counting(Constituent member, EvaluationContext context) {
            Interpretations interpretations = context.interpretations();
            Optional<Level> held = Validity.levelHeldOn(member.recognitions(), Circular25.SCHEME, context.asOf(), interpretations);
            boolean counts = held.isPresent() && (held.get() == level
                    || level == Level.LEVEL_1 && held.get() == Level.LEVEL_2 && interpretations.level2CountsAsLevel1());
            if (!counts) {
                return Optional.empty();
            }
            return member.recognitions().stream()
                    .filter(r -> r.scheme().equals(Circular25.SCHEME) && r.level() == held.get()
                            && Validity.validOn(r, context.asOf(), interpretations))
                    .max(Comparator.comparing(Recognition::decisionDate));
        }

        private static Evidence asEvidence(Constituent member, Recognition r) {
            String document = r.decisionNumber().isBlank() ? "—" : r.decisionNumber();
            return Evidence.of(document, r.authority(), r.decisionDate(),
                    member.name() + " (" + member.id() + "): " + r.level().label().vi());
        }
    }

    private record OwnUniversity(Measure inner) implements Measure {
        private static final Text WITH_UNIVERSITY = Text.of("tỉnh có trường đại học trực thuộc",
                "a province with a university of its own");
        private static final Text READS = Text.of(
                "thuộc tính \"" + SubjectAttribute.HAS_UNIVERSITY.json() + "\" của tỉnh (" + SubjectAttribute.HAS_UNIVERSITY.label().vi()
                        + "): không có thì chỉ tiêu không áp dụng theo mặc định, hoặc không đạt nếu chọn như vậy (I-10)",
                "the province's attribute \"" + SubjectAttribute.HAS_UNIVERSITY.json() + "\" (" + SubjectAttribute.HAS_UNIVERSITY.label().en()
                        + "): without it the indicator is not applicable by default, or not met if so chosen (I-10)");
        private static final Text WITHOUT_UNIVERSITY = Text.of(
                "Tỉnh không có trường đại học trực thuộc; theo cách hiểu đã chọn (I-10), chỉ tiêu không đạt",
                "The province has no university of its own; under the chosen reading (I-10) the indicator is not met");

        @Override
        public Requirement requirement() {
            return inner.requirement();
        }

        @Override
        public List<FactKey<?>> facts() {
            return inner.facts();
        }

        @Override
        public List<Text> otherInputs() {
            return List.of(READS);
        }

        @Override
        public Assessment assess(EvaluationContext context) {
            if (context.dossier().subject().has(SubjectAttribute.HAS_UNIVERSITY)) {
                return inner.assess(context);
            }
            return switch (context.interpretations().provinceWithoutUniversity()) {
                case NOT_APPLICABLE -> new Assessment(Outcome.NOT_APPLICABLE,
                        Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, WITH_UNIVERSITY), Optional.empty(), List.of(),
                        List.of(Interpretation.I_10));
                case NOT_MET -> new Assessment(Outcome.NOT_MET, Reason.of(ReasonCode.EXPLAINED, WITHOUT_UNIVERSITY),
                        Optional.empty(), List.of(), List.of(Interpretation.I_10));
            };
        }
    }
}
