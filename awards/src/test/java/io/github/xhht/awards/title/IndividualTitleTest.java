package io.github.xhht.awards.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.TitleRecord;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndividualTitleTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    static final Evidence PROOF = Evidence.of("05/BC", "Trường THCS Minh Khai", LocalDate.of(2024, 12, 10), "Biên bản bình xét");

    static Subject person(WorkerGroup group) {
        return Subject.builder(SubjectKind.INDIVIDUAL, "p1", "Nguyễn Văn A").unitKind(group.code()).build();
    }

    static Dossier.Builder employee(DutyRating rating) {
        return Dossier.builder("titles", person(WorkerGroup.EMPLOYEE), AssessmentPeriod.calendarYear(2024))
                .fact(TitleFacts.DUTY_RATING, new FactValue.Title(rating.name()), PROOF)
                .fact(TitleFacts.SELF_RELIANCE_AND_EMULATION, FactValue.Flag.TRUE, PROOF);
    }

    static Decision evaluate(Dossier dossier) {
        return TitleStandards.scheme().evaluate(dossier, AS_OF);
    }

    static Decision evaluate(Dossier dossier, TitleOptions options) {
        return TitleStandards.scheme(options).evaluate(dossier, AS_OF);
    }

    static Finding find(Decision decision, String id) {
        return decision.find(id).orElseThrow(() -> new AssertionError("no finding " + id));
    }

    @Test
    void advancedWorkerNeedsAtLeastGoodCompletion() {
        Decision good = evaluate(employee(DutyRating.COMPLETED_WELL).build());
        assertTrue(good.met(Level.LEVEL_1));
        assertEquals(Optional.of(EmulationTitle.ADVANCED_WORKER), TitleStandards.titleMet(good));

        Decision plain = evaluate(employee(DutyRating.COMPLETED).build());
        assertFalse(plain.met(Level.LEVEL_1));
        Finding rating = find(plain, "titles.advancedWorker.employee.dutyRating");
        assertEquals(ReasonCode.TITLE_BELOW_MINIMUM, rating.reason().code());
        assertEquals("title \"Completed duties\" is below the lowest accepted title \"Completed duties well\"",
                rating.reason().message(Lang.EN));
        assertEquals("điểm a khoản 1 Điều 24 Luật 06/2022/QH15", rating.citation().orElseThrow().render(Lang.VI));
        assertEquals(Optional.empty(), TitleStandards.titleMet(plain));
    }

    @Test
    void advancedWorkerWithoutSolidarityFlagIsNotMet() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED_EXCELLENTLY)
                .fact(TitleFacts.SELF_RELIANCE_AND_EMULATION, FactValue.Flag.FALSE, PROOF).build());
        Finding flag = find(decision, "titles.advancedWorker.employee.selfReliance");
        assertEquals(Outcome.NOT_MET, flag.outcome());
        assertEquals(ReasonCode.REPORTED_NOT_DONE, flag.reason().code());
    }

    @Test
    void ratingWithoutEvidenceIsNotMetForLackOfEvidence() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED_WELL)
                .fact(TitleFacts.DUTY_RATING, new FactValue.Title("COMPLETED_WELL")).build());
        Finding rating = find(decision, "titles.advancedWorker.employee.dutyRating");
        assertEquals(Outcome.NOT_MET, rating.outcome());
        assertEquals(ReasonCode.NO_EVIDENCE, rating.reason().code());
    }

    @Test
    void missingRatingIsUnknownNotRefused() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED_WELL).without("dutyRating").build());
        assertEquals(Outcome.UNKNOWN, decision.level(Level.LEVEL_1).orElseThrow().outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, find(decision, "titles.advancedWorker.employee.dutyRating").reason().code());
    }

    @Test
    void labourersAreJudgedOnClause3AndNotOnTheRating() {
        Dossier farmer = Dossier.builder("titles", person(WorkerGroup.LABOURER), AssessmentPeriod.calendarYear(2024))
                .fact(TitleFacts.EFFECTIVE_LABOUR, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.EXEMPLARY_CONDUCT, FactValue.Flag.TRUE, PROOF).build();
        Decision decision = evaluate(farmer);
        assertTrue(decision.met(Level.LEVEL_1));
        assertEquals(Outcome.NOT_APPLICABLE, find(decision, "titles.advancedWorker.employee").outcome());
        assertEquals(ReasonCode.NOT_APPLICABLE_TO_SUBJECT,
                find(decision, "titles.advancedWorker.employee.dutyRating").reason().code());

        Decision without = evaluate(farmer.toBuilder().fact(TitleFacts.EXEMPLARY_CONDUCT, FactValue.Flag.FALSE, PROOF).build());
        assertFalse(without.met(Level.LEVEL_1));
    }

    @Test
    void armedForcesGetAdvancedSoldierOnTheSameStandard() {
        Dossier soldier = Dossier.builder("titles", person(WorkerGroup.ARMED_FORCES), AssessmentPeriod.calendarYear(2024))
                .fact(TitleFacts.DUTY_RATING, new FactValue.Title("COMPLETED_WELL"), PROOF)
                .fact(TitleFacts.SELF_RELIANCE_AND_EMULATION, FactValue.Flag.TRUE, PROOF).build();
        assertEquals(Optional.of(EmulationTitle.ADVANCED_SOLDIER), TitleStandards.titleMet(evaluate(soldier)));
    }

    @Test
    void grassrootsFighterByExcellentCompletionUnderThe2022Text() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED_EXCELLENTLY).build());
        assertTrue(decision.met(Level.LEVEL_2));
        assertEquals(Optional.of(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER), TitleStandards.titleMet(decision));
        Finding limb2 = find(decision, "titles.grassrootsFighter.c2");
        assertTrue(limb2.label().vi().contains("T-1 (mặc định)"));
        assertEquals(ReasonCode.ONE_PART_MET, find(decision, "titles.grassrootsFighter.c2.anyOf").reason().code());
    }

    @Test
    void goodCompletionAloneIsNotEnoughForGrassrootsFighter() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED_WELL)
                .fact(TitleFacts.INITIATIVE_RECOGNISED, FactValue.Flag.FALSE, PROOF)
                .fact(TitleFacts.SCIENCE_WORK_ACCEPTED, FactValue.Flag.FALSE, PROOF).build());
        assertTrue(decision.met(Level.LEVEL_1));
        assertFalse(decision.met(Level.LEVEL_2));
        Finding c2 = find(decision, "titles.grassrootsFighter.c2.excellentCompletion");
        assertEquals(ReasonCode.TITLE_BELOW_MINIMUM, c2.reason().code());
        assertEquals(Outcome.NOT_APPLICABLE, find(decision, "titles.grassrootsFighter.c2.combatIngenuity").outcome());
    }

    @Test
    void initiativeWithGoodCompletionMakesAGrassrootsFighter() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED_WELL)
                .fact(TitleFacts.INITIATIVE_RECOGNISED, FactValue.Flag.TRUE, PROOF).build());
        assertTrue(decision.met(Level.LEVEL_2));
    }

    @Test
    void initiativeWithoutTheAdvancedWorkerStandardIsNotEnough() {
        Decision decision = evaluate(employee(DutyRating.COMPLETED)
                .fact(TitleFacts.INITIATIVE_RECOGNISED, FactValue.Flag.TRUE, PROOF).build());
        assertFalse(decision.met(Level.LEVEL_2));
        assertEquals(Outcome.NOT_MET, find(decision, "titles.grassrootsFighter.c1").outcome());
    }

    @Test
    void overrideT1RequiresAnInitiativeEvenWithExcellentCompletion() {
        TitleOptions old = TitleOptions.defaults().withGrassrootsFighter(TitleOptions.GrassrootsFighterReading.INITIATIVE_REQUIRED);
        Dossier dossier = employee(DutyRating.COMPLETED_EXCELLENTLY)
                .fact(TitleFacts.INITIATIVE_RECOGNISED, FactValue.Flag.FALSE, PROOF)
                .fact(TitleFacts.SCIENCE_WORK_ACCEPTED, FactValue.Flag.FALSE, PROOF).build();
        assertTrue(evaluate(dossier).met(Level.LEVEL_2));
        Decision decision = evaluate(dossier, old);
        assertFalse(decision.met(Level.LEVEL_2));
        assertTrue(decision.find("titles.grassrootsFighter.c2.excellentCompletion").isEmpty());
        assertTrue(find(decision, "titles.grassrootsFighter.c2").label().en().contains("T-1 (override)"));
    }

    @Test
    void combatIngenuityCountsOnlyForTheArmedForces() {
        Dossier soldier = Dossier.builder("titles", person(WorkerGroup.ARMED_FORCES), AssessmentPeriod.calendarYear(2024))
                .fact(TitleFacts.DUTY_RATING, new FactValue.Title("COMPLETED_WELL"), PROOF)
                .fact(TitleFacts.SELF_RELIANCE_AND_EMULATION, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.COMBAT_INGENUITY, FactValue.Flag.TRUE, PROOF).build();
        assertTrue(evaluate(soldier).met(Level.LEVEL_2));
        Dossier clerk = employee(DutyRating.COMPLETED_WELL)
                .fact(TitleFacts.COMBAT_INGENUITY, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.INITIATIVE_RECOGNISED, FactValue.Flag.FALSE, PROOF)
                .fact(TitleFacts.SCIENCE_WORK_ACCEPTED, FactValue.Flag.FALSE, PROOF).build();
        assertFalse(evaluate(clerk).met(Level.LEVEL_2));
    }

    @Test
    void individualWithoutAGroupIsNotCovered() {
        Dossier dossier = Dossier.builder("titles", Subject.builder(SubjectKind.INDIVIDUAL, "p2", "Trần B").build(),
                AssessmentPeriod.calendarYear(2024)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(dossier));
        assertEquals(ProblemCode.SUBJECT_NOT_COVERED, e.problems().get(0).code());
    }

    @Test
    void unknownRatingCodeIsAnInputError() {
        Dossier dossier = employee(DutyRating.COMPLETED_WELL)
                .fact(TitleFacts.DUTY_RATING, new FactValue.Title("GOOD"), PROOF).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(dossier));
        assertEquals("/facts/dutyRating/title", e.problems().get(0).pointer());
    }

    @Test
    void beforeTheLawNoRuleSetIsInForce() {
        Decision decision = TitleStandards.scheme().evaluate(employee(DutyRating.COMPLETED_WELL).build(), LocalDate.of(2023, 12, 31));
        assertEquals(io.github.xhht.core.eval.Status.NO_RULE_SET_IN_FORCE, decision.status());
    }

    @Test
    void historyHoldsATitleOrHigherForTheYear() {
        List<TitleRecord> titles = List.of(
                new TitleRecord("GRASSROOTS_EMULATION_FIGHTER", 2024, LocalDate.of(2024, 12, 20), "12/QĐ-UBND"),
                new TitleRecord("SOMETHING_LOCAL", 2023, LocalDate.of(2023, 12, 20), ""));
        assertTrue(TitleStandards.holds(titles, 2024, EmulationTitle.ADVANCED_WORKER));
        assertTrue(TitleStandards.holds(titles, 2024, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER));
        assertFalse(TitleStandards.holds(titles, 2024, EmulationTitle.MINISTERIAL_EMULATION_FIGHTER));
        assertFalse(TitleStandards.holds(titles, 2023, EmulationTitle.ADVANCED_WORKER));
        assertFalse(TitleStandards.holds(titles, 2024, EmulationTitle.ADVANCED_LABOUR_COLLECTIVE));
    }

    @Test
    void ruleLookupCoversTheFourEncodedStandards() {
        TitleOptions o = TitleOptions.defaults();
        assertEquals(GrassrootsFighterStandard.ID, TitleStandards.rule(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, o).orElseThrow().id());
        assertEquals(AdvancedWorkerStandard.ID, TitleStandards.rule(EmulationTitle.ADVANCED_SOLDIER, o).orElseThrow().id());
        assertTrue(TitleStandards.rule(EmulationTitle.GOVERNMENT_EMULATION_FLAG, o).isEmpty());
    }
}
