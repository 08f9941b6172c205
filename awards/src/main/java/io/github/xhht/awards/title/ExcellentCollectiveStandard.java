package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;

/**
 * "Tập thể lao động xuất sắc", LTĐKT 06/2022 Art. 27(1) [READ]: (a) excellent completion of tasks;
 * (b) regular, practical emulation; (c) 100 % of members complete their tasks and at least 70 % hold
 * "Lao động tiên tiến"; (d) at least one member holds "Chiến sĩ thi đua cơ sở"; (đ) internal solidarity
 * and good compliance with policy and law. Detailing rules (Art. 27(3)) are not encoded.
 */
public final class ExcellentCollectiveStandard {
    private ExcellentCollectiveStandard() {
    }

    /** Rule id of the standard. */
    public static final String ID = "titles.excellentCollective";

    /** 100 % of members complete their tasks. */
    public static final int MEMBERS_COMPLETING_PERCENT = 100;
    /** At least 70 % of members hold "Lao động tiên tiến". */
    public static final int MEMBERS_ADVANCED_PERCENT = 70;
    /** At least one member holds "Chiến sĩ thi đua cơ sở". */
    public static final int MIN_GRASSROOTS_FIGHTERS = 1;

    private static final Citation CLAUSE = EmulationLaw.LAW.article(27).clause(1);

    /** The standard as a level rule (level 2 of the collective title rule set). */
    public static LevelRule rule() {
        return LevelRule.of(ID, Level.LEVEL_2, CLAUSE,
                Text.of("Danh hiệu \"Tập thể lao động xuất sắc\"", "Title \"Excellent labour collective\""),
                Indicator.of(ID + ".a", CLAUSE.point("a"), TitleFacts.TASKS_COMPLETED_EXCELLENTLY.label(),
                        Measures.flag(TitleFacts.TASKS_COMPLETED_EXCELLENTLY)),
                Indicator.of(ID + ".b", CLAUSE.point("b"), TitleFacts.REGULAR_EMULATION.label(),
                        Measures.flag(TitleFacts.REGULAR_EMULATION)),
                Criterion.of(ID + ".c", CLAUSE.point("c"),
                        Text.of("100% thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt \"Lao động tiên tiến\"",
                                "100% of members complete their tasks, at least 70% hold \"Advanced worker\""),
                        Indicator.of(ID + ".c.completing", CLAUSE.point("c"), TitleFacts.MEMBERS_COMPLETING_TASKS.label(),
                                Measures.shareAtLeast(TitleFacts.MEMBERS_COMPLETING_TASKS, MEMBERS_COMPLETING_PERCENT)),
                        Indicator.of(ID + ".c.advancedWorkers", CLAUSE.point("c"), TitleFacts.MEMBERS_ADVANCED_WORKERS.label(),
                                Measures.shareAtLeast(TitleFacts.MEMBERS_ADVANCED_WORKERS, MEMBERS_ADVANCED_PERCENT))),
                Indicator.of(ID + ".d", CLAUSE.point("d"), TitleFacts.MEMBERS_GRASSROOTS_FIGHTERS.label(),
                        Measures.countAtLeast(TitleFacts.MEMBERS_GRASSROOTS_FIGHTERS, MIN_GRASSROOTS_FIGHTERS)),
                Criterion.of(ID + ".dd", CLAUSE.point("đ"),
                        Text.of("Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật",
                                "Internal solidarity and good compliance with policy and law"),
                        Indicator.of(ID + ".dd.solidarity", CLAUSE.point("đ"), TitleFacts.INTERNAL_SOLIDARITY.label(),
                                Measures.flag(TitleFacts.INTERNAL_SOLIDARITY)),
                        Indicator.of(ID + ".dd.compliance", CLAUSE.point("đ"), TitleFacts.LAW_COMPLIANCE.label(),
                                Measures.flag(TitleFacts.LAW_COMPLIANCE))));
    }
}
