package io.github.xhht.awards.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.awards.plan.Principle;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The auditor's cases (docs/audit-awards.md), each built from the words of the seed or law it cites. */
class AuditNominationTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final String PR3 = "plan.an-giang-vocational-college.pr3";
    private static final List<GivenQuota> OPEN = List.of(
            GivenQuota.unlimited(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_COMMENDATION, ""));

    private static Nomination anGiang(String id, Subject subject, String achievement) {
        return Nomination.builder(id, subject, Achievement.of(achievement, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
    }

    private static final Subject COLLEGE = Subject.builder(SubjectKind.UNIT, "college", "Trường").build();
    private static final Subject SECTION = Subject.builder(SubjectKind.UNIT, "section", "Tổ").parentId("faculty").build();

    /**
     * Seed 003 §III.2: "nếu đề nghị khen thưởng cho tập thể lớn thì không đề nghị khen thưởng đối với các đơn
     * vị thuộc, trực thuộc của tập thể đó và ngược lại". A section of a faculty is "trực thuộc" the college even
     * when the faculty itself is not nominated: the slate's links carry the chain through it.
     */
    @Test
    void seed003SectionIII2ACollegeAndTheSectionOfAFacultyNotNominatedAreRelated() {
        List<Nomination> both = List.of(anGiang("n1", COLLEGE, "a1"), anGiang("n2", SECTION, "a1"));
        SlateResult linked = SlateChecks.check(new Slate(Plans.AN_GIANG_COLLEGE, AS_OF, both, OPEN,
                List.of(new UnitLink("faculty", "college"))), Interpretations.defaults());
        Check top = linked.nomination("n1").orElseThrow().check(PR3).orElseThrow();
        assertEquals(Outcome.NOT_MET, top.outcome());
        assertEquals(AwardReasonCode.COLLECTIVE_WITH_SUB_UNIT, top.reason().code());
        assertEquals(List.of("a1", "section"), top.reason().args());
        assertEquals("mục III.2", top.citations().get(0).local(Lang.VI));
        Check bottom = linked.nomination("n2").orElseThrow().check(PR3).orElseThrow();
        assertEquals(Outcome.NOT_MET, bottom.outcome());
        assertEquals(List.of("a1", "college"), bottom.reason().args());
        assertFalse(linked.eligible());

        // without the link the chain stops at "faculty": the two look unrelated (the documented limit of the data)
        SlateResult unlinked = SlateChecks.check(new Slate(Plans.AN_GIANG_COLLEGE, AS_OF, both, OPEN), Interpretations.defaults());
        assertEquals(Outcome.MET, unlinked.nomination("n1").orElseThrow().check(PR3).orElseThrow().outcome());
        // another achievement of the same two units is not barred
        SlateResult other = SlateChecks.check(new Slate(Plans.AN_GIANG_COLLEGE, AS_OF,
                List.of(anGiang("n1", COLLEGE, "a1"), anGiang("n2", SECTION, "a2")), OPEN,
                List.of(new UnitLink("faculty", "college"))), Interpretations.defaults());
        assertEquals(Outcome.MET, other.nomination("n2").orElseThrow().check(PR3).orElseThrow().outcome());
    }

    @Test
    void unitLinksAreCheckedAsInput() {
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> new Slate(Plans.AN_GIANG_COLLEGE, AS_OF,
                List.of(), List.of(), List.of(new UnitLink("faculty", "college"), new UnitLink("faculty", "other"))));
        assertEquals("/units/1/id", twice.problems().get(0).pointer());
        assertEquals(ProblemCode.DUPLICATE_ID, twice.problems().get(0).code());
        // a link may not give a nominated subject another parent than its own
        InvalidInputException contradicts = assertThrows(InvalidInputException.class, () -> new Slate(Plans.AN_GIANG_COLLEGE,
                AS_OF, List.of(anGiang("n2", SECTION, "a1")), List.of(), List.of(new UnitLink("section", "college"))));
        assertEquals("/units/0/parentId", contradicts.problems().get(0).pointer());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> new UnitLink("faculty", " "));
        assertEquals("/parentId", blank.problems().get(0).pointer());
        // the same parent is not a contradiction, and a link may name the parent of a subject that gives none
        Subject noParent = Subject.builder(SubjectKind.UNIT, "faculty", "Khoa").build();
        SlateResult r = SlateChecks.check(new Slate(Plans.AN_GIANG_COLLEGE, AS_OF,
                List.of(anGiang("n1", COLLEGE, "a1"), anGiang("n2", noParent, "a1"), anGiang("n3", SECTION, "a9")), OPEN,
                List.of(new UnitLink("section", "faculty"), new UnitLink("faculty", "college"))), Interpretations.defaults());
        assertEquals(List.of("a1", "faculty"), r.nomination("n1").orElseThrow().check(PR3).orElseThrow().reason().args());
    }

    @Test
    void unitLinksSurviveTheJsonRoundTrip() {
        SlateJson json = SlateJson.strict();
        Slate slate = new Slate(Plans.AN_GIANG_COLLEGE, AS_OF, List.of(anGiang("n1", COLLEGE, "a1"), anGiang("n2", SECTION, "a1")),
                OPEN, List.of(new UnitLink("faculty", "college")));
        String text = json.write(slate);
        assertTrue(text.contains("\"units\""), text);
        assertEquals(slate, json.read(text));
        String bad = "{\"formatVersion\":1,\"plan\":\"an-giang-vocational-college\",\"asOf\":\"2025-09-01\","
                + "\"units\":[{\"id\":\"faculty\",\"parentId\":\"college\",\"colour\":1},{\"id\":\"x\"}],\"nominations\":[]}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> json.read(bad));
        assertEquals(List.of("/units/0/colour", "/units/1"), e.problems().stream().map(p -> p.pointer()).sorted().toList());
    }

    /** movement-plans.md §1 names seed 003 §III.2 as the only source of PR-3; Law 06/2022 Art. 5(2) (awards.md P3) does not state it. */
    @Test
    void pr3CitesTheAnGiangPlanNotArticle5() {
        for (var plan : Plans.all()) {
            var cites = plan.principle(Principle.COLLECTIVE_OR_SUB_UNIT);
            assertEquals(1, cites.size(), plan.id());
            assertEquals("mục III.2 Kế hoạch thực hiện …(Trường Cao đẳng nghề An Giang, 2024)".substring(0, 9),
                    cites.get(0).render(Lang.VI).substring(0, 9), plan.id());
            assertEquals(Plans.AN_GIANG_DOCUMENT, cites.get(0).document(), plan.id());
        }
        // PR-1 keeps the law: Art. 5(2) says one achievement, one form (awards.md P3)
        assertTrue(Plans.BINH_DUONG.principle(Principle.ONE_FORM_PER_ACHIEVEMENT).get(0).render(Lang.VI)
                .startsWith("khoản 2 Điều 5 Luật 06/2022/QH15"));
    }

    /**
     * awards.md P5: the bar is NĐ 152/2025 Art. 4(4) from 1 July 2025 and was in NĐ 98/2023 Art. 4 before (NĐ 152
     * Art. 59 repeals NĐ 98 from that day): the check cites the decree in force on the day considered.
     */
    @Test
    void pr2CitesTheDecreeInForceOnTheDayConsidered() {
        Subject faculty = Subject.builder(SubjectKind.UNIT, "k", "Khoa").build();
        Nomination n = Nomination.builder("n", faculty, Achievement.of("a", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31)),
                        AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .proceeding(new PendingProceeding(ProceedingKind.DISCIPLINE, LocalDate.of(2024, 5, 1), java.util.Optional.empty(), "x")).build();
        Check before = NominationChecks.check(Plans.HAI_PHONG_EDUCATION, n, LocalDate.of(2025, 6, 30), Interpretations.defaults())
                .check("plan.hai-phong-education.pr2").orElseThrow();
        assertEquals(Outcome.NOT_MET, before.outcome());
        assertEquals(List.of("Điều 4 Nghị định 98/2023/NĐ-CP"), before.citations().stream().map(c -> c.render(Lang.VI)).toList());
        Check after = NominationChecks.check(Plans.HAI_PHONG_EDUCATION, n, LocalDate.of(2025, 7, 1), Interpretations.defaults())
                .check("plan.hai-phong-education.pr2").orElseThrow();
        assertEquals(List.of("khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP"), after.citations().stream().map(c -> c.render(Lang.VI)).toList());
        // HCMC states the bar itself in §II.2, cited first
        Check hcmc = NominationChecks.check(Plans.HCMC_EDUCATION, n, LocalDate.of(2025, 7, 1), Interpretations.defaults())
                .check("plan.hcmc-education.pr2").orElseThrow();
        assertEquals("mục II.2", hcmc.citations().get(0).local(Lang.VI));
    }

    /**
     * Seed 003 §V.2.2 lists "Quyết định công nhận đề tài nghiên cứu khoa học, sáng kiến cải tiến" among the
     * dossier's documents without a condition (HCMC §IV.2.b says "Trường hợp có ..."), and §III.3.1-3.2 ask every
     * nominee for recognised initiatives: a dossier without it is incomplete even when no initiative is flagged.
     */
    @Test
    void seed003SectionV22TheInitiativeDecisionIsAlwaysInTheDossier() {
        Subject faculty = Subject.builder(SubjectKind.UNIT, "k", "Khoa").build();
        Achievement year2024 = Achievement.of("y", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31));
        Nomination without = Nomination.builder("n", faculty, year2024, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT)
                .build();
        Check missing = NominationChecks.check(Plans.AN_GIANG_COLLEGE, without, LocalDate.of(2024, 9, 20), Interpretations.defaults())
                .check("plan.an-giang-vocational-college.dossier").orElseThrow();
        assertEquals(Outcome.NOT_MET, missing.outcome());
        assertEquals(AwardReasonCode.DOCUMENTS_MISSING, missing.reason().code());
        assertEquals("missing: Decision recognising the research topic or initiative", missing.reason().message(Lang.EN));
        assertEquals("mục V.2.2", missing.citations().get(0).local(Lang.VI));
        Nomination with = Nomination.builder("n", faculty, year2024, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT,
                        DossierDocument.RESEARCH_OR_INITIATIVE_DECISION).build();
        assertEquals(Outcome.MET, NominationChecks.check(Plans.AN_GIANG_COLLEGE, with, LocalDate.of(2024, 9, 20),
                Interpretations.defaults()).check("plan.an-giang-vocational-college.dossier").orElseThrow().outcome());
        // HCMC §IV.2.b keeps its condition: without an initiative the confirmation is not asked
        Nomination hcmc = Nomination.builder("n", faculty, year2024, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT)
                .build();
        assertEquals(Outcome.MET, NominationChecks.check(Plans.HCMC_EDUCATION, hcmc, LocalDate.of(2024, 9, 20),
                Interpretations.defaults()).check("plan.hcmc-education.dossier").orElseThrow().outcome());
    }

    /** Seed 003 §IV.2: "sơ kết ... giai đoạn 2023-2025 và tổng kết giai đoạn 2023-2030": each phase with its review. */
    @Test
    void seed003SectionIV2HasAMidTermAndAFinalPhase() {
        var phases = Plans.AN_GIANG_COLLEGE.phases();
        var midterm = phases.stream().filter(p -> p.review().equals(java.util.Optional.of(Occasion.MIDTERM_REVIEW))).toList();
        assertEquals(1, midterm.size());
        assertEquals(LocalDate.of(2025, 12, 31), midterm.get(0).to());
        assertEquals("mục IV.2", midterm.get(0).citation().local(Lang.VI));
        var fin = phases.stream().filter(p -> p.review().equals(java.util.Optional.of(Occasion.FINAL_REVIEW))).toList();
        assertEquals(1, fin.size());
        assertEquals(LocalDate.of(2030, 12, 31), fin.get(0).to());
    }

    /**
     * Seed 003 §IV.1 "Khen thưởng phong trào thi đua năm 2024" offers the principal's certificate and the provincial
     * chair's certificate of merit for 2024; the plan says nothing of annual awards in other years.
     */
    @Test
    void seed003SectionIV1AnnualFormsAreOfferedFor2024Only() {
        Subject person = Subject.builder(SubjectKind.INDIVIDUAL, "p", "Người P").build();
        String rule = "plan.an-giang-vocational-college.occasion-form";
        Nomination in2024 = Nomination.builder("n", person, Achievement.of("y", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).build();
        assertEquals(Outcome.MET, NominationChecks.check(Plans.AN_GIANG_COLLEGE, in2024, LocalDate.of(2024, 9, 20),
                Interpretations.defaults()).check(rule).orElseThrow().outcome());
        Nomination in2026 = Nomination.builder("n", person, Achievement.of("y", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).build();
        Check later = NominationChecks.check(Plans.AN_GIANG_COLLEGE, in2026, LocalDate.of(2026, 9, 20), Interpretations.defaults())
                .check(rule).orElseThrow();
        assertEquals(Outcome.NOT_MET, later.outcome());
        assertEquals(AwardReasonCode.OCCASION_NOT_IN_YEAR, later.reason().code());
        assertEquals("the plan commends at Annual commendation only in 2024, not in 2026", later.reason().message(Lang.EN));
        assertEquals("mục IV.1", later.citations().get(0).local(Lang.VI));
        // the reviews of §IV.2 are not limited to a year
        Nomination review = Nomination.builder("n", person, Achievement.of("p", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        assertEquals(Outcome.MET, NominationChecks.check(Plans.AN_GIANG_COLLEGE, review, LocalDate.of(2025, 8, 1),
                Interpretations.defaults()).check(rule).orElseThrow().outcome());
    }

    /** Seed 004 is the plan for "năm 2023 và năm học 2023-2024" (§I.1, §II.1.c): an annual nomination of 2025 is outside it. */
    @Test
    void seed004IsAPlanForTheSchoolYear2023To2024() {
        Subject teacher = Subject.builder(SubjectKind.INDIVIDUAL, "t", "Giáo viên").build();
        String rule = "plan.bac-giang-education.occasion-form";
        Nomination schoolYear = Nomination.builder("n", teacher, Achievement.of("y", LocalDate.of(2023, 9, 5), LocalDate.of(2024, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).registeredOn(LocalDate.of(2023, 10, 20)).build();
        assertEquals(Outcome.MET, NominationChecks.check(Plans.BAC_GIANG_EDUCATION, schoolYear, LocalDate.of(2024, 6, 15),
                Interpretations.defaults()).check(rule).orElseThrow().outcome());
        Nomination next = Nomination.builder("n", teacher, Achievement.of("y", LocalDate.of(2024, 9, 5), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).registeredOn(LocalDate.of(2023, 10, 20)).build();
        assertEquals(AwardReasonCode.OCCASION_NOT_IN_YEAR, NominationChecks.check(Plans.BAC_GIANG_EDUCATION, next,
                LocalDate.of(2025, 6, 15), Interpretations.defaults()).check(rule).orElseThrow().reason().code());
    }
}
