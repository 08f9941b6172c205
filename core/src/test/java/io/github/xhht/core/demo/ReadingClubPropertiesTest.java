package io.github.xhht.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Verdict;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Rule;
import io.github.xhht.core.testing.TestDossiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over generated reading-club dossiers: the verdict path and the explanation path give the same answer. */
class ReadingClubPropertiesTest {
    static final RuleSet RULES = ReadingClub.ruleSet();
    static final Evidence EVIDENCE = TestDossiers.evidence();

    /** A fact, maybe absent, maybe without evidence. */
    static Arbitrary<Optional<Fact>> fact(Arbitrary<? extends FactValue> values) {
        Arbitrary<Fact> facts = Combinators.combine(values, Arbitraries.of(true, false))
                .as((v, backed) -> backed ? Fact.of(v, EVIDENCE) : Fact.of(v));
        return facts.optional(0.8);
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        Arbitrary<FactValue> flags = Arbitraries.of(FactValue.Flag.TRUE, FactValue.Flag.FALSE);
        Arbitrary<FactValue> counts = Arbitraries.longs().between(0, 40).map(FactValue.Count::new);
        Arbitrary<FactValue> shares = Arbitraries.longs().between(0, 60)
                .flatMap(of -> Arbitraries.longs().between(0, of).map(c -> new FactValue.Share(c, of)));
        Arbitrary<FactValue> trends = Combinators.combine(Arbitraries.integers().between(400, 420), Arbitraries.integers().between(400, 420))
                .as((p, c) -> new FactValue.Trend(BigDecimal.valueOf(p), BigDecimal.valueOf(c)));
        Arbitrary<List<Optional<Fact>>> facts = Combinators.combine(List.of(fact(flags), fact(counts), fact(shares),
                fact(flags), fact(trends), fact(counts))).as(list -> list);
        return Combinators.combine(facts, Arbitraries.of(true, false)).as(ReadingClubPropertiesTest::dossier);
    }

    /** The facts in the order PLAN, MEETINGS, MEMBERS_READING, ACCESSIBLE_SHELF, LOANS, VOLUNTEERS. */
    static Dossier dossier(List<Optional<Fact>> facts, boolean isPublic) {
        Subject.Builder subject = Subject.builder(SubjectKind.UNIT, "clb", "Câu lạc bộ");
        if (isPublic) {
            subject.with(SubjectAttribute.PUBLIC_INSTITUTION);
        }
        Dossier.Builder b = Dossier.builder(ReadingClub.SCHEME, subject.build(), AssessmentPeriod.calendarYear(2024));
        List<String> names = List.of(ReadingClub.PLAN.name(), ReadingClub.MEETINGS.name(), ReadingClub.MEMBERS_READING.name(),
                ReadingClub.ACCESSIBLE_SHELF.name(), ReadingClub.LOANS.name(), ReadingClub.VOLUNTEERS.name());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            facts.get(i).ifPresent(f -> b.fact(name, f));
        }
        return b.build();
    }

    @Provide
    Arbitrary<Interpretations> interpretations() {
        return Arbitraries.of(true, false).map(Interpretations.defaults()::withEvidenceRequired);
    }

    @Property(tries = 300)
    void theVerdictIsTheDecisionsOutcomes(@ForAll("dossiers") Dossier dossier, @ForAll("interpretations") Interpretations i) {
        Decision decision = RULES.evaluate(dossier, ReadingClubExplanationTest.AS_OF, i);
        Verdict verdict = RULES.verdict(dossier, ReadingClubExplanationTest.AS_OF, i);
        assertEquals(decision.levels().stream().map(LevelResult::outcome).toList(), verdict.outcomes());
        assertEquals(decision.highestLevel(), verdict.highestLevel());
        assertEquals(decision.status(), verdict.status());
    }

    @Property(tries = 300)
    void everyNodeOfTheExplanationIsTheRulesOwnVerdict(@ForAll("dossiers") Dossier dossier, @ForAll("interpretations") Interpretations i) {
        EvaluationContext context = new EvaluationContext(dossier, ReadingClubExplanationTest.AS_OF, i);
        Decision decision = RULES.evaluate(dossier, ReadingClubExplanationTest.AS_OF, i);
        Map<String, Rule> rules = new HashMap<>();
        RULES.levels().forEach(l -> l.stream().forEach(r -> rules.put(r.id(), r)));
        for (LevelResult level : decision.levels()) {
            level.finding().stream().forEach(f -> assertEquals(rules.get(f.id()).test(context), f.outcome(), f.id()));
        }
    }

    @Property(tries = 300)
    void evaluationIsAFunctionOfItsInputs(@ForAll("dossiers") Dossier dossier) {
        Decision first = RULES.evaluate(dossier, ReadingClubExplanationTest.AS_OF, Interpretations.defaults());
        Decision again = ReadingClub.ruleSet().evaluate(dossier.toBuilder().build(), ReadingClubExplanationTest.AS_OF,
                Interpretations.defaults());
        assertEquals(first, again);
    }

    @Property(tries = 300)
    void droppingTheEvidenceRequirementNeverLowersAnIndicator(@ForAll("dossiers") Dossier dossier) {
        Decision strict = RULES.evaluate(dossier, ReadingClubExplanationTest.AS_OF, Interpretations.defaults());
        Decision lenient = RULES.evaluate(dossier, ReadingClubExplanationTest.AS_OF,
                Interpretations.defaults().withEvidenceRequired(false));
        List<Finding> before = strict.indicators();
        List<Finding> after = lenient.indicators();
        for (int k = 0; k < before.size(); k++) {
            Outcome b = before.get(k).outcome();
            Outcome a = after.get(k).outcome();
            assertTrue(b == a || b == Outcome.NOT_MET && a == Outcome.MET, before.get(k).id() + ": " + b + " then " + a);
        }
    }
}
