package io.github.xhht.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.testing.TestDossiers;
import io.github.xhht.core.testing.TestRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every ready-made measure at its boundary and one step below, with the judging order of {@link Measures}:
 * absent → UNKNOWN, fails → NOT_MET with its reason, passes without evidence → NOT_MET (I-7), else MET.
 */
class MeasuresTest {
    static final FactKey<FactValue.Flag> FLAG = FactKey.flag("awarenessRaising", Text.of("Tuyên truyền", "Awareness raising"));
    static final FactKey<FactValue.Share> SHARE = FactKey.share("learningCitizens", Text.of("Công dân học tập", "Learning citizens"));
    static final FactKey<FactValue.Count> COUNT = FactKey.count("programmes", Text.of("Số chương trình", "Programmes"));
    static final FactKey<FactValue.LevelValue> LEVEL =
            FactKey.level("universalPrimaryLevel", Text.of("Mức phổ cập tiểu học", "Universal primary level"));
    static final FactKey<FactValue.Trend> INCOME = FactKey.trend("incomePerCapita", Text.of("Thu nhập bình quân", "Income per head"));
    static final FactKey<FactValue.Trend> POVERTY = FactKey.trend("povertyRate", Text.of("Tỷ lệ hộ nghèo", "Poverty rate"));
    static final FactKey<FactValue.Title> TITLE = FactKey.title("collectiveTitle", Text.of("Danh hiệu tập thể", "Collective title"));

    static final Text ADVANCED = Text.of("Tập thể lao động tiên tiến", "Advanced labour collective");
    static final Text EXCELLENT = Text.of("Tập thể lao động xuất sắc", "Excellent labour collective");
    static final Text FLAG_OF_MERIT = Text.of("Cờ thi đua", "Emulation flag");
    static final List<String> TITLE_ORDER = List.of("ADVANCED", "EXCELLENT", "FLAG");
    static final List<Text> TITLE_LABELS = List.of(ADVANCED, EXCELLENT, FLAG_OF_MERIT);

    static final Evidence EVIDENCE = TestDossiers.evidence();

