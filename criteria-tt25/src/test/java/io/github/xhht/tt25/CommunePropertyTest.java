package io.github.xhht.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The invariants of the commune levels over arbitrary dossiers, complete or not, with or without evidence. */
class CommunePropertyTest {

    private static final List<FactKey<FactValue.Share>> SHARES = List.of(Tt25Facts.LEARNING_CITIZENS,
            Tt25Facts.TRAINED_CITIZENS, Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS);
    private static final List<FactKey<FactValue.LevelValue>> LEVELS = List.of(Tt25Facts.UNIVERSAL_PRIMARY,
            Tt25Facts.UNIVERSAL_LOWER_SECONDARY, Tt25Facts.LITERACY);

    /** NOT_MET below UNKNOWN below MET: the order "never lowers" refers to. */
    static int rank(Outcome o) {
        return switch (o) {
            case NOT_MET -> 0;
            case UNKNOWN, NOT_APPLICABLE -> 1;
            case MET -> 2;
        };
    }

    static void neverLower(Decision before, Decision after) {
        for (Level level : Level.values()) {
            Outcome b = before.level(level).orElseThrow().outcome();
            Outcome a = after.level(level).orElseThrow().outcome();
            assertTrue(rank(a) >= rank(b), level + " went from " + b + " to " + a);
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void level2MetImpliesLevel1Met(@ForAll("communes") Dossier dossier) {
        Decision d = Fixtures.evaluate(dossier);
        // the generator must reach both levels often enough for the implication to be tested
        Statistics.collect(d.highestLevel());
        Statistics.coverage(c -> {
            c.check(Optional.of(Level.LEVEL_1)).percentage(p -> p > 5);
            c.check(Optional.of(Level.LEVEL_2)).percentage(p -> p > 2);
        });
        if (d.met(Level.LEVEL_2)) {
            assertTrue(d.met(Level.LEVEL_1));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void raisingACountOrALevelNeverLowersTheResult(@ForAll("communes") Dossier dossier,
                                                   @ForAll @IntRange(min = 0, max = 5) int which,
                                                   @ForAll @IntRange(min = 1, max = 300) int by) {
        Dossier.Builder raised = dossier.toBuilder();
        if (which < 3) {
            FactKey<FactValue.Share> key = SHARES.get(which);
            Optional<Fact> fact = dossier.fact(key);
            fact.ifPresent(f -> {
                FactValue.Share s = (FactValue.Share) f.value();
                raised.fact(key.name(), new Fact(new FactValue.Share(Math.min(s.of(), s.count() + by), s.of()), f.evidence()));
            });
        } else {
            FactKey<FactValue.LevelValue> key = LEVELS.get(which - 3);
            int top = key == Tt25Facts.LITERACY ? 2 : 3;
            dossier.fact(key).ifPresent(f -> raised.fact(key.name(), new Fact(
                    new FactValue.LevelValue(Math.min(top, ((FactValue.LevelValue) f.value()).level() + 1)), f.evidence())));
        }
        neverLower(Fixtures.evaluate(dossier), Fixtures.evaluate(raised.build()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void addingEvidenceNeverLowersTheResult(@ForAll("communes") Dossier dossier, @ForAll @IntRange(min = 0, max = 50) int pick) {
        List<String> names = dossier.factNames();
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(pick % names.size());
        Fact fact = dossier.facts().get(name);
        List<Evidence> more = new ArrayList<>(fact.evidence());
        more.add(Fixtures.evidence("added " + name));
        Dossier added = dossier.toBuilder().fact(name, new Fact(fact.value(), more)).build();
        neverLower(Fixtures.evaluate(dossier), Fixtures.evaluate(added));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void evaluationIsDeterministicAndIndependentOfFactOrder(@ForAll("communes") Dossier dossier, @ForAll long seed) {
        List<Map.Entry<String, Fact>> entries = new ArrayList<>(dossier.facts().entrySet());
        Collections.shuffle(entries, new Random(seed));
        Dossier.Builder shuffled = Dossier.builder(dossier.scheme(), dossier.subject(), dossier.period());
        entries.forEach(e -> shuffled.fact(e.getKey(), e.getValue()));
        Decision first = Fixtures.evaluate(dossier);
        assertEquals(first, Fixtures.evaluate(dossier));
        assertEquals(first, Fixtures.evaluate(shuffled.build()));
        assertEquals(first.highestLevel(), Tt25.scheme().verdict(dossier, Fixtures.AS_OF,
                io.github.xhht.core.law.Interpretations.defaults()).highestLevel());
    }

    @Provide
    Arbitrary<Dossier> communes() {
        Arbitrary<List<Integer>> percents = Arbitraries.integers().between(45, 100).withDistribution(RandomDistribution.uniform()).list().ofSize(SHARES.size());
        Arbitrary<List<Integer>> levels = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2))
                .list().ofSize(LEVELS.size());
        // half the dossiers are spoiled in one to three places: removed, without evidence, or failing
        Arbitrary<List<Integer>> spoilers = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Integer>of())),
                Tuple.of(1, Arbitraries.integers().between(0, 3 * ALL_FACTS.size() - 1)
                        .withDistribution(RandomDistribution.uniform()).list().ofMinSize(1).ofMaxSize(3)));
        return Combinators.combine(percents, levels, spoilers, Arbitraries.longs().between(1, 5000).withDistribution(RandomDistribution.uniform()), Arbitraries.of(true, false))
                .as((pct, down, spoil, citizens, difficult) -> {
                    Dossier.Builder b = Dossier.builder(Tt25.ID, difficult ? Fixtures.commune(SubjectAttribute.DIFFICULT_AREA)
                            : Fixtures.commune(), Fixtures.YEAR);
                    Fixtures.COMMUNE_FLAGS.forEach(k -> b.fact(k, FactValue.Flag.TRUE, Fixtures.evidence(k.name())));
                    for (int i = 0; i < SHARES.size(); i++) {
                        b.fact(SHARES.get(i), new FactValue.Share(citizens * pct.get(i) / 100, citizens), Fixtures.evidence("s"));
                    }
                    for (int i = 0; i < LEVELS.size(); i++) {
                        int top = LEVELS.get(i) == Tt25Facts.LITERACY ? 2 : 3;
                        b.fact(LEVELS.get(i), new FactValue.LevelValue(top - down.get(i)), Fixtures.evidence("l"));
                    }
                    Dossier passing = b.build();
                    spoil.forEach(code -> spoil(b, passing, ALL_FACTS.get(code / 3), code % 3));
                    return b.build();
                });
    }

    private static final List<FactKey<?>> ALL_FACTS = java.util.stream.Stream.of(Fixtures.COMMUNE_FLAGS, SHARES, LEVELS)
            .<FactKey<?>>flatMap(List::stream).toList();

    /** Removes the fact (0), strips its evidence (1) or makes it fail (2). */
    private static void spoil(Dossier.Builder b, Dossier passing, FactKey<?> key, int how) {
        Fact fact = passing.facts().get(key.name());
        switch (how) {
            case 0 -> b.without(key.name());
            case 1 -> b.fact(key.name(), Fact.of(fact.value()));
            default -> b.fact(key.name(), new Fact(worse(fact.value()), fact.evidence()));
        }
    }

    private static FactValue worse(FactValue value) {
        if (value instanceof FactValue.Share s) {
            return new FactValue.Share(s.count() / 2, s.of());
        }
        if (value instanceof FactValue.LevelValue l) {
            return new FactValue.LevelValue(Math.max(0, l.level() - 1));
        }
        return FactValue.Flag.FALSE;
    }
}
