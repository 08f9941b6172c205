package io.github.xhht.awards.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recipient groups of LTĐKT Art. 24 and the share measure of T-2, on their own. */
class TitlePartsTest {

    @Test
    void eachWorkerGroupCitesItsClauseOfArticle24() {
        assertEquals("khoản 1 Điều 24 Luật 06/2022/QH15", WorkerGroup.EMPLOYEE.citation().render(Lang.VI));
        assertEquals("khoản 2 Điều 24 Luật 06/2022/QH15", WorkerGroup.ARMED_FORCES.citation().render(Lang.VI));
        assertEquals("khoản 3 Điều 24 Luật 06/2022/QH15", WorkerGroup.LABOURER.citation().render(Lang.VI));
    }

    /** The groups a standard covers are named in its explanation, in the order of Art. 24. */
    @Test
    void aGroupConditionNamesItsGroupsInArticleOrder() {
        Applicability a = AdvancedWorkerStandard.inGroups(EnumSet.of(WorkerGroup.LABOURER, WorkerGroup.EMPLOYEE));
        assertEquals("cán bộ, công chức, viên chức, người lao động; công nhân, nông dân, người lao động khác", a.description().vi());
        assertEquals("officials, civil servants, public employees and employees; workers, farmers and other labourers",
                a.description().en());
        assertTrue(a.appliesTo(Subject.builder(SubjectKind.INDIVIDUAL, "p", "P").unitKind("labourer").build()));
        assertFalse(a.appliesTo(Subject.builder(SubjectKind.INDIVIDUAL, "p", "P").unitKind("armedForces").build()));
        assertFalse(a.appliesTo(Subject.builder(SubjectKind.INDIVIDUAL, "p", "P").build()));
    }

    /** T-2's measure reads the members' share; without it the title waits (UNKNOWN), it is not refused. */
    @Test
    void theShareMeasureReadsItsFactAndWaitsWithoutIt() {
        MemberShareMeasure m = new MemberShareMeasure(TitleFacts.MEMBERS_ADVANCED_WORKERS, TitleOptions.ShareThreshold.moreThan(50));
        assertEquals(List.of("membersAdvancedWorkers"), m.facts().stream().map(FactKey::name).toList());
        assertEquals("share more than 50%", m.requirement().message(Lang.EN));
        Dossier empty = Dossier.builder("titles", Subject.builder(SubjectKind.UNIT, "u", "U").build(), AssessmentPeriod.calendarYear(2024))
                .build();
        Assessment a = m.assess(EvaluationContext.of(empty, LocalDate.of(2025, 1, 15)));
        assertEquals(Outcome.UNKNOWN, a.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, a.reason().code());
        assertEquals(Optional.empty(), a.observed());
    }
}
