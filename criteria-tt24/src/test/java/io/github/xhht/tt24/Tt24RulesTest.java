package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.AS_OF;
import static io.github.xhht.tt24.Units.EVIDENCE;
import static io.github.xhht.tt24.Units.evaluate;
import static io.github.xhht.tt24.Units.finding;
import static io.github.xhht.tt24.Units.full;
import static io.github.xhht.tt24.Units.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pass rules of Art. 8/9/14/15, the interpretations TT 24 relies on, its dates and its input errors. */
class Tt24RulesTest {

    private static final Subject DISTRICT_ENTERPRISE = subject(UnitKind.ENTERPRISE, AdminLevel.DISTRICT);
    private static final Subject DISTRICT_AGENCY = subject(UnitKind.STATE_BODY, AdminLevel.DISTRICT);

    private static FactValue.Title title(CollectiveTitle title) {
        return new FactValue.Title(title.name());
    }

    // Art. 8, 9, 14, 15: evidence, values, all indicators.

    @Test
    void anIndicatorWithoutEvidenceFailsForThatReason() {
        Decision decision = evaluate(full(DISTRICT_AGENCY)
                .fact(Tt24Facts.ANNUAL_LEARNING_PLAN.name(), new Fact(FactValue.Flag.TRUE, List.of())).build());
        Finding plan = finding(decision, "tt24.district.l1.c1.i1");
        assertEquals(Outcome.NOT_MET, plan.outcome());
        assertEquals(ReasonCode.NO_EVIDENCE, plan.reason().code());
        assertTrue(plan.interpretations().contains(Interpretation.I_7));
        assertEquals(Outcome.NOT_MET, finding(decision, "tt24.district.l1.c1").outcome());
        assertEquals(Optional.empty(), decision.highestLevel());
    }

    @Test
    void aMissingValueIsUnknownNotFailed() {
        Decision decision = evaluate(full(DISTRICT_AGENCY).without(Tt24Facts.MEMBERS_ADVANCED_WORKERS.name()).build());
        Finding advanced = finding(decision, "tt24.district.l2.c2.i5");
        assertEquals(Outcome.UNKNOWN, advanced.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, advanced.reason().code());
        assertEquals(List.of(Tt24Facts.MEMBERS_ADVANCED_WORKERS.label()), advanced.reason().args());
        assertEquals(Outcome.UNKNOWN, decision.level(Level.LEVEL_1).orElseThrow().outcome());
    }

    @Test
    void aFlagReportedAsNotDoneFailsTheCriterionAndTheLevel() {
        Decision decision = evaluate(full(DISTRICT_AGENCY)
                .fact(Tt24Facts.LIFELONG_LEARNING_ACTIVITIES, FactValue.Flag.FALSE, EVIDENCE).build());
        assertEquals(ReasonCode.REPORTED_NOT_DONE, finding(decision, "tt24.district.l1.c1.i5").reason().code());
        assertEquals(Outcome.NOT_MET, finding(decision, "tt24.district.l1.c1").outcome());
        assertEquals(Outcome.MET, finding(decision, "tt24.district.l1.c2").outcome());
        assertFalse(decision.met(Level.LEVEL_1));
        assertFalse(decision.met(Level.LEVEL_2));
    }

    @Test
    void withoutTheEvidenceRuleAnUnbackedValueCounts() {
        Dossier dossier = full(DISTRICT_AGENCY)
                .fact(Tt24Facts.ANNUAL_LEARNING_PLAN.name(), new Fact(FactValue.Flag.TRUE, List.of())).build();
        Decision lenient = evaluate(dossier, Interpretations.defaults().withEvidenceRequired(false));
        assertEquals(Outcome.MET, finding(lenient, "tt24.district.l1.c1.i1").outcome());
    }

