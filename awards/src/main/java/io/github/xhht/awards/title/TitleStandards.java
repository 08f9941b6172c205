package io.github.xhht.awards.title;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.TitleRecord;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.LevelRule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The emulation-title standards as a scheme (id {@value #SCHEME}) and as single rules.
 *
 * <p>The scheme has two rule sets, in force from 1 January 2024 (LTĐKT 06/2022):
 * {@code titles.individual} for an individual whose {@code unitKind} names its {@link WorkerGroup}, with
 * Level 1 = "Lao động tiên tiến" (Art. 24) and Level 2 = "Chiến sĩ thi đua cơ sở" (Art. 23); and
 * {@code titles.collective} for a unit, with Level 1 = "Tập thể lao động tiên tiến" (Art. 28, old-law
 * wording) and Level 2 = "Tập thể lao động xuất sắc" (Art. 27). The decision's highest level maps to the
 * title by {@link #titleMet(Decision)}. A nomination check that needs one standard takes {@link #rule}.
 *
 * <pre>{@code
 * Decision decision = TitleStandards.scheme().evaluate(dossier, LocalDate.of(2025, 1, 15));
 * Optional<EmulationTitle> title = TitleStandards.titleMet(decision);
 * }</pre>
 */
public final class TitleStandards {
    private TitleStandards() {
    }

    /** The scheme id used in dossiers. */
    public static final String SCHEME = "titles";

    /** The day LTĐKT 06/2022/QH15 came into force. */
    public static final LocalDate IN_FORCE = LocalDate.of(2024, 1, 1);

    private static final Scheme DEFAULT = scheme(TitleOptions.defaults());

    /** The scheme with the default options. */
    public static Scheme scheme() {
        return DEFAULT;
    }

    /** The scheme with the caller's readings of T-1 and T-2. */
    public static Scheme scheme(TitleOptions options) {
        Objects.requireNonNull(options, "options");
        return new Scheme(SCHEME, Text.of("Tiêu chuẩn danh hiệu thi đua", "Standards of emulation titles"),
                List.of(individual(options), collective(options)));
    }

    /** The rule set for individuals: Level 1 "Lao động tiên tiến", Level 2 "Chiến sĩ thi đua cơ sở". */
    public static RuleSet individual(TitleOptions options) {
        List<WorkerGroup> groups = Arrays.asList(WorkerGroup.values());
        Applicability covers = Applicability.when(Text.of(
                        "cá nhân có unitKind là " + groups.stream().map(WorkerGroup::code).collect(Collectors.joining(", ")),
                        "an individual whose unitKind is " + groups.stream().map(WorkerGroup::code).collect(Collectors.joining(", "))),
                s -> WorkerGroup.of(s).isPresent());
        return new RuleSet("titles.individual", SCHEME,
                Text.of("Danh hiệu thi đua cá nhân", "Individual emulation titles"), EmulationLaw.LAW, IN_FORCE,
                Optional.empty(), covers,
                List.of(AdvancedWorkerStandard.rule(), GrassrootsFighterStandard.rule(options.grassrootsFighter())),
                List.of());
    }

    /** The rule set for units: Level 1 "Tập thể lao động tiên tiến", Level 2 "Tập thể lao động xuất sắc". */
    public static RuleSet collective(TitleOptions options) {
        Applicability covers = Applicability.when(SubjectKind.UNIT.label(), s -> s.kind() == SubjectKind.UNIT);
        return new RuleSet("titles.collective", SCHEME,
                Text.of("Danh hiệu thi đua tập thể", "Collective emulation titles"), EmulationLaw.LAW, IN_FORCE,
                Optional.empty(), covers,
                List.of(AdvancedCollectiveStandard.rule(options.advancedCollective()), ExcellentCollectiveStandard.rule()),
                List.of());
    }

    /**
     * The rule of one title's standard, for nomination checks; empty for a title whose standard is not
     * encoded here (the ministry/provincial and national titles, the flags, the armed-forces collective titles).
     * "Chiến sĩ tiên tiến" shares the rule of "Lao động tiên tiến".
     */
    public static Optional<LevelRule> rule(EmulationTitle title, TitleOptions options) {
        Objects.requireNonNull(options, "options");
        return switch (title) {
            case ADVANCED_WORKER, ADVANCED_SOLDIER -> Optional.of(AdvancedWorkerStandard.rule());
            case GRASSROOTS_EMULATION_FIGHTER -> Optional.of(GrassrootsFighterStandard.rule(options.grassrootsFighter()));
            case ADVANCED_LABOUR_COLLECTIVE -> Optional.of(AdvancedCollectiveStandard.rule(options.advancedCollective()));
            case EXCELLENT_LABOUR_COLLECTIVE -> Optional.of(ExcellentCollectiveStandard.rule());
            default -> Optional.empty();
        };
    }

    /** The title a level of this scheme stands for, for the subject (armed forces get "Chiến sĩ tiên tiến"). */
    public static EmulationTitle titleFor(Subject subject, Level level) {
        if (subject.kind() == SubjectKind.INDIVIDUAL) {
            if (level == Level.LEVEL_2) {
                return EmulationTitle.GRASSROOTS_EMULATION_FIGHTER;
            }
            return WorkerGroup.of(subject).filter(g -> g == WorkerGroup.ARMED_FORCES).isPresent()
                    ? EmulationTitle.ADVANCED_SOLDIER : EmulationTitle.ADVANCED_WORKER;
        }
        return level == Level.LEVEL_2 ? EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE : EmulationTitle.ADVANCED_LABOUR_COLLECTIVE;
    }

    /** The highest title whose standard the decision found met, if any. */
    public static Optional<EmulationTitle> titleMet(Decision decision) {
        return decision.highestLevel().map(level -> titleFor(decision.subject(), level));
    }

    /**
     * Whether the history holds, for the year, a title at or above {@code minimum} ("… trở lên"). Codes that
     * are not an {@link EmulationTitle} are ignored: they cannot be ranked.
     */
    public static boolean holds(List<TitleRecord> titles, int year, EmulationTitle minimum) {
        Objects.requireNonNull(minimum, "minimum");
        return titles.stream().filter(t -> t.year() == year)
                .map(t -> Arrays.stream(EmulationTitle.values()).filter(e -> e.code().equals(t.title())).findFirst())
                .flatMap(Optional::stream)
                .anyMatch(t -> t.isAtLeast(minimum));
    }
}
