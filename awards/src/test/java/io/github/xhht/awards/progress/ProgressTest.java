package io.github.xhht.awards.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.Fixtures;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Progress against Bình Dương's 2025 list (letter 09/CV-HKH) and the national decisions. */
class ProgressTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static Member member(SubjectKind kind, String id, String parent, History history) {
        Subject.Builder b = Subject.builder(kind, id, id);
        if (parent != null) {
            b.parentId(parent);
        }
        return new Member(b.build(), history);
    }

    private static List<Member> families(int total, int learning, int year) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            out.add(member(SubjectKind.HOUSEHOLD, "gd" + i, null, i < learning ? Fixtures.titled("LEARNING_FAMILY", year) : History.empty()));
        }
        return out;
    }

    private static TargetProgress one(String id, List<Member> members, Map<String, FactValue.Share> reported) {
        return Progress.measure(Targets.BINH_DUONG_2025, members, reported, AS_OF, 2024, Interpretations.defaults()).stream()
                .filter(p -> p.target().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void seventyPercentOfFamiliesAtTheBoundaryAndOneBelow() {
        TargetProgress met = one("binh-duong.2025.learning-families", families(10, 7, 2024), Map.of());
        assertEquals(Outcome.MET, met.outcome());
        assertEquals(Optional.of(new FactValue.Share(7, 10)), met.achieved());
        assertEquals(0, met.gap());
        TargetProgress below = one("binh-duong.2025.learning-families", families(10, 6, 2024), Map.of());
        assertEquals(Outcome.NOT_MET, below.outcome());
        assertEquals(1, below.gap());
        assertEquals(Optional.of(new BigDecimal("60.00")), below.percentReached());
        // 70 % of 3 families is 2.1: two are not enough, all three are needed
        TargetProgress three = one("binh-duong.2025.learning-families", families(3, 2, 2024), Map.of());
        assertEquals(Outcome.NOT_MET, three.outcome());
        assertEquals(1, three.gap());
        assertEquals(Optional.of(new BigDecimal("66.66")), three.percentReached());
    }

    @Test
    void onlyTitlesOfTheYearNamedCount() {
        assertEquals(Outcome.NOT_MET, one("binh-duong.2025.learning-families", families(10, 10, 2023), Map.of()).outcome());
    }

    @Test
    void unitsCountWhileTheirRecognitionIsValid() {
        List<Member> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate decided = i < 8 ? LocalDate.of(2024, 3, 1) : LocalDate.of(2021, 3, 1);  // the last two expired on 31/12/2024
            units.add(member(SubjectKind.UNIT, "dv" + i, null, Fixtures.recognised("tt24", decided)));
        }
        TargetProgress p = one("binh-duong.2025.learning-units", units, Map.of());
        assertEquals(Optional.of(new FactValue.Share(8, 10)), p.achieved());
        assertEquals(Outcome.MET, p.outcome());
        units.set(0, member(SubjectKind.UNIT, "dv0", null, History.empty()));
        TargetProgress below = one("binh-duong.2025.learning-units", units, Map.of());
        assertEquals(Outcome.NOT_MET, below.outcome());
        assertEquals(1, below.gap());
    }

    @Test
    void workersAreCountedInLearningFamiliesAndOfficialsInLearningUnits() {
        List<Member> members = new ArrayList<>(families(2, 1, 2024));  // gd0 learning, gd1 not
        members.add(member(SubjectKind.UNIT, "school", null, Fixtures.recognised("tt24", LocalDate.of(2024, 4, 1))));
        members.add(member(SubjectKind.INDIVIDUAL, "w1", "gd0", Fixtures.titled("LEARNING_CITIZEN", 2024)));
        members.add(member(SubjectKind.INDIVIDUAL, "w2", "gd0", History.empty()));
        members.add(member(SubjectKind.INDIVIDUAL, "w3", "gd1", Fixtures.titled("LEARNING_CITIZEN", 2024)));  // not in a learning family
        members.add(member(SubjectKind.INDIVIDUAL, "o1", "school", Fixtures.titled("LEARNING_CITIZEN", 2024)));
        TargetProgress workers = one("binh-duong.2025.workers", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 2)), workers.achieved());
        assertEquals(Outcome.MET, workers.outcome());
        TargetProgress officials = one("binh-duong.2025.officials", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 1)), officials.achieved());
        TargetProgress units = one("binh-duong.2025.learning-units", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 1)), units.achieved());
    }

    @Test
    void aReportedTargetIsUnknownUntilReportedAndAnEmptyWholeIsUnknown() {
        TargetProgress absent = one("binh-duong.2025.clc-it", List.of(), Map.of());
        assertEquals(Outcome.UNKNOWN, absent.outcome());
        assertEquals(Optional.empty(), absent.achieved());
        TargetProgress given = one("binh-duong.2025.clc-it", List.of(), Map.of("communityLearningCentresUsingIt", new FactValue.Share(7, 10)));
        assertEquals(Outcome.MET, given.outcome());
        assertEquals(Outcome.UNKNOWN, one("binh-duong.2025.learning-districts", List.of(), Map.of()).outcome());
    }

    @Test
    void theTargetListsHoldTheFiguresRead() {
        assertEquals(8, Targets.BINH_DUONG_2025.size());
        assertEquals(List.of(70, 65, 80, 40, 60, 70, 90, 25), Targets.BINH_DUONG_2025.stream().map(Target::percent).toList());
        assertTrue(Targets.DECISION_387_2025.stream().allMatch(t -> t.year() == 2025));
        assertEquals(40, Targets.DECISION_1373.stream().filter(t -> t.id().equals("qd1373.2025.learning-citizens")).findFirst()
                .orElseThrow().percent());
        assertEquals(60, Targets.DECISION_677.stream().filter(t -> t.id().equals("qd677.2030.adults")).findFirst().orElseThrow().percent());
        List<String> ids = new ArrayList<>();
        for (List<Target> list : List.of(Targets.BINH_DUONG_2025, Targets.DECISION_387_2025, Targets.DECISION_1373, Targets.DECISION_677)) {
            list.forEach(t -> ids.add(t.id()));
        }
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Property
    void theGapIsTheLeastNumberThatReachesTheTarget(@ForAll @LongRange(min = 1, max = 1_000_000) long of,
                                                    @ForAll @LongRange(min = 0, max = 1_000_000) long rawCount,
                                                    @ForAll @IntRange(min = 0, max = 100) int percent) {
        long count = rawCount % (of + 1);
        Target t = new Target("t", Targets.BINH_DUONG_2025.get(0).label(), percent, 2025, Targets.BINH_DUONG_2025.get(0).citation(),
                Optional.empty(), Optional.of("x"));
        TargetProgress p = TargetProgress.of(t, Optional.of(new FactValue.Share(count, of)));
        long reached = count + p.gap();
        assertTrue(reached * 100 >= of * percent);
        assertTrue(p.gap() == 0 || (reached - 1) * 100 < of * percent);
        assertEquals(p.gap() == 0, p.outcome() == Outcome.MET);
    }
}
