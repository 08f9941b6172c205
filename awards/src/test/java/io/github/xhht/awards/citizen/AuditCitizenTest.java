package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * awards.md §4.3: the pass rule of "Công dân học tập" is read (≥ 80 of 100, no indicator below 5, per year) but
 * the decision's list of indicators and points is not. A caller-given frame is acceptable only because of that
 * gap, so every result must say the frame is the caller's and from where, met or not.
 */
class AuditCitizenTest {

    @Test
    void everyResultSaysTheScoringFrameIsTheCallersBecauseDecision324WasNotRead() {
        ScoringFrame frame = Frames.tenByTen(CitizenGroup.WORKER);
        CitizenResult met = LearningCitizen.assess(frame, 2024, Frames.scores("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"));
        CitizenResult notMet = LearningCitizen.assess(frame, 2024, Frames.scores("8", "8", "8", "8", "8", "8", "8", "8", "8", "7.9"));
        assertEquals(Outcome.MET, met.outcome());
        assertEquals(Outcome.NOT_MET, notMet.outcome());  // 79.9 < 80
        for (CitizenResult r : new CitizenResult[] {met, notMet}) {
            assertTrue(r.frame().en().contains("given by the caller (source: test frame (not QĐ 324))"), r.frame().en());
            assertTrue(r.frame().en().contains("Decision 324/QĐ-KHVN was not read"), r.frame().en());
            assertTrue(r.frame().vi().contains("do người dùng cung cấp"), r.frame().vi());
        }
        // the frame's text names no invented figure: only the decision's pass rule
        assertEquals(frame.callerGiven(), met.frame());
    }

    @Test
    void theSchemesExplanationSaysItToo() {
        Decision d = LearningCitizenScheme.scheme(java.util.List.of(Frames.tenByTen(CitizenGroup.RESIDENT)))
                .evaluate(LearningCitizenSchemeTest.resident("8", "8", "8", "8", "8", "8", "8", "8", "8", "8").build(),
                        LearningCitizenSchemeTest.AS_OF);
        assertTrue(d.met(Level.LEVEL_1));
        String label = d.level(Level.LEVEL_1).orElseThrow().label().in(Lang.EN);
        assertTrue(label.contains("given by the caller (source: test frame (not QĐ 324))"), label);
    }

    @Test
    void theFrameAddsUpTo100AndScoresNoMoreThanItsPoints() {
        // a frame of 99 points is refused: the decision's total is 100 (awards.md §4.3)
        org.junit.jupiter.api.Assertions.assertThrows(io.github.xhht.core.error.InvalidInputException.class, () ->
                new ScoringFrame(CitizenGroup.LEARNER, "x", java.util.List.of(
                        new ScoredIndicator("a", CompetencyGroup.SELF_STUDY, io.github.xhht.core.i18n.Text.of("A", "A"), new BigDecimal("47")),
                        new ScoredIndicator("b", CompetencyGroup.INTERACTIVE_TOOLS, io.github.xhht.core.i18n.Text.of("B", "B"), new BigDecimal("40")),
                        new ScoredIndicator("c", CompetencyGroup.SOCIAL_RELATIONSHIPS, io.github.xhht.core.i18n.Text.of("C", "C"), new BigDecimal("12")))));
        assertEquals(Outcome.MET, LearningCitizen.assess(Frames.uneven(), 2024,
                Map.of("a", new BigDecimal("40"), "b", new BigDecimal("35"), "c", new BigDecimal("5"))).outcome());  // exactly 80, c exactly 5
        assertEquals(Outcome.NOT_MET, LearningCitizen.assess(Frames.uneven(), 2024,
                Map.of("a", new BigDecimal("40.01"), "b", new BigDecimal("35"), "c", new BigDecimal("4.99"))).outcome());  // 80, but c < 5
    }
}
