package io.github.xhht.core.demo;

import static io.github.xhht.core.demo.ReadingClub.ACCESSIBLE_SHELF;
import static io.github.xhht.core.demo.ReadingClub.LOANS;
import static io.github.xhht.core.demo.ReadingClub.MEETINGS;
import static io.github.xhht.core.demo.ReadingClub.MEMBERS_READING;
import static io.github.xhht.core.demo.ReadingClub.PLAN;
import static io.github.xhht.core.demo.ReadingClub.VOLUNTEERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.NodeKind;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The full explanation tree of one reading club's dossier, node by node: what an auditor would read.
 * The club meets Level 1 (the accessible shelf does not apply to a private club) and misses Level 2
 * for three different reasons: too few meetings, loans up but without evidence, volunteers not reported.
 */
class ReadingClubExplanationTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 2, 20);

    static final Evidence PLAN_DOC = Evidence.of("05/KH-CLB", "Ban chủ nhiệm CLB", LocalDate.of(2024, 1, 10),
            "Kế hoạch hoạt động năm 2024");
    static final Evidence MINUTES = Evidence.of("SSH-2024", "Ban chủ nhiệm CLB", LocalDate.of(2024, 12, 20),
            "Sổ biên bản sinh hoạt năm 2024");
    static final Evidence SURVEY = Evidence.of("03/BC-CLB", "Ban chủ nhiệm CLB", LocalDate.of(2024, 12, 28),
            "Báo cáo kết quả đọc của thành viên");

    static final Subject CLUB = Subject.builder(SubjectKind.UNIT, "clb-hoa-sen", "Câu lạc bộ đọc sách Hoa Sen")
            .jurisdiction("Huế").build();

    static Dossier dossier() {
        return Dossier.builder(ReadingClub.SCHEME, CLUB, AssessmentPeriod.calendarYear(2024))
                .fact(PLAN, FactValue.Flag.TRUE, PLAN_DOC)
                .fact(MEETINGS, new FactValue.Count(12), MINUTES)
                .fact(MEMBERS_READING, new FactValue.Share(35, 50), SURVEY)
                .fact(LOANS, new FactValue.Trend(new BigDecimal("415"), new BigDecimal("420")))
                .build();
    }

    /** A finding reduced to what is compared: citations as the two texts an auditor reads. */
    record Node(String id, NodeKind kind, String citationVi, String citationEn, Outcome outcome, Reason reason,
                Optional<FactValue> observed, Requirement requirement, List<Evidence> evidence,
                List<Interpretation> interpretations, List<Node> children) {

        static Node of(Finding f) {
            return new Node(f.id(), f.kind(), f.citation().map(c -> c.render(Lang.VI)).orElse(""),
                    f.citation().map(c -> c.render(Lang.EN)).orElse(""), f.outcome(), f.reason(), f.observed(),
                    f.requirement(), f.evidence(), f.interpretations(), f.children().stream().map(Node::of).toList());
        }
    }

    static Node level(String id, String vi, String en, Outcome outcome, Reason reason, Node... children) {
        return new Node(id, NodeKind.LEVEL, vi, en, outcome, reason, Optional.empty(),
                Requirement.of(Requirement.Code.ALL_OF), List.of(), List.of(), List.of(children));
    }

    static Node criterion(String id, String vi, String en, Outcome outcome, Reason reason, Node... children) {
        return new Node(id, NodeKind.CRITERION, vi, en, outcome, reason, Optional.empty(),
                Requirement.of(Requirement.Code.ALL_OF), List.of(), List.of(), List.of(children));
    }

    static Node indicator(String id, String vi, String en, Outcome outcome, Reason reason, FactValue observed,
                          Requirement requirement, List<Evidence> evidence, Interpretation... interpretations) {
        return new Node(id, NodeKind.INDICATOR, vi, en, outcome, reason, Optional.ofNullable(observed), requirement,
                evidence, List.of(interpretations), List.of());
    }

    private static final String QD = " Quyết định 01/2024/QĐ-CLB";
    private static final String DECISION = " of Decision 01/2024/QĐ-CLB";

    static final Node LEVEL_1 = level("reading.club.l1", "Điều 3" + QD, "Article 3" + DECISION,
            Outcome.MET, Reason.of(ReasonCode.ALL_PARTS_MET),
            criterion("reading.club.l1.c1", "khoản 1 Điều 3" + QD, "Article 3(1)" + DECISION,
                    Outcome.MET, Reason.of(ReasonCode.ALL_PARTS_MET),
                    indicator("reading.club.l1.c1.i1", "điểm a khoản 1 Điều 3" + QD, "Article 3(1)(a)" + DECISION,
                            Outcome.MET, Reason.of(ReasonCode.REPORTED_DONE), FactValue.Flag.TRUE,
                            Requirement.of(Requirement.Code.CARRIED_OUT), List.of(PLAN_DOC)),
                    indicator("reading.club.l1.c1.i2", "điểm b khoản 1 Điều 3" + QD, "Article 3(1)(b)" + DECISION,
                            Outcome.MET, Reason.of(ReasonCode.SATISFIED), new FactValue.Count(12),
                            Requirement.of(Requirement.Code.COUNT_AT_LEAST, 12L), List.of(MINUTES))),
            criterion("reading.club.l1.c2", "khoản 2 Điều 3" + QD, "Article 3(2)" + DECISION,
                    Outcome.MET, Reason.of(ReasonCode.ALL_PARTS_MET),
                    indicator("reading.club.l1.c2.i1", "điểm a khoản 2 Điều 3" + QD, "Article 3(2)(a)" + DECISION,
                            Outcome.MET, Reason.of(ReasonCode.SATISFIED), new FactValue.Share(35, 50),
                            Requirement.of(Requirement.Code.SHARE_AT_LEAST, 50), List.of(SURVEY), Interpretation.I_8),
                    indicator("reading.club.l1.c2.i2", "điểm b khoản 2 Điều 3" + QD, "Article 3(2)(b)" + DECISION,
                            Outcome.NOT_APPLICABLE,
                            Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, Text.of("câu lạc bộ công lập", "public clubs")),
                            null, Requirement.of(Requirement.Code.CARRIED_OUT), List.of(), Interpretation.I_6)));

    static final Node LEVEL_2 = level("reading.club.l2", "Điều 4" + QD, "Article 4" + DECISION,
            Outcome.NOT_MET, Reason.of(ReasonCode.PARTS_NOT_MET, "reading.club.l2.c1, reading.club.l2.c2"),
            criterion("reading.club.l2.c1", "khoản 1 Điều 4" + QD, "Article 4(1)" + DECISION,
                    Outcome.NOT_MET, Reason.of(ReasonCode.PARTS_NOT_MET, "reading.club.l2.c1.i2"),
                    indicator("reading.club.l2.c1.i1", "điểm a khoản 1 Điều 4" + QD, "Article 4(1)(a)" + DECISION,
                            Outcome.MET, Reason.of(ReasonCode.SATISFIED), new FactValue.Share(35, 50),
                            Requirement.of(Requirement.Code.SHARE_AT_LEAST, 70), List.of(SURVEY), Interpretation.I_8),
                    indicator("reading.club.l2.c1.i2", "điểm b khoản 1 Điều 4" + QD, "Article 4(1)(b)" + DECISION,
                            Outcome.NOT_MET, Reason.of(ReasonCode.COUNT_BELOW_MINIMUM, 12L, 24L), new FactValue.Count(12),
                            Requirement.of(Requirement.Code.COUNT_AT_LEAST, 24L), List.of(MINUTES))),
            criterion("reading.club.l2.c2", "khoản 2 Điều 4" + QD, "Article 4(2)" + DECISION,
                    Outcome.NOT_MET, Reason.of(ReasonCode.PARTS_NOT_MET, "reading.club.l2.c2.i1"),
                    indicator("reading.club.l2.c2.i1", "điểm a khoản 2 Điều 4" + QD, "Article 4(2)(a)" + DECISION,
                            Outcome.NOT_MET, Reason.of(ReasonCode.NO_EVIDENCE),
                            new FactValue.Trend(new BigDecimal("415"), new BigDecimal("420")),
                            Requirement.of(Requirement.Code.INCREASE), List.of(), Interpretation.I_7),
                    indicator("reading.club.l2.c2.i2", "điểm b khoản 2 Điều 4" + QD, "Article 4(2)(b)" + DECISION,
                            Outcome.UNKNOWN, Reason.of(ReasonCode.VALUE_ABSENT, VOLUNTEERS.label()), null,
                            Requirement.of(Requirement.Code.COUNT_AT_LEAST, 3L), List.of())));

    @Test
    void theWholeTree() {
        Decision d = ReadingClub.scheme().evaluate(dossier(), AS_OF);
        assertEquals(Status.EVALUATED, d.status());
        assertEquals(Optional.of(ReadingClub.RULE_SET), d.ruleSetId());
        assertEquals(Optional.of(Level.LEVEL_1), d.highestLevel());
        assertEquals(List.of(Interpretation.I_6, Interpretation.I_7, Interpretation.I_8), d.interpretations());
        assertEquals(List.of(Level.LEVEL_1, Level.LEVEL_2), d.levels().stream().map(l -> l.level()).toList());
        assertEquals(LEVEL_1, Node.of(d.level(Level.LEVEL_1).orElseThrow()));
        assertEquals(LEVEL_2, Node.of(d.level(Level.LEVEL_2).orElseThrow()));
    }

    @Test
    void theLabelsAreTheRulesLabels() {
        Decision d = ReadingClub.scheme().evaluate(dossier(), AS_OF);
        Finding shelf = d.find("reading.club.l1.c2.i2").orElseThrow();
        assertEquals(Text.of("Có tủ sách chữ nổi, sách nói", "Keeps a Braille and audio book shelf"), shelf.label());
        assertEquals(Text.of("Câu lạc bộ đọc sách mức độ 2", "Reading club, Level 2"), d.level(Level.LEVEL_2).orElseThrow().label());
    }

    @Test
    void theReasonsReadInVietnameseAndEnglish() {
        Decision d = ReadingClub.scheme().evaluate(dossier(), AS_OF);
        assertEquals("không áp dụng: chỉ áp dụng cho câu lạc bộ công lập",
                d.find("reading.club.l1.c2.i2").orElseThrow().reason().message(Lang.VI));
        assertEquals("not applicable: applies only to public clubs",
                d.find("reading.club.l1.c2.i2").orElseThrow().reason().message(Lang.EN));
        assertEquals("số lượng 12 thấp hơn mức tối thiểu 24",
                d.find("reading.club.l2.c1.i2").orElseThrow().reason().message(Lang.VI));
        assertEquals("hồ sơ không có số liệu \"Số tình nguyện viên đọc sách cho trẻ em\"",
                d.find("reading.club.l2.c2.i2").orElseThrow().reason().message(Lang.VI));
        assertEquals("the dossier does not give \"Volunteers reading to children\"",
                d.find("reading.club.l2.c2.i2").orElseThrow().reason().message(Lang.EN));
        assertEquals("không đạt: reading.club.l2.c1, reading.club.l2.c2",
                d.level(Level.LEVEL_2).orElseThrow().reason().message(Lang.VI));
        assertEquals("số lượng ≥ 24", d.find("reading.club.l2.c1.i2").orElseThrow().requirement().message(Lang.VI));
    }

    @Test
    void aPublicClubMustKeepTheShelf() {
        Subject publicClub = Subject.builder(SubjectKind.UNIT, "clb-cong-lap", "Câu lạc bộ đọc sách Thư viện tỉnh")
                .with(io.github.xhht.core.model.SubjectAttribute.PUBLIC_INSTITUTION).build();
        Dossier d = Dossier.builder(ReadingClub.SCHEME, publicClub, AssessmentPeriod.calendarYear(2024))
                .fact(PLAN, FactValue.Flag.TRUE, PLAN_DOC)
                .fact(MEETINGS, new FactValue.Count(12), MINUTES)
                .fact(MEMBERS_READING, new FactValue.Share(35, 50), SURVEY)
                .fact(ACCESSIBLE_SHELF, FactValue.Flag.FALSE)
                .build();
        Decision decision = ReadingClub.scheme().evaluate(d, AS_OF);
        assertEquals(Optional.empty(), decision.highestLevel());
        Finding shelf = decision.find("reading.club.l1.c2.i2").orElseThrow();
        assertEquals(Outcome.NOT_MET, shelf.outcome());
        assertEquals(Reason.of(ReasonCode.REPORTED_NOT_DONE), shelf.reason());
        assertEquals(Reason.of(ReasonCode.PARTS_NOT_MET, "reading.club.l1.c2"), decision.level(Level.LEVEL_1).orElseThrow().reason());
    }

    @Test
    void beforeTheRegulationNothingIsEvaluated() {
        Decision d = ReadingClub.scheme().evaluate(dossier(), ReadingClub.IN_FORCE_FROM.minusDays(1));
        assertEquals(Status.NO_RULE_SET_IN_FORCE, d.status());
        assertEquals(Optional.of(ReadingClub.IN_FORCE_FROM), d.inForceFrom());
    }
}
