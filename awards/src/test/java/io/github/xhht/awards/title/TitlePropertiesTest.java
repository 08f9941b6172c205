package io.github.xhht.awards.title;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the individual title standards over arbitrary, possibly incomplete dossiers. */
class TitlePropertiesTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    static final Evidence PROOF = Evidence.of("x", "y", LocalDate.of(2024, 12, 1), "z");
    static final List<FactKey<FactValue.Flag>> FLAGS = List.of(TitleFacts.SELF_RELIANCE_AND_EMULATION,
            TitleFacts.EFFECTIVE_LABOUR, TitleFacts.EXEMPLARY_CONDUCT, TitleFacts.INITIATIVE_RECOGNISED,
            TitleFacts.SCIENCE_WORK_ACCEPTED, TitleFacts.COMBAT_INGENUITY);

    /** Per fact: 0 absent, 1 false, 2 true with evidence, 3 true without evidence; then the group and rating. */
    @Provide
    Arbitrary<List<Integer>> states() {
        return Arbitraries.integers().between(0, 3).list().ofSize(FLAGS.size() + 2);
    }

    static Dossier dossier(List<Integer> s) {
        WorkerGroup group = WorkerGroup.values()[s.get(FLAGS.size()) % WorkerGroup.values().length];
        Dossier.Builder b = Dossier.builder("titles",
                Subject.builder(SubjectKind.INDIVIDUAL, "p", "P").unitKind(group.code()).build(), AssessmentPeriod.calendarYear(2024));
        for (int i = 0; i < FLAGS.size(); i++) {
            switch (s.get(i)) {
                case 1 -> b.fact(FLAGS.get(i), FactValue.Flag.FALSE, PROOF);
                case 2 -> b.fact(FLAGS.get(i), FactValue.Flag.TRUE, PROOF);
                case 3 -> b.fact(FLAGS.get(i), FactValue.Flag.TRUE);
                default -> { }
            }
        }
        int rating = s.get(FLAGS.size() + 1);
        b.fact(TitleFacts.DUTY_RATING, new FactValue.Title(DutyRating.values()[rating].name()), PROOF);
        return b.build();
    }

    @Property
    void aGrassrootsFighterAlwaysMeetsTheAdvancedWorkerStandard(@ForAll("states") List<Integer> s) {
        Decision d = TitleStandards.scheme().evaluate(dossier(s), AS_OF);
        assertTrue(!d.met(Level.LEVEL_2) || d.met(Level.LEVEL_1));
    }

    @Property
    void theInitiativeReadingIsNeverMoreLenientThanThe2022Text(@ForAll("states") List<Integer> s) {
        TitleOptions strict = TitleOptions.defaults()
                .withGrassrootsFighter(TitleOptions.GrassrootsFighterReading.INITIATIVE_REQUIRED);
        Dossier dossier = dossier(s);
        boolean strictMet = TitleStandards.scheme(strict).evaluate(dossier, AS_OF).met(Level.LEVEL_2);
        assertTrue(!strictMet || TitleStandards.scheme().evaluate(dossier, AS_OF).met(Level.LEVEL_2));
    }
}
