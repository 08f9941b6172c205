package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.EVIDENCE;
import static io.github.xhht.tt24.Units.evaluate;
import static io.github.xhht.tt24.Units.finding;
import static io.github.xhht.tt24.Units.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every share of the circular at its threshold and one below (I-8: exact, on counts). The thresholds
 * are those of tt24.md §3.6: 90/95 % for discipline, programmes, digital transformation, "Lao động tiên
 * tiến" and members' "Công dân học tập"; 50 % certificate / 70 % proficiency; 95/97 % learners.
 */
class ThresholdTest {

    /** A public upper-secondary school or vocational centre, so that the learners' limb applies at both tiers. */
    private static UnitKind kindAt(AdminLevel tier) {
        return tier == AdminLevel.DISTRICT ? UnitKind.VOCATIONAL_EDUCATION_CENTRE : UnitKind.UPPER_SECONDARY_SCHOOL;
    }

    @ParameterizedTest(name = "{0} {1}: {2} at {3}% of {4} {5}")
    @CsvSource(textBlock = """
            district, l1.c2.i1, membersObservingDiscipline,      90, 200,
            district, l1.c2.i2, membersCompletingProgrammes,     90, 200,
            district, l1.c2.i3, membersInDigitalTransformation,  90, 200,
            district, l1.c2.i4, membersWithLanguageCertificate,  50, 200,
            district, l1.c2.i5, membersAdvancedWorkers,          90, 200,
            district, l1.c3.i1, membersLearningCitizens,         90, 200, thành viên
            district, l1.c3.i1, learnersLearningCitizens,        95, 1000, người học
            district, l2.c2.i1, membersObservingDiscipline,      95, 200,
            district, l2.c2.i2, membersCompletingProgrammes,     95, 200,
            district, l2.c2.i3, membersInDigitalTransformation,  95, 200,
            district, l2.c2.i4, membersWithLanguageProficiency,  70, 200,
            district, l2.c2.i5, membersAdvancedWorkers,          95, 200,
            district, l2.c3.i1, membersLearningCitizens,         95, 200, thành viên
            district, l2.c3.i1, learnersLearningCitizens,        97, 1000, người học
            province, l1.c2.i1, membersObservingDiscipline,      90, 200,
            province, l1.c2.i2, membersCompletingProgrammes,     90, 200,
            province, l1.c2.i3, membersInDigitalTransformation,  90, 200,
            province, l1.c2.i4, membersWithLanguageCertificate,  50, 200,
            province, l1.c2.i5, membersAdvancedWorkers,          90, 200,
            province, l1.c3.i1, membersLearningCitizens,         90, 200, thành viên
            province, l1.c3.i1, learnersLearningCitizens,        95, 1000, người học
            province, l2.c2.i1, membersObservingDiscipline,      95, 200,
            province, l2.c2.i2, membersCompletingProgrammes,     95, 200,
            province, l2.c2.i3, membersInDigitalTransformation,  95, 200,
            province, l2.c2.i4, membersWithLanguageProficiency,  70, 200,
            province, l2.c2.i5, membersAdvancedWorkers,          95, 200,
            province, l2.c3.i1, membersLearningCitizens,         95, 200, thành viên
            province, l2.c3.i1, learnersLearningCitizens,        97, 1000, người học
            district, l1.c2.i1, membersObservingDiscipline,      90, 7,
            province, l2.c3.i1, learnersLearningCitizens,        97, 999, người học
            district, l2.c2.i4, membersWithLanguageProficiency,  70, 3,
            """)
    void exactThresholdMeetsAndOneBelowDoesNot(String tierCode, String local, String fact, int percent, long of, String part) {
        AdminLevel tier = AdminLevel.valueOf(tierCode.toUpperCase(java.util.Locale.ROOT));
        String id = "tt24." + tierCode + "." + local;
        @SuppressWarnings("unchecked")
        FactKey<FactValue.Share> key = (FactKey<FactValue.Share>) Tt24.district().facts().get(fact);
        long least = (of * percent + 99) / 100; // the smallest count with count/of ≥ percent %

        // every member share counts out of the same members (Art. 2(7)), so the whole dossier uses this one
        boolean learners = key == Tt24Facts.LEARNERS_LEARNING_CITIZENS;
        Subject unit = Units.subject(kindAt(tier), tier, SubjectAttribute.PUBLIC_INSTITUTION);
        long members = learners ? Units.MEMBERS : of;
        long learnerCount = learners ? of : Units.LEARNERS;

        Finding at = finding(evaluate(full(unit, members, learnerCount)
                .fact(key, new FactValue.Share(least, of), EVIDENCE).build()), id);
        assertEquals(Outcome.MET, at.outcome(), id + " at " + least + "/" + of);
        assertTrue(at.interpretations().contains(Interpretation.I_8));

        Finding below = finding(evaluate(full(unit, members, learnerCount)
                .fact(key, new FactValue.Share(least - 1, of), EVIDENCE).build()), id);
        assertEquals(Outcome.NOT_MET, below.outcome(), id + " at " + (least - 1) + "/" + of);
        if (part == null) {
            assertEquals(ReasonCode.BELOW_THRESHOLD, below.reason().code());
            assertEquals(List.of((least - 1) + "/" + of, percent), below.reason().args());
        } else { // point (a) of a school with learners: the reason names the part that failed
            assertEquals(ReasonCode.EXPLAINED, below.reason().code());
            assertEquals(part + ": tỷ lệ " + (least - 1) + "/" + of + " thấp hơn mức yêu cầu " + percent + "%",
                    below.reason().message(Lang.VI));
        }
        assertEquals(Optional.of(new FactValue.Share(least - 1, of)), below.observed());
    }
}
