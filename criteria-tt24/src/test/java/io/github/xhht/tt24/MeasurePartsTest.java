package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.AS_OF;
import static io.github.xhht.tt24.Units.EVIDENCE;
import static io.github.xhht.tt24.Units.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measures that combine parts (a point with limbs, the I-2 literal reading, the dossier checks, the
 * digital level), judged one indicator at a time on both paths: the verdict ({@code test}) and the
 * explanation ({@code explain}) must agree, at each threshold's boundary and one below. Thresholds come
 * from law/tt24.md (Art. 6(3)(a): 90 % of members, 95 % of learners at district Level 1).
 */
class MeasurePartsTest {

    private static final Citation EFFECTS = Tt24.DOCUMENT.article(6).clause(3);

    private static EvaluationContext context(Dossier dossier) {
        return EvaluationContext.of(dossier, AS_OF);
    }

    private static EvaluationContext context(Dossier dossier, Interpretations interpretations) {
        return new EvaluationContext(dossier, AS_OF, interpretations);
    }

    /** Both paths give the outcome; the explanation is returned for its reason. */
    private static Finding assertBothPaths(Indicator indicator, EvaluationContext context, Outcome expected) {
        assertEquals(expected, indicator.test(context), indicator.id() + " test");
        Finding f = indicator.explain(context);
        assertEquals(expected, f.outcome(), indicator.id() + " explain");
        return f;
    }

    private static Dossier.Builder shares(Dossier.Builder b, long members, long learners) {
        return b.fact(Tt24Facts.MEMBERS_LEARNING_CITIZENS, new FactValue.Share(members, Units.MEMBERS), EVIDENCE)
                .fact(Tt24Facts.LEARNERS_LEARNING_CITIZENS, new FactValue.Share(learners, Units.LEARNERS), EVIDENCE);
    }

    @Test
    void learningCitizensNamesBothPartsAndReadsBothFacts() {
        Indicator i = Points.learningCitizens("t.c3.i1", EFFECTS.point("a"), 90, 95);
        assertEquals(List.of(Tt24Facts.MEMBERS_LEARNING_CITIZENS, Tt24Facts.LEARNERS_LEARNING_CITIZENS), i.measure().facts());
        String vi = i.requirement().message(Lang.VI);
        String en = i.requirement().message(Lang.EN);
        assertTrue(vi.startsWith("thành viên: "), vi);
        assertTrue(vi.contains("; cơ sở giáo dục có người học theo khoản 8 Điều 2 — người học: "), vi);
        assertTrue(en.startsWith("members: "), en);
        assertTrue(en.contains("; educational institutions with learners under Article 2(8) — learners: "), en);
    }

    /** A school with learners: 90 % of members and 95 % of learners, each at the boundary and one below. */
    @Test
    void aSchoolMeetsThePointOnlyWithBothSharesAtTheirThresholds() {
        Indicator i = Points.learningCitizens("t.c3.i1", EFFECTS.point("a"), 90, 95);
        Dossier.Builder school = full(UnitKind.UPPER_SECONDARY_SCHOOL, AdminLevel.PROVINCE, SubjectAttribute.PUBLIC_INSTITUTION);

        Finding both = assertBothPaths(i, context(shares(school, 180, 950).build()), Outcome.MET);
        assertEquals(ReasonCode.ALL_PARTS_MET, both.reason().code());

        // members met, learners one below: the verdict must not stop at the members
        Finding learners = assertBothPaths(i, context(shares(school, 180, 949).build()), Outcome.NOT_MET);
        assertEquals(ReasonCode.EXPLAINED, learners.reason().code());
        String vi = learners.reason().message(Lang.VI);
        assertTrue(vi.startsWith("người học: "), vi);
        assertTrue(vi.contains("949/1000"), vi);
        assertFalse(vi.contains("thành viên"), vi);

        Finding members = assertBothPaths(i, context(shares(school, 179, 950).build()), Outcome.NOT_MET);
        assertTrue(members.reason().message(Lang.EN).startsWith("members: "), members.reason().message(Lang.EN));

        // members below and the learners' share missing: not met (a failing part decides before an unknown one)
        Dossier noLearners = shares(school, 179, 950).without(Tt24Facts.LEARNERS_LEARNING_CITIZENS.name()).build();
        assertBothPaths(i, context(noLearners), Outcome.NOT_MET);
        // members met and the learners' share missing: unknown on both paths
        Dossier unknown = shares(school, 180, 950).without(Tt24Facts.LEARNERS_LEARNING_CITIZENS.name()).build();
        Finding u = assertBothPaths(i, context(unknown), Outcome.UNKNOWN);
        assertTrue(u.reason().message(Lang.EN).startsWith("learners: "), u.reason().message(Lang.EN));
    }

