package io.github.xhht.awards.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectiveTitleTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    static final Evidence PROOF = Evidence.of("20/BC", "Trường THPT Lê Lợi", LocalDate.of(2024, 12, 12), "Báo cáo thành tích");

    /** A unit of 100 members that meets both collective standards. */
    static Dossier.Builder unit() {
        return Dossier.builder("titles", Subject.builder(SubjectKind.UNIT, "u1", "Trường THPT Lê Lợi").build(),
                        AssessmentPeriod.calendarYear(2024))
                .fact(TitleFacts.TASKS_COMPLETED_EXCELLENTLY, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.TASKS_COMPLETED_WELL, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.REGULAR_EMULATION, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.MEMBERS_COMPLETING_TASKS, new FactValue.Share(100, 100), PROOF)
                .fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(70, 100), PROOF)
                .fact(TitleFacts.MEMBERS_GRASSROOTS_FIGHTERS, new FactValue.Count(1), PROOF)
                .fact(TitleFacts.NO_MEMBER_DISCIPLINED, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.INTERNAL_SOLIDARITY, FactValue.Flag.TRUE, PROOF)
                .fact(TitleFacts.LAW_COMPLIANCE, FactValue.Flag.TRUE, PROOF);
    }

    static Decision evaluate(Dossier dossier) {
        return TitleStandards.scheme().evaluate(dossier, AS_OF);
    }

    static Finding find(Decision decision, String id) {
        return decision.find(id).orElseThrow(() -> new AssertionError("no finding " + id));
    }

    @Test
    void excellentCollectiveAtEveryBoundary() {
        Decision decision = evaluate(unit().build());
        assertTrue(decision.met(Level.LEVEL_2));
        assertEquals(Optional.of(EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE), TitleStandards.titleMet(decision));
    }

    @Test
    void oneMemberShortOfCompletingTasksFails() {
        Decision decision = evaluate(unit().fact(TitleFacts.MEMBERS_COMPLETING_TASKS, new FactValue.Share(99, 100), PROOF).build());
        assertFalse(decision.met(Level.LEVEL_2));
        Finding f = find(decision, "titles.excellentCollective.c.completing");
        assertEquals(ReasonCode.BELOW_THRESHOLD, f.reason().code());
        assertEquals("share 99/100 is below the required 100%", f.reason().message(Lang.EN));
        assertEquals("điểm c khoản 1 Điều 27 Luật 06/2022/QH15", f.citation().orElseThrow().render(Lang.VI));
    }

    @Test
    void advancedWorkerShareJustBelowSeventyPercentFails() {
        Decision decision = evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(69, 100), PROOF).build());
        assertFalse(decision.met(Level.LEVEL_2));
        assertEquals("share 69/100 is below the required 70%",
                find(decision, "titles.excellentCollective.c.advancedWorkers").reason().message(Lang.EN));
        // 7 of 10 is exactly 70 %; 699 of 1000 is just below.
        assertTrue(evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(7, 10), PROOF).build())
                .met(Level.LEVEL_2));
        assertFalse(evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(699, 1000), PROOF).build())
                .met(Level.LEVEL_2));
    }

    @Test
    void noGrassrootsFighterAmongMembersFails() {
        Decision decision = evaluate(unit().fact(TitleFacts.MEMBERS_GRASSROOTS_FIGHTERS, new FactValue.Count(0), PROOF).build());
        assertFalse(decision.met(Level.LEVEL_2));
        Finding f = find(decision, "titles.excellentCollective.d");
        assertEquals(ReasonCode.COUNT_BELOW_MINIMUM, f.reason().code());
        assertEquals("count 0 is below the minimum 1", f.reason().message(Lang.EN));
    }

    @Test
    void lawComplianceIsPartOfPointDd() {
        Decision decision = evaluate(unit().fact(TitleFacts.LAW_COMPLIANCE, FactValue.Flag.FALSE, PROOF).build());
        assertFalse(decision.met(Level.LEVEL_2));
        assertEquals(Outcome.NOT_MET, find(decision, "titles.excellentCollective.dd").outcome());
        assertEquals("điểm đ khoản 1 Điều 27 Luật 06/2022/QH15",
                find(decision, "titles.excellentCollective.dd").citation().orElseThrow().render(Lang.VI));
    }

    @Test
    void advancedCollectiveNeedsMoreThanHalfUnderTheOldLaw() {
        Decision half = evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(50, 100), PROOF).build());
        assertFalse(half.met(Level.LEVEL_1));
        Finding f = find(half, "titles.advancedCollective.advancedWorkers");
        assertEquals(ReasonCode.EXPLAINED, f.reason().code());
        assertEquals("share 50/100 is not more than 50%", f.reason().message(Lang.EN));
        assertEquals("tỷ lệ 50/100 không đạt mức trên 50%", f.reason().message(Lang.VI));

        assertTrue(evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(51, 100), PROOF).build())
                .met(Level.LEVEL_1));
    }

    @Test
    void advancedCollectiveIsFlaggedAsOldLawWording() {
        Decision decision = evaluate(unit().build());
        Finding level = decision.level(Level.LEVEL_1).orElseThrow();
        assertTrue(level.label().vi().contains("luật cũ"));
        assertTrue(level.indicators().stream().allMatch(f -> f.label().en().contains("old-law wording")));
        assertTrue(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE.oldLawWording());
    }

    @Test
    void aDisciplinedMemberBarsTheAdvancedCollectiveTitle() {
        Decision decision = evaluate(unit().fact(TitleFacts.NO_MEMBER_DISCIPLINED, FactValue.Flag.FALSE, PROOF).build());
        assertFalse(decision.met(Level.LEVEL_1));
        assertEquals(ReasonCode.REPORTED_NOT_DONE, find(decision, "titles.advancedCollective.noDiscipline").reason().code());
        // The 2022 text of Art. 27 has no such condition: the excellent title stays met.
        assertTrue(decision.met(Level.LEVEL_2));
    }

    @Test
    void overrideT2WithSeventyPercentAsDetailedByAProvince() {
        TitleOptions bacNinh = TitleOptions.defaults().withAdvancedCollective(TitleOptions.ShareThreshold.atLeast(70));
        Dossier at70 = unit().build();
        Dossier at69 = unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(69, 100), PROOF).build();
        assertTrue(TitleStandards.scheme(bacNinh).evaluate(at70, AS_OF).met(Level.LEVEL_1));
        Decision below = TitleStandards.scheme(bacNinh).evaluate(at69, AS_OF);
        assertFalse(below.met(Level.LEVEL_1));
        assertEquals("share 69/100 is not at least 70%",
                find(below, "titles.advancedCollective.advancedWorkers").reason().message(Lang.EN));
        // The default (more than 50 %) accepts 69 %.
        assertTrue(evaluate(at69).met(Level.LEVEL_1));
    }

    @Test
    void shareWithoutEvidenceFailsForLackOfEvidence() {
        Decision decision = evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(80, 100)).build());
        assertEquals(ReasonCode.NO_EVIDENCE, find(decision, "titles.advancedCollective.advancedWorkers").reason().code());
        assertEquals(ReasonCode.NO_EVIDENCE, find(decision, "titles.excellentCollective.c.advancedWorkers").reason().code());
    }

    @Test
    void emptyUnitNeverPassesAShare() {
        Decision decision = evaluate(unit().fact(TitleFacts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(0, 0), PROOF).build());
        assertEquals(Outcome.NOT_MET, find(decision, "titles.advancedCollective.advancedWorkers").outcome());
    }

    @Test
    void shareThresholdRejectsPercentOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> TitleOptions.ShareThreshold.atLeast(101));
    }
}
