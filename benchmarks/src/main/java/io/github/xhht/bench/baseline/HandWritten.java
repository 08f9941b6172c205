package io.github.xhht.bench.baseline;

import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.SubjectAttribute;
import java.util.Map;

/**
 * The floor: TT 25 Art. 6 and 7 (commune Levels 1 and 2) as if-statements on the same dossier records,
 * the way one would write them with no engine, no explanation and no input checks. An indicator is met
 * when its fact is reported, passes, and has evidence (I-7); the answer is the highest level met (0 for none).
 */
public final class HandWritten {
    private HandWritten() {
    }

    /** The highest level the commune meets: 2, 1 or 0. */
    public static int highestLevel(Dossier dossier) {
        Map<String, Fact> facts = dossier.facts();
        // criteria 1-3 and C4.I1 are the same at both levels (Art. 7(1)-(3), 7(4)(a))
        if (!(flag(facts, "awarenessRaising") && flag(facts, "annualPlan") && flag(facts, "lifelongLearningWeek")
                && flag(facts, "stateBudget") && flag(facts, "socialMobilisation") && flag(facts, "coordinationMechanism")
                && flag(facts, "communityLearningCentreFacilities") && flag(facts, "communeLibraryDigitalTransformation")
                && flag(facts, "cultureSportsCentreActivities") && flag(facts, "universalPreschoolFiveYearOlds"))) {
            return 0;
        }
        boolean difficult = dossier.subject().has(SubjectAttribute.DIFFICULT_AREA);
        if (level(facts, "universalPrimaryLevel", 3) && level(facts, "universalLowerSecondaryLevel", 3)
                && level(facts, "literacyLevel", 2) && share(facts, "learningCitizens", 80)
                && share(facts, "trainedCitizens", difficult ? 50 : 60)
                && share(facts, "universityEducatedCitizens", difficult ? 12 : 15)) {
            return 2;
        }
        if (level(facts, "universalPrimaryLevel", 2) && level(facts, "universalLowerSecondaryLevel", 2)
                && level(facts, "literacyLevel", 1) && share(facts, "learningCitizens", 60)
                && share(facts, "trainedCitizens", difficult ? 40 : 50)
                && share(facts, "universityEducatedCitizens", difficult ? 10 : 12)) {
            return 1;
        }
        return 0;
    }

    static boolean flag(Map<String, Fact> facts, String name) {
        Fact f = facts.get(name);
        return f != null && f.value() instanceof FactValue.Flag v && v.value() && f.hasEvidence();
    }

    static boolean level(Map<String, Fact> facts, String name, int minimum) {
        Fact f = facts.get(name);
        return f != null && f.value() instanceof FactValue.LevelValue v && v.level() >= minimum && f.hasEvidence();
    }

    static boolean share(Map<String, Fact> facts, String name, int percent) {
        Fact f = facts.get(name);
        return f != null && f.value() instanceof FactValue.Share v && v.of() > 0 && v.count() * 100 >= v.of() * percent
                && f.hasEvidence();
    }
}
