package io.github.xhht.bench.baseline;

import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.SubjectAttribute;
import java.util.List;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Easy Rules baseline: the TT 25 commune rules as Easy Rules rules (one per indicator test, built with
 * {@link RuleBuilder}), fired by the default engine over a {@link Facts} holding the dossier's facts by
 * name and a {@link Tally}.
 */
public final class EasyRulesCommune {
    private static final String TALLY = "tally";
    private static final List<String> SHARED = List.of("awarenessRaising", "annualPlan", "lifelongLearningWeek",
            "stateBudget", "socialMobilisation", "coordinationMechanism", "communityLearningCentreFacilities",
            "communeLibraryDigitalTransformation", "cultureSportsCentreActivities", "universalPreschoolFiveYearOlds");

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();

    public EasyRulesCommune() {
        for (int i = 0; i < SHARED.size(); i++) {
            String name = SHARED.get(i);
            int bit = i;
            add("c" + (i / 3 + 1) + "." + name, bit, facts -> flag(facts.get(name)));
        }
        level(1, 10, 2, 1, 60, 50, 12, 40, 10);
        level(2, 15, 3, 2, 80, 60, 15, 50, 12);
    }

    private void level(int level, int bit, int schooling, int literacy, int learningCitizens, int trained,
                       int university, int trainedDifficult, int universityDifficult) {
        String l = "l" + level;
        add(l + ".c4.i2", bit, facts -> level(facts.get("universalPrimaryLevel"), schooling));
        add(l + ".c4.i3", bit + 1, facts -> level(facts.get("universalLowerSecondaryLevel"), schooling));
        add(l + ".c4.i4", bit + 2, facts -> level(facts.get("literacyLevel"), literacy));
        add(l + ".c5.i1", bit + 3, facts -> share(facts.get("learningCitizens"), learningCitizens));
        add(l + ".c5.i2", bit + 4, facts -> {
            boolean difficult = facts.<Tally>get(TALLY).isDifficultArea();
            return share(facts.get("trainedCitizens"), difficult ? trainedDifficult : trained)
                    && share(facts.get("universityEducatedCitizens"), difficult ? universityDifficult : university);
        });
    }

    private void add(String name, int bit, org.jeasy.rules.api.Condition condition) {
        Rule rule = new RuleBuilder().name(name).priority(bit).when(condition)
                .then(facts -> facts.<Tally>get(TALLY).met(bit)).build();
        rules.register(rule);
    }

    /** The highest level the commune meets: 2, 1 or 0. */
    public int highestLevel(Dossier dossier) {
        Facts facts = new Facts();
        Tally tally = new Tally(dossier.subject().has(SubjectAttribute.DIFFICULT_AREA));
        facts.put(TALLY, tally);
        for (Map.Entry<String, Fact> e : dossier.facts().entrySet()) {
            facts.put(e.getKey(), e.getValue());
        }
        engine.fire(rules, facts);
        return tally.highestLevel();
    }

    private static boolean flag(Fact f) {
        return f != null && f.value() instanceof FactValue.Flag v && v.value() && f.hasEvidence();
    }

    private static boolean level(Fact f, int minimum) {
        return f != null && f.value() instanceof FactValue.LevelValue v && v.level() >= minimum && f.hasEvidence();
    }

    private static boolean share(Fact f, int percent) {
        return f != null && f.value() instanceof FactValue.Share v && v.of() > 0 && v.count() * 100 >= v.of() * percent
                && f.hasEvidence();
    }
}