    @Test
    void aLimbWithoutEvidenceFailsItsPoint() {
        Dossier dossier = full(UnitKind.PRESCHOOL, AdminLevel.DISTRICT, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_SUPPORT.name(), new Fact(FactValue.Flag.TRUE, List.of())).build();
        Finding point = finding(evaluate(dossier), "tt24.district.l1.c1.i2");
        assertEquals(Outcome.NOT_MET, point.outcome());
        // the reason names the limb that failed, and why: no evidence (I-7), not a value below the mark
        assertEquals(ReasonCode.EXPLAINED, point.reason().code());
        assertEquals("tham gia bồi dưỡng hỗ trợ giáo viên mầm non dân lập, tư thục: không có minh chứng",
                point.reason().message(Lang.VI));
        assertTrue(point.interpretations().contains(Interpretation.I_7));
        assertEquals("chế độ đào tạo, bồi dưỡng và quy định khuyến khích học tập: thực hiện đầy đủ, có minh chứng;"
                + " nhà trẻ, trường mẫu giáo, trường mầm non công lập — tham gia bồi dưỡng hỗ trợ giáo viên mầm non"
                + " dân lập, tư thục: thực hiện đầy đủ, có minh chứng", point.requirement().message(Lang.VI));
    }

    @Test
    void thePreschoolLimbOfArticle6Clause3PointBFailsByName() {
        Dossier dossier = full(UnitKind.KINDERGARTEN, AdminLevel.DISTRICT, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_TRAINING, FactValue.Flag.FALSE, EVIDENCE).build();
        Decision decision = evaluate(dossier);
        for (String id : List.of("tt24.district.l1.c3.i2", "tt24.district.l2.c3.i2")) {
            Finding point = finding(decision, id);
            assertEquals(Outcome.NOT_MET, point.outcome(), id);
            assertEquals("organising or co-organising training for private pre-schools' teachers: reported as not carried out",
                    point.reason().message(Lang.EN), id);
        }
        // a private kindergarten has no such limb: the same dossier meets point (b)
        Dossier privateOne = full(UnitKind.KINDERGARTEN, AdminLevel.DISTRICT)
                .fact(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_TRAINING, FactValue.Flag.FALSE, EVIDENCE).build();
        Finding point = finding(evaluate(privateOne), "tt24.district.l1.c3.i2");
        assertEquals(Outcome.MET, point.outcome());
        assertEquals(ReasonCode.REPORTED_DONE, point.reason().code());
    }

    @Test
    void theLearnersLimbDecidesWhenOnlyItFails() {
        Dossier dossier = full(UnitKind.UNIVERSITY, AdminLevel.PROVINCE, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.LEARNERS_LEARNING_CITIZENS, new FactValue.Share(960, 1000), EVIDENCE).build();
        Decision decision = evaluate(dossier);
        assertEquals(Outcome.MET, finding(decision, "tt24.province.l1.c3.i1").outcome());
        assertEquals(ReasonCode.ALL_PARTS_MET, finding(decision, "tt24.province.l1.c3.i1").reason().code());
        Finding level2 = finding(decision, "tt24.province.l2.c3.i1");
        assertEquals(Outcome.NOT_MET, level2.outcome());
        assertEquals("người học: tỷ lệ 960/1000 thấp hơn mức yêu cầu 97%", level2.reason().message(Lang.VI));
        assertEquals("learners: share 960/1000 is below the required 97%", level2.reason().message(Lang.EN));
        assertEquals(Optional.of(new FactValue.Share(960, 1000)), level2.observed());
        assertEquals(Level.LEVEL_1, decision.highestLevel().orElseThrow());
    }

    @Test
    void whenBothPartsOfPointAFailBothAreNamedMembersFirst() {
        Dossier dossier = full(UnitKind.UNIVERSITY, AdminLevel.PROVINCE, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.MEMBERS_LEARNING_CITIZENS, new FactValue.Share(179, 200), EVIDENCE)
                .fact(Tt24Facts.LEARNERS_LEARNING_CITIZENS, new FactValue.Share(949, 1000), EVIDENCE).build();
        Finding point = finding(evaluate(dossier), "tt24.province.l1.c3.i1");
        assertEquals(Outcome.NOT_MET, point.outcome());
        assertEquals("thành viên: tỷ lệ 179/200 thấp hơn mức yêu cầu 90%; người học: tỷ lệ 949/1000 thấp hơn mức yêu cầu 95%",
                point.reason().message(Lang.VI));
        assertEquals(Optional.of(new FactValue.Share(179, 200)), point.observed());
        // a unit without learners keeps the plain reason of its one part
        Dossier agency = full(UnitKind.STATE_BODY, AdminLevel.PROVINCE)
                .fact(Tt24Facts.MEMBERS_LEARNING_CITIZENS, new FactValue.Share(179, 200), EVIDENCE).build();
        Finding plain = finding(evaluate(agency), "tt24.province.l1.c3.i1");
        assertEquals(ReasonCode.BELOW_THRESHOLD, plain.reason().code());
        assertEquals(List.of("179/200", 90), plain.reason().args());
    }

