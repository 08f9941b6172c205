package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Lao động tiên tiến" (and "Chiến sĩ tiên tiến" for the armed forces), LTĐKT 06/2022 Art. 24 [text]:
 * clauses 1-2 ask at least "good completion of duties" plus self-reliance, solidarity and emulation;
 * clause 3 asks workers, farmers and other labourers for effective labour and exemplary conduct. The
 * detailing rules of ministries and provinces (Art. 24(4)) are not encoded.
 */
public final class AdvancedWorkerStandard {
    private AdvancedWorkerStandard() {
    }

    /** Rule id of the standard when evaluated on its own. */
    public static final String ID = "titles.advancedWorker";

    private static final Citation ART = EmulationLaw.LAW.article(24);

    /** The standard as a level rule (level 1 of the individual title rule set). */
    public static LevelRule rule() {
        return new LevelRule(ID, Level.LEVEL_1, ART,
                Text.of("Danh hiệu \"Lao động tiên tiến\" / \"Chiến sĩ tiên tiến\"", "Title \"Advanced worker\" / \"Advanced soldier\""),
                criteria(ID));
    }

    /**
     * The standard's criteria under the given id prefix, so that another standard that contains it (Art. 23(1))
     * keeps its rule ids unique.
     */
    static List<Rule> criteria(String prefix) {
        Applicability employees = inGroups(EnumSet.of(WorkerGroup.EMPLOYEE, WorkerGroup.ARMED_FORCES));
        Applicability labourers = inGroups(EnumSet.of(WorkerGroup.LABOURER));
        Criterion clause1 = Criterion.of(prefix + ".employee", ART.clause(1),
                Text.of("Cán bộ, công chức, viên chức, người lao động; lực lượng vũ trang (khoản 2) cùng tiêu chuẩn",
                        "Officials, civil servants, public employees and employees; armed forces (clause 2) on the same standard"),
                Indicator.of(prefix + ".employee.dutyRating", ART.clause(1).point("a"),
                                Text.of("Hoàn thành tốt nhiệm vụ trở lên", "At least good completion of duties"),
                                Measures.titleAtLeast(TitleFacts.DUTY_RATING, DutyRating.codes(), DutyRating.labels(),
                                        DutyRating.COMPLETED_WELL.name()))
                        .applicableWhen(employees),
                Indicator.of(prefix + ".employee.selfReliance", ART.clause(1).point("b"),
                                TitleFacts.SELF_RELIANCE_AND_EMULATION.label(), Measures.flag(TitleFacts.SELF_RELIANCE_AND_EMULATION))
                        .applicableWhen(employees));
        Criterion clause3 = Criterion.of(prefix + ".labourer", ART.clause(3),
                Text.of("Công nhân, nông dân, người lao động khác", "Workers, farmers and other labourers"),
                Indicator.of(prefix + ".labourer.effectiveLabour", ART.clause(3).point("a"),
                                TitleFacts.EFFECTIVE_LABOUR.label(), Measures.flag(TitleFacts.EFFECTIVE_LABOUR))
                        .applicableWhen(labourers),
                Indicator.of(prefix + ".labourer.exemplaryConduct", ART.clause(3).point("b"),
                                TitleFacts.EXEMPLARY_CONDUCT.label(), Measures.flag(TitleFacts.EXEMPLARY_CONDUCT))
                        .applicableWhen(labourers));
        return List.of(clause1, clause3);
    }

    /** Applies to individuals whose {@link WorkerGroup} is one of the given groups. */
    static Applicability inGroups(Set<WorkerGroup> groups) {
        Set<WorkerGroup> copy = Set.copyOf(groups);
        List<WorkerGroup> sorted = copy.stream().sorted().toList();
        Text description = Text.of(
                sorted.stream().map(g -> g.label().vi()).collect(Collectors.joining("; ")),
                sorted.stream().map(g -> g.label().en()).collect(Collectors.joining("; ")));
        return Applicability.when(description, subject -> WorkerGroup.of(subject).map(copy::contains).orElse(false));
    }
}
