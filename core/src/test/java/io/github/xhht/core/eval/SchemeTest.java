package io.github.xhht.core.eval;

import static io.github.xhht.core.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.testing.TestDossiers;
import io.github.xhht.core.testing.TestRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scheme picks the rule set in force for the subject on the as-of date, and says so when there is none. */
class SchemeTest {
    static final LocalDate FROM = RuleSetTest.FROM;
    static final Interpretations DEFAULTS = Interpretations.defaults();

    static Scheme scheme(RuleSet... ruleSets) {
        return new Scheme("t", Text.of("Thử", "Test"), List.of(ruleSets));
    }

    static RuleSet ruleSet(String id, LocalDate from, Optional<LocalDate> to, Applicability covers) {
        return new RuleSet(id, "t", Text.of(id, id), TestRules.DOCUMENT, from, to, covers,
                RuleSetTest.twoLevels().levels(), List.of());
    }

    static final Dossier DOSSIER = RuleSetTest.dossier(70, 100);

    @Test
    void theDayBeforeTheLawIsInForceGetsAnAnswerNotAnException() {
        Scheme s = scheme(RuleSetTest.twoLevels());
        Decision before = s.evaluate(DOSSIER, FROM.minusDays(1));
        assertEquals(Status.NO_RULE_SET_IN_FORCE, before.status());
        assertEquals(Optional.empty(), before.ruleSetId());
        assertEquals(Optional.empty(), before.highestLevel());
        assertEquals(List.of(), before.levels());
        assertEquals(Optional.of(FROM), before.inForceFrom());
        assertEquals(DOSSIER.subject(), before.subject());
        assertEquals(new Verdict(Status.NO_RULE_SET_IN_FORCE, Optional.empty(), List.of()),
                s.verdict(DOSSIER, FROM.minusDays(1), DEFAULTS));
    }

    @Test
    void theDayTheLawComesIntoForceIsEvaluated() {
        Decision on = scheme(RuleSetTest.twoLevels()).evaluate(DOSSIER, FROM);
        assertEquals(Status.EVALUATED, on.status());
        assertEquals(Optional.of(Level.LEVEL_2), on.highestLevel());
    }

    @Test
    void successiveRuleSetsAreChosenByDate() {
        LocalDate lastOld = FROM.minusDays(1);
        Scheme s = scheme(ruleSet("t.old", LocalDate.of(2020, 1, 1), Optional.of(lastOld), RuleSetTest.COMMUNES),
                ruleSet("t.new", FROM, Optional.empty(), RuleSetTest.COMMUNES));
        assertEquals(Optional.of("t.old"), s.evaluate(DOSSIER, lastOld).ruleSetId());
        assertEquals(Optional.of("t.new"), s.evaluate(DOSSIER, FROM).ruleSetId());
        Decision before = s.evaluate(DOSSIER, LocalDate.of(2019, 12, 31));
        assertEquals(Status.NO_RULE_SET_IN_FORCE, before.status());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 1)), before.inForceFrom(), "the earliest rule set's first day");
    }

    @Test
    void afterTheLastRuleSetEndsNothingIsInForce() {
        LocalDate to = LocalDate.of(2025, 6, 30);
        Scheme s = scheme(ruleSet("t.only", FROM, Optional.of(to), RuleSetTest.COMMUNES));
        assertEquals(Status.EVALUATED, s.evaluate(DOSSIER, to).status());
        assertEquals(Status.NO_RULE_SET_IN_FORCE, s.evaluate(DOSSIER, to.plusDays(1)).status());
    }

    @Test
    void theRuleSetIsChosenBySubject() {
        Applicability districts = Applicability.when(Text.of("huyện", "districts"), x -> x.kind() == SubjectKind.DISTRICT);
        Scheme s = scheme(ruleSet("t.district", FROM, Optional.empty(), districts),
                ruleSet("t.commune", FROM, Optional.empty(), RuleSetTest.COMMUNES));
        assertEquals(Optional.of("t.commune"), s.evaluate(DOSSIER, FROM).ruleSetId());
        assertEquals(Optional.of("t.district"), s.select(Subject.builder(SubjectKind.DISTRICT, "d", "Huyện").build(), FROM)
                .map(RuleSet::id));
    }

    @Test
    void aSubjectNoRuleSetCoversIsAnInputError() {
        Subject province = Subject.builder(SubjectKind.PROVINCE, "VN-01", "Hà Nội").build();
        Dossier d = Dossier.builder("t", province, TestDossiers.PERIOD).build();
        Problem expected = Problem.at("/subject/kind", ProblemCode.SUBJECT_NOT_COVERED, "province", "t", Text.of("xã", "communes"));
        assertProblem(expected, () -> scheme(RuleSetTest.twoLevels()).evaluate(d, FROM));
        assertProblem(expected, () -> scheme(RuleSetTest.twoLevels()).verdict(d, FROM, DEFAULTS));
        assertProblem(expected, () -> scheme(RuleSetTest.twoLevels()).evaluate(d, FROM.minusDays(1)));
        assertEquals("/subject/kind: đối tượng loại \"province\" không thuộc phạm vi của t (phạm vi: xã)",
                expected.message(io.github.xhht.core.i18n.Lang.VI));
    }

    @Test
    void aDossierOfAnotherSchemeIsAnInputError() {
        Dossier other = DOSSIER.toBuilder().build();
        Dossier tt24 = Dossier.builder("tt24", other.subject(), other.period()).build();
        assertProblem(Problem.at("/scheme", ProblemCode.UNKNOWN_SCHEME, "tt24", "t"),
                () -> scheme(RuleSetTest.twoLevels()).evaluate(tt24, FROM));
    }

    @Test
    void theRegistryDispatchesOnTheDossiersScheme() {
        Scheme t = scheme(RuleSetTest.twoLevels());
        Scheme u = new Scheme("u", Text.of("U", "U"), List.of());
        Schemes schemes = Schemes.of(u, t);
        assertEquals(List.of(t, u), List.copyOf(schemes.all()));
        assertEquals(Optional.of(Level.LEVEL_2), schemes.evaluate(DOSSIER, FROM, DEFAULTS).highestLevel());
        assertEquals(Optional.of(Level.LEVEL_2), schemes.verdict(DOSSIER, FROM, DEFAULTS).highestLevel());
        assertEquals(List.of(RuleSetTest.twoLevels().id()), schemes.ruleSets().stream().map(RuleSet::id).toList());
        Dossier unknown = Dossier.builder("tt99", DOSSIER.subject(), DOSSIER.period()).build();
        assertProblem(Problem.at("/scheme", ProblemCode.UNKNOWN_SCHEME, "tt99", "t, u"),
                () -> schemes.evaluate(unknown, FROM, DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> Schemes.of(t, t));
    }
}