    /** A unit without learners is judged on its members alone, with the members' own reason. */
    @Test
    void aUnitWithoutLearnersIsJudgedOnItsMembers() {
        Indicator i = Points.learningCitizens("t.c3.i1", EFFECTS.point("a"), 90, 95);
        Dossier.Builder enterprise = full(UnitKind.ENTERPRISE, AdminLevel.PROVINCE);
        assertBothPaths(i, context(shares(enterprise, 180, 0).build()), Outcome.MET);
        Finding below = assertBothPaths(i, context(shares(enterprise, 179, 0).build()), Outcome.NOT_MET);
        assertEquals(ReasonCode.BELOW_THRESHOLD, below.reason().code());
        assertEquals(List.of("179/200", 90), below.reason().args());
    }

    /** Art. 6(3)(b) at district level has the public pre-school limb; Art. 12(3)(b) at provincial level has none. */
    @Test
    void learningEnvironmentHasThePreschoolLimbOnlyWhereAsked() {
        Dossier preschool = full(UnitKind.PRESCHOOL, AdminLevel.DISTRICT, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_TRAINING, FactValue.Flag.FALSE, EVIDENCE).build();
        Indicator district = Points.learningEnvironment("t.c3.i2", EFFECTS.point("b"), true);
        Indicator provincial = Points.learningEnvironment("t.c3.i2", EFFECTS.point("b"), false);
        assertEquals(List.of(Tt24Facts.LEARNING_ENVIRONMENT, Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_TRAINING),
                district.measure().facts());
        assertEquals(List.of(Tt24Facts.LEARNING_ENVIRONMENT), provincial.measure().facts());
        Finding limb = assertBothPaths(district, context(preschool), Outcome.NOT_MET);
        assertEquals(ReasonCode.EXPLAINED, limb.reason().code());
        Finding plain = assertBothPaths(provincial, context(preschool), Outcome.MET);
        assertEquals(ReasonCode.REPORTED_DONE, plain.reason().code());
    }

    private static Dossier withTitle(UnitKind kind, CollectiveTitle title) {
        return full(kind, AdminLevel.DISTRICT).fact(Tt24Facts.COLLECTIVE_TITLE, new FactValue.Title(title.name()), EVIDENCE)
                .build();
    }

    /** I-2: at district Level 2 the title binds state agencies; other units are exempt unless I-2 is read the other way. */
    @Test
    void theLiteralReadingExemptsOtherUnitsOnBothPaths() {
        Indicator i = Article7.collectiveTitle("t.c3.i3");
        assertEquals(List.of(Tt24Facts.COLLECTIVE_TITLE), i.measure().facts());
        Interpretations otherReading = Interpretations.defaults().withTt24Art7LiteralReading(false);

        Dossier enterpriseBelow = withTitle(UnitKind.ENTERPRISE, CollectiveTitle.NONE);
        Finding exempt = assertBothPaths(i, context(enterpriseBelow), Outcome.NOT_APPLICABLE);
        assertEquals(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, exempt.reason().code());
        assertTrue(exempt.interpretations().containsAll(List.of(Interpretation.I_2, Interpretation.I_6)));
        Finding bound = assertBothPaths(i, context(enterpriseBelow, otherReading), Outcome.NOT_MET);
        assertEquals(ReasonCode.TITLE_BELOW_MINIMUM, bound.reason().code());
        assertTrue(bound.interpretations().contains(Interpretation.I_2));
        assertBothPaths(i, context(withTitle(UnitKind.ENTERPRISE, CollectiveTitle.MINIMUM), otherReading), Outcome.MET);

        // a state body is bound under either reading: the minimum title meets it, none does not
        assertBothPaths(i, context(withTitle(UnitKind.STATE_BODY, CollectiveTitle.NONE)), Outcome.NOT_MET);
        Finding met = assertBothPaths(i, context(withTitle(UnitKind.STATE_BODY, CollectiveTitle.MINIMUM)), Outcome.MET);
        assertTrue(met.interpretations().contains(Interpretation.I_2));
    }

    @Test
    void theWrappedMeasuresReadTheFactsOfWhatTheyWrap() {
        Indicator first = (Indicator) Article6.criterion1("t", Tt24.DOCUMENT.article(6).clause(1)).parts().get(0);
        assertEquals(List.of(Tt24Facts.ANNUAL_LEARNING_PLAN), first.measure().facts());
        Indicator digital = Points.digitalLevel("t.c3.i4", EFFECTS.point("d"), "4725/QĐ-BGDĐT", UnitTypes.DIGITAL_4725_DISTRICT,
                Tt24Facts.DIGITAL_BASIC);
        assertEquals(List.of(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL), digital.measure().facts());
        Dossier school = full(UnitKind.PRIMARY_SCHOOL, AdminLevel.DISTRICT, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(Tt24Facts.DIGITAL_BASIC), EVIDENCE)
                .build();
        assertBothPaths(digital, context(school), Outcome.MET);
        Dossier below = school.toBuilder()
                .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(Tt24Facts.DIGITAL_BASIC - 1), EVIDENCE)
                .build();
        Finding f = assertBothPaths(digital, context(below), Outcome.NOT_MET);
        assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, f.reason().code());
    }
}