    /**
     * One measure with a value exactly at its requirement and one a step below.
     */
    record Case(String name, Measure measure, FactKey<?> key, FactValue atBoundary, FactValue belowBoundary,
                Reason belowReason, Requirement requirement, List<Interpretation> interpretations, ReasonCode success) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("flag", Measures.flag(FLAG), FLAG, FactValue.Flag.TRUE, FactValue.Flag.FALSE,
                        Reason.of(ReasonCode.REPORTED_NOT_DONE), Requirement.of(Requirement.Code.CARRIED_OUT),
                        List.of(), ReasonCode.REPORTED_DONE),
                new Case("shareAtLeast 60", Measures.shareAtLeast(SHARE, 60), SHARE,
                        new FactValue.Share(3120, 5200), new FactValue.Share(3119, 5200),
                        Reason.of(ReasonCode.BELOW_THRESHOLD, "3119/5200", 60),
                        Requirement.of(Requirement.Code.SHARE_AT_LEAST, 60), List.of(Interpretation.I_8), ReasonCode.SATISFIED),
                new Case("countAtLeast 4", Measures.countAtLeast(COUNT, 4), COUNT,
                        new FactValue.Count(4), new FactValue.Count(3),
                        Reason.of(ReasonCode.COUNT_BELOW_MINIMUM, 3L, 4L),
                        Requirement.of(Requirement.Code.COUNT_AT_LEAST, 4L), List.of(), ReasonCode.SATISFIED),
                new Case("levelAtLeast 2", Measures.levelAtLeast(LEVEL, 2), LEVEL,
                        new FactValue.LevelValue(2), new FactValue.LevelValue(1),
                        Reason.of(ReasonCode.LEVEL_BELOW_MINIMUM, 1, 2),
                        Requirement.of(Requirement.Code.LEVEL_AT_LEAST, 2), List.of(), ReasonCode.SATISFIED),
                new Case("increased", Measures.increased(INCOME), INCOME,
                        trend("40.10", "40.11"), trend("40.10", "40.1"),
                        Reason.of(ReasonCode.NOT_INCREASED, new BigDecimal("40.10"), new BigDecimal("40.1")),
                        Requirement.of(Requirement.Code.INCREASE), List.of(), ReasonCode.SATISFIED),
                new Case("decreased", Measures.decreased(POVERTY), POVERTY,
                        trend("5.2", "5.19"), trend("5.2", "5.20"),
                        Reason.of(ReasonCode.NOT_DECREASED, new BigDecimal("5.2"), new BigDecimal("5.20")),
                        Requirement.of(Requirement.Code.DECREASE), List.of(), ReasonCode.SATISFIED),
                new Case("titleAtLeast EXCELLENT", Measures.titleAtLeast(TITLE, TITLE_ORDER, TITLE_LABELS, "EXCELLENT"), TITLE,
                        new FactValue.Title("EXCELLENT"), new FactValue.Title("ADVANCED"),
                        Reason.of(ReasonCode.TITLE_BELOW_MINIMUM, ADVANCED, EXCELLENT),
                        Requirement.of(Requirement.Code.TITLE_AT_LEAST, EXCELLENT), List.of(), ReasonCode.SATISFIED));
    }

    static FactValue.Trend trend(String previous, String current) {
        return new FactValue.Trend(new BigDecimal(previous), new BigDecimal(current));
    }

    static Dossier dossier(FactKey<?> key, FactValue value, Evidence... evidence) {
        return TestDossiers.builder("test").fact(key.name(), Fact.of(value, evidence)).build();
    }

    /** Assesses through both paths of the measure and checks they agree. */
    static Assessment assess(Measure measure, Dossier dossier, Interpretations interpretations) {
        EvaluationContext context = new EvaluationContext(dossier, TestDossiers.AS_OF, interpretations);
        Assessment found = measure.assess(context);
        assertEquals(found.outcome(), measure.test(context), "test() and assess() disagree");
        return found;
    }

    static Assessment assess(Measure measure, Dossier dossier) {
        return assess(measure, dossier, Interpretations.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void atTheBoundaryWithEvidenceIsMet(Case c) {
        Assessment a = assess(c.measure(), dossier(c.key(), c.atBoundary(), EVIDENCE));
        assertEquals(Outcome.MET, a.outcome());
        assertEquals(Reason.of(c.success()), a.reason());
        assertEquals(Optional.of(c.atBoundary()), a.observed());
        assertEquals(List.of(EVIDENCE), a.evidence());
        assertEquals(c.interpretations(), a.interpretations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneStepBelowIsNotMetWithTheSpecificReason(Case c) {
        Assessment a = assess(c.measure(), dossier(c.key(), c.belowBoundary(), EVIDENCE));
        assertEquals(Outcome.NOT_MET, a.outcome());
        assertEquals(c.belowReason(), a.reason());
        assertEquals(Optional.of(c.belowBoundary()), a.observed());
        assertEquals(List.of(EVIDENCE), a.evidence(), "the evidence looked at is still reported");
        assertEquals(c.interpretations(), a.interpretations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failingValueWithoutEvidenceGivesTheFailureNotNoEvidence(Case c) {
        Assessment a = assess(c.measure(), dossier(c.key(), c.belowBoundary()));
        assertEquals(Outcome.NOT_MET, a.outcome());
        assertEquals(c.belowReason(), a.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passingValueWithoutEvidenceIsNotMetForNoEvidence(Case c) {
        Assessment a = assess(c.measure(), dossier(c.key(), c.atBoundary()));
        assertEquals(Outcome.NOT_MET, a.outcome());
        assertEquals(Reason.of(ReasonCode.NO_EVIDENCE), a.reason());
        assertEquals(Optional.of(c.atBoundary()), a.observed());
        assertEquals(List.of(), a.evidence());
        assertTrue(a.interpretations().contains(Interpretation.I_7), "relies on I-7");
        assertTrue(a.interpretations().containsAll(c.interpretations()));
        assertEquals(c.interpretations().size() + 1, a.interpretations().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passingValueWithoutEvidenceIsMetWhenEvidenceIsNotRequired(Case c) {
        Assessment a = assess(c.measure(), dossier(c.key(), c.atBoundary()),
                Interpretations.defaults().withEvidenceRequired(false));
        assertEquals(Outcome.MET, a.outcome());
        assertEquals(Reason.of(ReasonCode.SATISFIED), a.reason(), "never claims evidence that is not there");
        assertEquals(c.interpretations(), a.interpretations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void absentValueIsUnknown(Case c) {
        for (Interpretations interpretations : List.of(Interpretations.defaults(),
                Interpretations.defaults().withEvidenceRequired(false))) {
            Assessment a = assess(c.measure(), TestDossiers.empty(), interpretations);
            assertEquals(Outcome.UNKNOWN, a.outcome());
            assertEquals(Reason.of(ReasonCode.VALUE_ABSENT, c.key().label()), a.reason());
            assertEquals(Optional.empty(), a.observed());
            assertEquals(List.of(), a.evidence());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void declaresItsRequirementAndFact(Case c) {
        assertEquals(c.requirement(), c.measure().requirement());
        assertEquals(List.of(c.key()), c.measure().facts());
        // a one-fact measure reads nothing else, so the explanation lists the fact alone
        assertEquals(List.of(), c.measure().otherInputs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFactOfAnotherKindUnderTheKeyIsAnInputError(Case c) {
        FactValue other = c.key().kind() == io.github.xhht.core.model.FactKind.COUNT
                ? FactValue.Flag.TRUE : new FactValue.Count(1);
        Dossier dossier = dossier(c.key(), other, EVIDENCE);
        EvaluationContext context = EvaluationContext.of(dossier, TestDossiers.AS_OF);
        for (Runnable call : List.<Runnable>of(() -> c.measure().assess(context), () -> c.measure().test(context))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
            assertEquals(List.of(Problem.at("/facts/" + c.key().name(), ProblemCode.WRONG_FACT_KIND,
                    c.key().name(), c.key().kind().json(), other.kind().json())), e.problems());
        }
    }

    // --- shares: exact, I-8 ---

    @Test
    void twoThirdsIsBelowSixtySevenAndAboveSixtySixPercent() {
        FactValue.Share twoThirds = new FactValue.Share(2, 3); // 66.67 %
        assertEquals(Outcome.NOT_MET, assess(Measures.shareAtLeast(SHARE, 67), dossier(SHARE, twoThirds, EVIDENCE)).outcome());
        assertEquals(Outcome.MET, assess(Measures.shareAtLeast(SHARE, 66), dossier(SHARE, twoThirds, EVIDENCE)).outcome());
        assertEquals(Reason.of(ReasonCode.BELOW_THRESHOLD, "2/3", 67),
                assess(Measures.shareAtLeast(SHARE, 67), dossier(SHARE, twoThirds, EVIDENCE)).reason());
    }

    @ParameterizedTest(name = "0 of 0 at {0} %")
    @ValueSource(ints = {0, 1, 50, 100})
    void anEmptyTotalNeverPasses(int percent) {
        Assessment a = assess(Measures.shareAtLeast(SHARE, percent), dossier(SHARE, new FactValue.Share(0, 0), EVIDENCE));
        assertEquals(Outcome.NOT_MET, a.outcome());
        assertEquals(Reason.of(ReasonCode.BELOW_THRESHOLD, "0/0", percent), a.reason());
    }

    @Test
    void zeroAndHundredPercentBounds() {
        assertEquals(Outcome.MET, assess(Measures.shareAtLeast(SHARE, 0), dossier(SHARE, new FactValue.Share(0, 5), EVIDENCE)).outcome());
        assertEquals(Outcome.MET, assess(Measures.shareAtLeast(SHARE, 100), dossier(SHARE, new FactValue.Share(5, 5), EVIDENCE)).outcome());
        assertEquals(Outcome.NOT_MET, assess(Measures.shareAtLeast(SHARE, 100), dossier(SHARE, new FactValue.Share(4, 5), EVIDENCE)).outcome());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void percentOutsideZeroToHundredIsRefused(int percent) {
        assertThrows(IllegalArgumentException.class, () -> Measures.shareAtLeast(SHARE, percent));
    }

    @Test
    void theLargestCountsCompareExactly() {
        long max = FactValue.MAX_COUNT;
        assertEquals(Outcome.MET, assess(Measures.shareAtLeast(SHARE, 100), dossier(SHARE, new FactValue.Share(max, max), EVIDENCE)).outcome());
        assertEquals(Outcome.NOT_MET, assess(Measures.shareAtLeast(SHARE, 100), dossier(SHARE, new FactValue.Share(max - 1, max), EVIDENCE)).outcome());
        assertEquals(Outcome.MET, assess(Measures.countAtLeast(COUNT, max), dossier(COUNT, new FactValue.Count(max), EVIDENCE)).outcome());
        assertEquals(Outcome.NOT_MET, assess(Measures.countAtLeast(COUNT, max), dossier(COUNT, new FactValue.Count(max - 1), EVIDENCE)).outcome());
    }

    // --- titles ---

    @Test
    void aHigherTitleThanTheMinimumIsMet() {
        Measure m = Measures.titleAtLeast(TITLE, TITLE_ORDER, TITLE_LABELS, "EXCELLENT");
        assertEquals(Outcome.MET, assess(m, dossier(TITLE, new FactValue.Title("FLAG"), EVIDENCE)).outcome());
    }

    @Test
    void aTitleOutsideTheOrderIsAnInputErrorNamingTheField() {
        Measure m = Measures.titleAtLeast(TITLE, TITLE_ORDER, TITLE_LABELS, "EXCELLENT");
        EvaluationContext context = EvaluationContext.of(dossier(TITLE, new FactValue.Title("GOLD"), EVIDENCE), TestDossiers.AS_OF);
        for (Runnable call : List.<Runnable>of(() -> m.assess(context), () -> m.test(context))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
            assertEquals(List.of(Problem.at("/facts/collectiveTitle/title", ProblemCode.UNKNOWN_VALUE,
                    "GOLD", "ADVANCED, EXCELLENT, FLAG")), e.problems());
        }
    }

    @Test
    void aTitleMeasureNeedsItsMinimumInTheOrderAndOneLabelPerTitle() {
        assertThrows(IllegalArgumentException.class, () -> Measures.titleAtLeast(TITLE, TITLE_ORDER, TITLE_LABELS, "GOLD"));
        assertThrows(IllegalArgumentException.class,
                () -> Measures.titleAtLeast(TITLE, TITLE_ORDER, List.of(ADVANCED, EXCELLENT), "EXCELLENT"));
    }

    // --- measures inside indicators ---

    @Test
    void anIndicatorReportsItsMeasureAndItsOwnInterpretations() {
        Indicator indicator = Indicator.of("t.i1", TestRules.CITATION, Text.of("Tỷ lệ", "Share"), Measures.shareAtLeast(SHARE, 60))
                .relyingOn(Interpretation.I_2);
        Finding f = indicator.explain(EvaluationContext.of(dossier(SHARE, new FactValue.Share(3, 5)), TestDossiers.AS_OF));
        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(Reason.of(ReasonCode.NO_EVIDENCE), f.reason());
        assertEquals(List.of(Interpretation.I_2, Interpretation.I_7, Interpretation.I_8), f.interpretations());
        assertEquals(Optional.of(new FactValue.Share(3, 5)), f.observed());
        assertEquals(Requirement.of(Requirement.Code.SHARE_AT_LEAST, 60), f.requirement());
        assertEquals(Optional.of(TestRules.CITATION), f.citation());
        assertEquals(List.of(), f.children());
    }

    @Test
    void anInapplicableIndicatorIsNotApplicableWhateverItsFact() {
        Indicator indicator = Indicator.of("t.i2", TestRules.CITATION, Text.of("Tỷ lệ", "Share"), Measures.shareAtLeast(SHARE, 60))
                .relyingOn(Interpretation.I_2).applicableWhen(TestRules.NEVER);
        EvaluationContext context = EvaluationContext.of(dossier(SHARE, new FactValue.Share(1, 5), EVIDENCE), TestDossiers.AS_OF);
        Finding f = indicator.explain(context);
        assertEquals(Outcome.NOT_APPLICABLE, indicator.test(context));
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
        assertEquals(Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, TestRules.NEVER.description()), f.reason());
        assertEquals(List.of(Interpretation.I_2, Interpretation.I_6), f.interpretations());
        assertEquals(Optional.empty(), f.observed());
        assertEquals(List.of(), f.evidence());
        assertEquals(Requirement.of(Requirement.Code.SHARE_AT_LEAST, 60), f.requirement());
    }
}
