package io.github.xhht.awards.progress;

import static io.github.xhht.awards.progress.ProgressTest.member;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.awards.Fixtures;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Targets whose whole is empty, and people counted only when their family, clan or village is a learning one. */
class TargetEdgesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static TargetProgress one(List<Target> list, String id, List<Member> members, Map<String, FactValue.Share> reported) {
        return Progress.measure(list, members, reported, AS_OF, 2024, Interpretations.defaults()).stream()
                .filter(p -> p.target().id().equals(id)).findFirst().orElseThrow();
    }

    /** No family at all: nothing to divide by, so the target is UNKNOWN with no percentage and no gap. */
    @Test
    void anEmptyWholeGivesNoPercentage() {
        TargetProgress p = one(Targets.BINH_DUONG_2025, "binh-duong.2025.learning-families", List.of(), Map.of());
        assertEquals(Optional.of(new FactValue.Share(0, 0)), p.achieved());
        assertEquals(Outcome.UNKNOWN, p.outcome());
        assertEquals(Optional.empty(), p.percentReached());
        assertEquals(0, p.gap());
    }

    /** A reported share of 0 of 1 is a real 0 %, not an empty whole. */
    @Test
    void aReportedZeroOfOneIsZeroPercent() {
        Target reported = Targets.BINH_DUONG_2025.stream().filter(t -> t.reportedAs().isPresent()).findFirst().orElseThrow();
        TargetProgress p = one(Targets.BINH_DUONG_2025, reported.id(), List.of(),
                Map.of(reported.reportedAs().get(), new FactValue.Share(0, 1)));
        assertEquals(Outcome.NOT_MET, p.outcome());
        assertEquals(Optional.of(new BigDecimal("0.00")), p.percentReached());
        assertEquals(1, p.gap());
    }

    /**
     * Decision 387's workers target ("40 % người lao động trong gia đình, dòng họ, cộng đồng học tập"): people of a
     * family that is not a learning family are outside the whole; a learning clan's people are inside.
     */
    @Test
    void decision387WorkersCountOnlyPeopleOfLearningFamiliesClansAndVillages() {
        History citizen = Fixtures.titled("LEARNING_CITIZEN", 2024);
        List<Member> members = List.of(
                member(SubjectKind.HOUSEHOLD, "gd-learning", null, Fixtures.titled("LEARNING_FAMILY", 2024)),
                member(SubjectKind.HOUSEHOLD, "gd-other", null, History.empty()),
                member(SubjectKind.CLAN, "dh-learning", null, Fixtures.titled("LEARNING_CLAN", 2024)),
                member(SubjectKind.INDIVIDUAL, "p1", "gd-learning", citizen),
                member(SubjectKind.INDIVIDUAL, "p2", "gd-learning", History.empty()),
                member(SubjectKind.INDIVIDUAL, "p3", "gd-other", citizen),
                member(SubjectKind.INDIVIDUAL, "p4", "dh-learning", History.empty()),
                member(SubjectKind.INDIVIDUAL, "p5", "dh-learning", History.empty()));
        TargetProgress p = one(Targets.DECISION_387_2025, "qd387.2025.workers", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 4)), p.achieved());
        assertEquals(Outcome.NOT_MET, p.outcome());
        // 40 % of 4 is 1.6: two are needed, one more than held
        assertEquals(1, p.gap());
        assertEquals(Optional.of(new BigDecimal("25.00")), p.percentReached());
    }

    @Test
    void countingsNameTheirWhole() {
        assertEquals("gia đình", Counting.LEARNING_FAMILIES.whole().vi());
        assertEquals("people of learning units", Counting.LEARNING_CITIZENS_IN_LEARNING_UNITS.whole().en());
    }

    /** A target is either counted from subjects or reported by the caller, with a share from 0 to 100 %. */
    @Test
    void aTargetIsCountedOrReported() {
        io.github.xhht.core.law.Citation c = Targets.BINH_DUONG_2025.get(0).citation();
        Target counted = Target.counted("t1", io.github.xhht.core.i18n.Text.of("T", "T"), 100, 2030, c, Counting.LEARNING_CLANS);
        assertEquals(Optional.of(Counting.LEARNING_CLANS), counted.counting());
        assertEquals(Optional.empty(), counted.reportedAs());
        assertEquals(100, counted.percent());
        Target reported = Target.reported("t2", io.github.xhht.core.i18n.Text.of("T", "T"), 0, 2025, c, "clcIt");
        assertEquals(Optional.of("clcIt"), reported.reportedAs());
        assertEquals(Optional.empty(), reported.counting());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Target.counted("t3", io.github.xhht.core.i18n.Text.of("T", "T"), 101, 2030, c, Counting.LEARNING_CLANS));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Target.reported("t4", io.github.xhht.core.i18n.Text.of("T", "T"), -1, 2030, c, "x"));
    }
}
