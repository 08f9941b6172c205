package io.github.xhht.awards.citizen;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Công dân học tập" as a scheme (id {@value #SCHEME}) over an individual's dossier: one rule set per citizen
 * group the caller gives a {@link ScoringFrame} for, covering individuals whose {@code unitKind} is the
 * group's code, in force from the date of Decision 324/QĐ-KHVN. Its single level (Level 1) is the title:
 * one criterion per competency group (each score ≥ 5) and the total indicator (≥ 80). Each score is the
 * amount fact {@code score.<indicator id>}; the period must be one calendar year.
 */
public final class LearningCitizenScheme {
    private LearningCitizenScheme() {
    }

    /** The scheme id used in dossiers. */
    public static final String SCHEME = "citizen";

    /** The scheme for the groups whose forms the caller gives (at most one frame per group). */
    public static Scheme scheme(List<ScoringFrame> frames) {
        Set<CitizenGroup> seen = new HashSet<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (ScoringFrame frame : frames) {
            if (!seen.add(frame.group())) {
                throw new IllegalArgumentException("two frames for the group " + frame.group());
            }
            ruleSets.add(ruleSet(frame));
        }
        return new Scheme(SCHEME, Text.of("Danh hiệu \"Công dân học tập\"", "\"Learning Citizen\" title"), ruleSets);
    }

    /** The rule set of one group's form. */
    public static RuleSet ruleSet(ScoringFrame frame) {
        CitizenGroup group = frame.group();
        String id = SCHEME + "." + group.code();
        List<Rule> parts = new ArrayList<>();
        for (CompetencyGroup competency : CompetencyGroup.values()) {
            List<Rule> indicators = frame.indicators().stream().filter(i -> i.competency() == competency)
                    .map(i -> (Rule) Indicator.of(id + "." + i.id(), LearningCitizenCriteria.CITATION, i.label(), new ScoreMeasure(i)))
                    .toList();
            parts.add(new Criterion(id + "." + competency.name().toLowerCase(Locale.ROOT), LearningCitizenCriteria.CITATION,
                    competency.label(), indicators));
        }
        parts.add(Indicator.of(id + ".total", LearningCitizenCriteria.CITATION,
                Text.of("Tổng điểm", "Total score"), new TotalMeasure(frame)));
        // the level's label carries the caller-given frame, so every decision's explanation says so
        LevelRule level = new LevelRule(id, Level.LEVEL_1, LearningCitizenCriteria.CITATION,
                Text.of("Danh hiệu \"Công dân học tập\" (" + group.label().vi() + ") [" + frame.callerGiven().vi() + "]",
                        "\"Learning Citizen\" title (" + group.label().en() + ") [" + frame.callerGiven().en() + "]"),
                parts);
        Applicability covers = Applicability.when(
                Text.of("cá nhân thuộc nhóm " + group.label().vi() + " (unitKind " + group.code() + ")",
                        "an individual among " + group.label().en() + " (unitKind " + group.code() + ")"),
                s -> CitizenGroup.of(s).filter(g -> g == group).isPresent());
        Text title = Text.of("Danh hiệu \"Công dân học tập\" (" + group.label().vi() + ")",
                "\"Learning Citizen\" title (" + group.label().en() + ")");
        return new RuleSet(id, SCHEME, title, LearningCitizenCriteria.DECISION, LearningCitizenCriteria.DATED,
                Optional.empty(), covers, List.of(level), List.of());
    }

    /** Whether the decision found the title met. */
    public static boolean met(Decision decision) {
        return decision.met(Level.LEVEL_1);
    }
}
