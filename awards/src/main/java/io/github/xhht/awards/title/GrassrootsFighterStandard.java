package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.AnyOf;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * "Chiến sĩ thi đua cơ sở", LTĐKT 06/2022 Art. 23 [text]: (1) meets the "Lao động tiên tiến" (or
 * "Chiến sĩ tiên tiến") standard, and (2) one achievement. Which achievements count is option T-1 of
 * {@link TitleOptions}; the default is the 2022 text (excellent completion of duties suffices).
 */
public final class GrassrootsFighterStandard {
    private GrassrootsFighterStandard() {
    }

    /** Rule id of the standard. */
    public static final String ID = "titles.grassrootsFighter";

    private static final Citation ART = EmulationLaw.LAW.article(23);

    /** The standard as a level rule (level 2 of the individual title rule set). */
    public static LevelRule rule(TitleOptions.GrassrootsFighterReading reading) {
        Objects.requireNonNull(reading, "reading");
        Criterion limb1 = new Criterion(ID + ".c1", ART.clause(1),
                Text.of("Đạt tiêu chuẩn danh hiệu \"Lao động tiên tiến\" hoặc \"Chiến sĩ tiên tiến\"",
                        "Meets the standard of \"Advanced worker\" or \"Advanced soldier\""),
                AdvancedWorkerStandard.criteria(ID + ".c1"));
        List<Rule> achievements = new ArrayList<>();
        if (reading == TitleOptions.GrassrootsFighterReading.LAW_2022_ANY_ALTERNATIVE) {
            achievements.add(Indicator.of(ID + ".c2.excellentCompletion", ART.clause(2),
                    Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent completion of duties"),
                    Measures.titleAtLeast(TitleFacts.DUTY_RATING, DutyRating.codes(), DutyRating.labels(),
                            DutyRating.COMPLETED_EXCELLENTLY.name())));
        }
        achievements.add(Indicator.of(ID + ".c2.initiative", ART.clause(2), TitleFacts.INITIATIVE_RECOGNISED.label(),
                Measures.flag(TitleFacts.INITIATIVE_RECOGNISED)));
        achievements.add(Indicator.of(ID + ".c2.scienceWork", ART.clause(2), TitleFacts.SCIENCE_WORK_ACCEPTED.label(),
                Measures.flag(TitleFacts.SCIENCE_WORK_ACCEPTED)));
        achievements.add(Indicator.of(ID + ".c2.combatIngenuity", ART.clause(2), TitleFacts.COMBAT_INGENUITY.label(),
                        Measures.flag(TitleFacts.COMBAT_INGENUITY))
                .applicableWhen(AdvancedWorkerStandard.inGroups(EnumSet.of(WorkerGroup.ARMED_FORCES))));
        Criterion limb2 = Criterion.of(ID + ".c2", ART.clause(2),
                Text.of("Có một trong các thành tích [" + reading.reading().vi() + "]",
                        "One of the achievements [" + reading.reading().en() + "]"),
                new AnyOf(ID + ".c2.anyOf", achievements));
        return LevelRule.of(ID, Level.LEVEL_2, ART,
                Text.of("Danh hiệu \"Chiến sĩ thi đua cơ sở\"", "Title \"Grassroots emulation fighter\""), limb1, limb2);
    }
}
