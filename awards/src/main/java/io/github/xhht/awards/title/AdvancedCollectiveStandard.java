package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import java.util.Objects;

/**
 * "Tập thể lao động tiên tiến", LTĐKT Art. 28, in the **old-law wording** [OLD-LAW]: the 2022 wording was
 * not read. Tasks completed well; regular, effective emulation; more than 50 % of members hold "Lao động
 * tiên tiến" (option T-2 of {@link TitleOptions}, e.g. ≥ 70 % as detailed by Bắc Ninh or the Government
 * Office); nobody disciplined at warning level or above; internal solidarity. Every label says "old-law
 * wording" so the explanation flags it.
 */
public final class AdvancedCollectiveStandard {
    private AdvancedCollectiveStandard() {
    }

    /** Rule id of the standard. */
    public static final String ID = "titles.advancedCollective";

    /** The flag appended to every label of this standard. */
    public static final Text OLD_LAW = Text.of("theo câu chữ luật cũ, chưa đối chiếu Luật 2022",
            "old-law wording, not checked against the 2022 law");

    private static final Citation ART = EmulationLaw.LAW.article(28);

    /** The standard as a level rule (level 1 of the collective title rule set). */
    public static LevelRule rule(TitleOptions.ShareThreshold share) {
        Objects.requireNonNull(share, "share");
        return LevelRule.of(ID, Level.LEVEL_1, ART,
                flagged(Text.of("Danh hiệu \"Tập thể lao động tiên tiến\"", "Title \"Advanced labour collective\"")),
                Indicator.of(ID + ".tasks", ART, flagged(TitleFacts.TASKS_COMPLETED_WELL.label()),
                        Measures.flag(TitleFacts.TASKS_COMPLETED_WELL)),
                Indicator.of(ID + ".emulation", ART, flagged(TitleFacts.REGULAR_EMULATION.label()),
                        Measures.flag(TitleFacts.REGULAR_EMULATION)),
                Indicator.of(ID + ".advancedWorkers", ART,
                        flagged(Text.of("Thành viên đạt \"Lao động tiên tiến\" " + share.describe().vi() + " (T-2)",
                                "Members holding \"Advanced worker\": " + share.describe().en() + " (T-2)")),
                        new MemberShareMeasure(TitleFacts.MEMBERS_ADVANCED_WORKERS, share)),
                Indicator.of(ID + ".noDiscipline", ART, flagged(TitleFacts.NO_MEMBER_DISCIPLINED.label()),
                        Measures.flag(TitleFacts.NO_MEMBER_DISCIPLINED)),
                Indicator.of(ID + ".solidarity", ART, flagged(TitleFacts.INTERNAL_SOLIDARITY.label()),
                        Measures.flag(TitleFacts.INTERNAL_SOLIDARITY)));
    }

    private static Text flagged(Text label) {
        return Text.of(label.vi() + " [" + OLD_LAW.vi() + "]", label.en() + " [" + OLD_LAW.en() + "]");
    }
}
