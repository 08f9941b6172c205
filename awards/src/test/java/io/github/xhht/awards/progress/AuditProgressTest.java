package io.github.xhht.awards.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.Fixtures;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The auditor's cases on targets (docs/audit-awards.md), each from the words of the letter or decision. */
class AuditProgressTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static Member member(SubjectKind kind, String id, String parent, AdminLevel tier, History history) {
        Subject.Builder b = Subject.builder(kind, id, id);
        if (parent != null) {
            b.parentId(parent);
        }
        if (tier != null) {
            b.tier(tier);
        }
        return new Member(b.build(), history);
    }

    private static TargetProgress one(List<Target> list, String id, List<Member> members, Map<String, FactValue.Share> reported) {
        return Progress.measure(list, members, reported, AS_OF, 2024, Interpretations.defaults()).stream()
                .filter(p -> p.target().id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Seed 001, letter 09/CV-HKH: "40% người lao động trong Gia đình học tập, Cộng đồng học tập ... đạt danh hiệu
     * Công dân học tập" names families and communities, not clans; Decision 387 (awards.md §5.2) names all three.
     */
    @Test
    void seed001LetterWorkersAreCountedInLearningFamiliesAndCommunitiesNotClans() {
        List<Member> members = new ArrayList<>();
        members.add(member(SubjectKind.CLAN, "ho", null, null, Fixtures.titled("LEARNING_CLAN", 2024)));
        members.add(member(SubjectKind.VILLAGE, "ap", null, null, Fixtures.titled("LEARNING_COMMUNITY_VILLAGE", 2024)));
        members.add(member(SubjectKind.INDIVIDUAL, "c1", "ho", null, Fixtures.titled("LEARNING_CITIZEN", 2024)));
        members.add(member(SubjectKind.INDIVIDUAL, "v1", "ap", null, Fixtures.titled("LEARNING_CITIZEN", 2024)));
        members.add(member(SubjectKind.INDIVIDUAL, "v2", "ap", null, History.empty()));
        members.add(member(SubjectKind.INDIVIDUAL, "v3", "ap", null, History.empty()));
        TargetProgress bd = one(Targets.BINH_DUONG_2025, "binh-duong.2025.workers", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 3)), bd.achieved());
        assertEquals(Outcome.NOT_MET, bd.outcome());
        assertEquals(1, bd.gap());  // 40 % of 3 is 1.2: two of the three
        TargetProgress qd387 = one(Targets.DECISION_387_2025, "qd387.2025.workers", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(2, 4)), qd387.achieved());
        assertEquals(Outcome.MET, qd387.outcome());
    }

    /**
     * Seed 001, letter 09/CV-HKH: "90% các xã, phường được xếp loại tốt về Cộng đồng học tập cấp xã". "Xếp loại tốt"
     * is a rating, not a TT 25 recognition level, so the share is reported by the caller, never counted from
     * recognitions.
     */
    @Test
    void seed001LetterCommunesRatedGoodAreReportedNotCountedFromRecognitions() {
        Target t = Targets.BINH_DUONG_2025.stream().filter(x -> x.id().equals("binh-duong.2025.communes-rated-good")).findFirst()
                .orElseThrow();
        assertEquals(90, t.percent());
        assertEquals(Optional.empty(), t.counting());
        List<Member> recognised = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            recognised.add(member(SubjectKind.COMMUNE, "xa" + i, null, null, Fixtures.recognised("tt25", LocalDate.of(2024, 3, 1))));
        }
        assertEquals(Outcome.UNKNOWN, one(Targets.BINH_DUONG_2025, t.id(), recognised, Map.of()).outcome());
        assertEquals(Outcome.MET, one(Targets.BINH_DUONG_2025, t.id(), List.of(),
                Map.of("communesRatedGoodLearningCommunity", new FactValue.Share(9, 10))).outcome());
        TargetProgress below = one(Targets.BINH_DUONG_2025, t.id(), List.of(),
                Map.of("communesRatedGoodLearningCommunity", new FactValue.Share(89, 99)));
        assertEquals(Outcome.NOT_MET, below.outcome());  // 89/99 = 89.9 %
        assertEquals(1, below.gap());
    }

    /** awards.md §5.3: Decision 677 sets 100 % of association officials and members trained on the criteria by 2025. */
    @Test
    void decision677AssociationTrainingTargetOfOneHundredPercent() {
        String id = "qd677.2025.association-trained";
        Target t = Targets.DECISION_677.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertEquals(List.of(100, 2025), List.of(t.percent(), t.year()));
        assertEquals(Optional.of("associationMembersTrainedOnCriteria"), t.reportedAs());
        assertEquals(Outcome.MET, one(Targets.DECISION_677, id, List.of(),
                Map.of("associationMembersTrainedOnCriteria", new FactValue.Share(250, 250))).outcome());
        TargetProgress one = one(Targets.DECISION_677, id, List.of(),
                Map.of("associationMembersTrainedOnCriteria", new FactValue.Share(249, 250)));
        assertEquals(Outcome.NOT_MET, one.outcome());
        assertEquals(1, one.gap());
    }

    /**
     * awards.md §5.2: Decision 387 counts "commune-level organisations, agencies, schools, enterprises" recognised
     * "Đơn vị học tập", and officials "in commune-level ĐVHT": a district unit is outside both wholes.
     */
    @Test
    void decision387CountsCommuneLevelUnitsOnly() {
        List<Member> members = new ArrayList<>();
        members.add(member(SubjectKind.UNIT, "xa-school", null, AdminLevel.COMMUNE, Fixtures.titled("LEARNING_UNIT_COMMUNE", 2024)));
        members.add(member(SubjectKind.UNIT, "xa-coop", null, AdminLevel.COMMUNE, History.empty()));
        members.add(member(SubjectKind.UNIT, "district-office", null, AdminLevel.DISTRICT,
                Fixtures.recognised("tt24", LocalDate.of(2024, 4, 1))));
        members.add(member(SubjectKind.INDIVIDUAL, "t1", "xa-school", null, Fixtures.titled("LEARNING_CITIZEN", 2024)));
        members.add(member(SubjectKind.INDIVIDUAL, "t2", "xa-school", null, History.empty()));
        members.add(member(SubjectKind.INDIVIDUAL, "o1", "district-office", null, Fixtures.titled("LEARNING_CITIZEN", 2024)));
        TargetProgress units = one(Targets.DECISION_387_2025, "qd387.2025.learning-units", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 2)), units.achieved());
        TargetProgress officials = one(Targets.DECISION_387_2025, "qd387.2025.officials", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(1, 2)), officials.achieved());
        assertEquals(Outcome.NOT_MET, officials.outcome());  // 50 % < 60 %
        // Decision 677 names learning units at every level: the district office's official counts there
        TargetProgress all = one(Targets.DECISION_677, "qd677.2025.officials", members, Map.of());
        assertEquals(Optional.of(new FactValue.Share(2, 3)), all.achieved());
        assertTrue(all.outcome() == Outcome.MET);  // 66.7 % ≥ 60 %
    }
}