    // The collective title (Art. 6(3)(c), 7(3)(c), 12(3)(c), 13(3)(c)) and I-2.

    @Test
    void titlesAtOrAboveAdvancedLabourCollectiveCount() {
        for (CollectiveTitle t : CollectiveTitle.values()) {
            Decision decision = evaluate(full(DISTRICT_AGENCY).fact(Tt24Facts.COLLECTIVE_TITLE, title(t), EVIDENCE).build());
            Outcome expected = t == CollectiveTitle.NONE ? Outcome.NOT_MET : Outcome.MET;
            assertEquals(expected, finding(decision, "tt24.district.l1.c3.i3").outcome(), t.name());
        }
        Decision none = evaluate(full(DISTRICT_AGENCY).fact(Tt24Facts.COLLECTIVE_TITLE, title(CollectiveTitle.NONE), EVIDENCE).build());
        Finding f = finding(none, "tt24.district.l1.c3.i3");
        assertEquals(ReasonCode.TITLE_BELOW_MINIMUM, f.reason().code());
        assertEquals(List.of(CollectiveTitle.NONE.label(), CollectiveTitle.ADVANCED_LABOUR_COLLECTIVE.label()), f.reason().args());
    }

    @Test
    void anUnknownTitleCodeIsAnInputError() {
        Dossier dossier = full(DISTRICT_AGENCY).fact(Tt24Facts.COLLECTIVE_TITLE, new FactValue.Title("HERO"), EVIDENCE).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(dossier));
        assertEquals("/facts/collectiveTitle/title", e.problems().get(0).pointer());
        assertEquals(ProblemCode.UNKNOWN_VALUE, e.problems().get(0).code());
    }

    @Test
    void literalArticle7ExemptsOtherUnitsAtDistrictLevel2AndSaysSo() {
        Dossier dossier = full(DISTRICT_ENTERPRISE).fact(Tt24Facts.COLLECTIVE_TITLE, title(CollectiveTitle.NONE), EVIDENCE).build();
        Decision decision = evaluate(dossier);
        assertEquals(Outcome.NOT_MET, finding(decision, "tt24.district.l1.c3.i3").outcome());
        Finding l2 = finding(decision, "tt24.district.l2.c3.i3");
        assertEquals(Outcome.NOT_APPLICABLE, l2.outcome());
        assertEquals(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, l2.reason().code());
        assertEquals(List.of(Interpretation.I_2, Interpretation.I_6), l2.interpretations());
        assertTrue(l2.requirement().message(Lang.EN).contains("I-2: read literally, the default, only for state agencies"),
                l2.requirement().message(Lang.EN));
        assertTrue(decision.interpretations().contains(Interpretation.I_2));
        // the literal reading: Level 2 met while Level 1 is not (the drafting quirk of tt24.md §3.3)
        assertFalse(decision.met(Level.LEVEL_1));
        assertTrue(decision.met(Level.LEVEL_2));
    }

    @Test
    void theAlternativeReadingAppliesTheTitleToEveryDistrictUnit() {
        Dossier dossier = full(DISTRICT_ENTERPRISE).fact(Tt24Facts.COLLECTIVE_TITLE, title(CollectiveTitle.NONE), EVIDENCE).build();
        Decision decision = evaluate(dossier, Interpretations.defaults().withTt24Art7LiteralReading(false));
        Finding l2 = finding(decision, "tt24.district.l2.c3.i3");
        assertEquals(Outcome.NOT_MET, l2.outcome());
        assertEquals(ReasonCode.TITLE_BELOW_MINIMUM, l2.reason().code());
        assertTrue(l2.interpretations().contains(Interpretation.I_2));
        assertFalse(decision.met(Level.LEVEL_2));
        // the requirement shown must not claim the literal scope when the other reading was used
        assertTrue(l2.requirement().message(Lang.VI).contains("cách đọc khác áp dụng cho mọi đơn vị như ở mức độ 1"),
                l2.requirement().message(Lang.VI));
    }

    @Test
    void stateAgenciesNeedTheTitleAtDistrictLevel2UnderBothReadings() {
        Dossier dossier = full(DISTRICT_AGENCY).fact(Tt24Facts.COLLECTIVE_TITLE, title(CollectiveTitle.NONE), EVIDENCE).build();
        for (boolean literal : new boolean[] {true, false}) {
            Finding l2 = finding(evaluate(dossier, Interpretations.defaults().withTt24Art7LiteralReading(literal)),
                    "tt24.district.l2.c3.i3");
            assertEquals(Outcome.NOT_MET, l2.outcome());
            assertTrue(l2.interpretations().contains(Interpretation.I_2));
        }
    }

    @Test
    void provincialLevel2HasNoSuchNarrowing() {
        Dossier dossier = full(UnitKind.ENTERPRISE, AdminLevel.PROVINCE)
                .fact(Tt24Facts.COLLECTIVE_TITLE, title(CollectiveTitle.NONE), EVIDENCE).build();
        Finding l2 = finding(evaluate(dossier), "tt24.province.l2.c3.i3");
        assertEquals(Outcome.NOT_MET, l2.outcome());
        assertFalse(l2.interpretations().contains(Interpretation.I_2));
    }

    // Digital transformation (Decisions 4725 and 4740) and vocational accreditation.

    @Test
    void basicDigitalLevelIsLevel1GoodIsLevel2() {
        Dossier school = full(UnitKind.PRIMARY_SCHOOL, AdminLevel.DISTRICT, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(Tt24Facts.DIGITAL_BASIC), EVIDENCE).build();
        Decision decision = evaluate(school);
        assertEquals(Outcome.MET, finding(decision, "tt24.district.l1.c3.i4").outcome());
        Finding good = finding(decision, "tt24.district.l2.c3.i4");
        assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, good.reason().code());
        assertEquals(List.of(1, 2), good.reason().args());
        assertEquals(Level.LEVEL_1, decision.highestLevel().orElseThrow());

        Dossier below = full(UnitKind.UNIVERSITY, AdminLevel.PROVINCE, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(0), EVIDENCE).build();
        Decision university = evaluate(below);
        assertEquals(Outcome.NOT_MET, finding(university, "tt24.province.l1.c3.i5").outcome());
        assertEquals(Outcome.NOT_APPLICABLE, finding(university, "tt24.province.l1.c3.i4").outcome());
        assertEquals(Optional.empty(), university.highestLevel());
    }

    @Test
    void vocationalInstitutionsNeedAccreditation() {
        Dossier college = full(UnitKind.COLLEGE, AdminLevel.PROVINCE)
                .fact(Tt24Facts.VOCATIONAL_ACCREDITATION, FactValue.Flag.FALSE, EVIDENCE).build();
        Decision decision = evaluate(college);
        assertEquals(Outcome.NOT_MET, finding(decision, "tt24.province.l1.c3.i6").outcome());
        assertEquals(Optional.empty(), decision.highestLevel());
    }

    // Dates.

    @Test
    void noRulesBeforeTheCircularTakesEffect() {
        Dossier dossier = full(DISTRICT_AGENCY).build();
        Decision before = Tt24.scheme().evaluate(dossier, LocalDate.of(2024, 1, 25));
        assertEquals(Status.NO_RULE_SET_IN_FORCE, before.status());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 26)), before.inForceFrom());
        Decision onTheDay = Tt24.scheme().evaluate(dossier, LocalDate.of(2024, 1, 26));
        assertEquals(Status.EVALUATED, onTheDay.status());
        assertEquals(Optional.of("tt24.district"), onTheDay.ruleSetId());
        assertEquals(Optional.of("tt24.province"),
                evaluate(full(UnitKind.POLICE, AdminLevel.PROVINCE).build()).ruleSetId());
    }

    // Bad input.

    private static Problem problemOf(Subject subject) {
        Dossier dossier = Dossier.builder(Tt24.ID, subject, AssessmentPeriod.calendarYear(2024)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Tt24.scheme().evaluate(dossier, AS_OF));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertFalse(e.message(Lang.VI).isBlank());
        return e.problems().get(0);
    }

    @Test
    void aMissingUnitKindIsAnInputError() {
        Problem p = problemOf(Subject.builder(SubjectKind.UNIT, "u1", "Đơn vị").tier(AdminLevel.DISTRICT).build());
        assertEquals("/subject/unitKind", p.pointer());
        assertEquals(ProblemCode.REQUIRED_FOR_KIND, p.code());
    }

    @Test
    void anUnknownUnitKindIsAnInputError() {
        Problem p = problemOf(Subject.builder(SubjectKind.UNIT, "u1", "Đơn vị").tier(AdminLevel.DISTRICT).unitKind("bank").build());
        assertEquals("/subject/unitKind", p.pointer());
        assertEquals(ProblemCode.UNKNOWN_VALUE, p.code());
        assertEquals("bank", p.args().get(0));
    }

    @Test
    void aKindEvaluatedAtTheOtherTierIsAnInputError() {
        Problem p = problemOf(subject(UnitKind.UPPER_SECONDARY_SCHOOL, AdminLevel.DISTRICT));
        assertEquals("/subject/unitKind", p.pointer());
        assertEquals(ProblemCode.UNKNOWN_VALUE, p.code());
        assertFalse(((String) p.args().get(1)).contains(UnitKind.UPPER_SECONDARY_SCHOOL.code()));
        assertTrue(((String) p.args().get(1)).contains(UnitKind.PRIMARY_SCHOOL.code()));
    }

    @Test
    void aMissingOrCommuneTierIsAnInputError() {
        Problem missing = problemOf(Subject.builder(SubjectKind.UNIT, "u1", "Đơn vị").unitKind("enterprise").build());
        assertEquals("/subject/tier", missing.pointer());
        assertEquals(ProblemCode.REQUIRED_FOR_KIND, missing.code());
        Problem commune = problemOf(Subject.builder(SubjectKind.UNIT, "u1", "Đơn vị").unitKind("enterprise")
                .tier(AdminLevel.COMMUNE).build());
        assertEquals("/subject/tier", commune.pointer());
        assertEquals(ProblemCode.UNKNOWN_VALUE, commune.code());
    }

    @Test
    void aSubjectThatIsNotAUnitIsNotCovered() {
        Problem p = problemOf(Subject.builder(SubjectKind.COMMUNE, "x1", "Xã Minh Khai").build());
        assertEquals("/subject/kind", p.pointer());
        assertEquals(ProblemCode.SUBJECT_NOT_COVERED, p.code());
    }

    @Test
    void memberSharesOutOfDifferentWholesAreAnInputError() {
        Dossier dossier = full(DISTRICT_AGENCY)
                .fact(Tt24Facts.MEMBERS_ADVANCED_WORKERS, new FactValue.Share(180, 190), EVIDENCE)
                .fact(Tt24Facts.MEMBERS_LEARNING_CITIZENS, new FactValue.Share(199, 201), EVIDENCE).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(dossier));
        assertEquals(List.of("/facts/membersAdvancedWorkers/of", "/facts/membersLearningCitizens/of"),
                e.problems().stream().map(Problem::pointer).toList());
        assertEquals(ProblemCode.DENOMINATOR_MISMATCH, e.problems().get(0).code());
        assertEquals(List.of(190L, "membersObservingDiscipline", Units.MEMBERS), e.problems().get(0).args());
        assertTrue(e.message(Lang.VI).contains("mẫu số 190"), e.message(Lang.VI));
        // the verdict path rejects it too, even when an earlier criterion already fails
        Dossier failing = dossier.toBuilder().fact(Tt24Facts.ANNUAL_LEARNING_PLAN, FactValue.Flag.FALSE, EVIDENCE).build();
        assertThrows(InvalidInputException.class, () -> evaluate(failing));
        assertThrows(InvalidInputException.class, () -> Tt24.scheme().verdict(failing, AS_OF, Interpretations.defaults()));
        // the learners' share counts out of the learners, another whole
        Dossier learners = full(DISTRICT_AGENCY)
                .fact(Tt24Facts.LEARNERS_LEARNING_CITIZENS, new FactValue.Share(10, 10), EVIDENCE).build();
        assertEquals(Level.LEVEL_2, evaluate(learners).highestLevel().orElseThrow());
    }

    @Test
    void aFactOfAnotherSchemeIsAnInputError() {
        Dossier dossier = full(DISTRICT_AGENCY).fact("learningCitizens", Fact.of(new FactValue.Share(1, 2), EVIDENCE)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(dossier));
        assertEquals("/facts/learningCitizens", e.problems().get(0).pointer());
        assertEquals(ProblemCode.UNKNOWN_FACT, e.problems().get(0).code());
    }
}
