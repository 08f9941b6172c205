package io.github.xhht.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.SubjectAttribute;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * District and province invariants over arbitrary member recognitions and spoiled facts. Level 2 ⇒ Level 1
 * holds under the default I-1 (a member at Level 2 counts toward the Level 1 share); without I-1 it need not.
 */
class TierPropertyTest {

    @Property(edgeCases = EdgeCasesMode.NONE)
    void level2MetImpliesLevel1Met(@ForAll("tiers") Dossier dossier) {
        Decision d = Fixtures.evaluate(dossier);
        if (d.met(Level.LEVEL_2)) {
            assertTrue(d.met(Level.LEVEL_1));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void recognisingOneMoreMemberOrRaisingItsLevelNeverLowersTheResult(@ForAll("tiers") Dossier dossier,
                                                                       @ForAll @IntRange(min = 0, max = 40) int pick) {
        List<Constituent> members = new ArrayList<>(dossier.constituents());
        Constituent m = members.get(pick % members.size());
        List<Recognition> more = new ArrayList<>(m.recognitions());
        boolean atLevel2 = more.stream().anyMatch(r -> r.level() == Level.LEVEL_2);
        more.add(Fixtures.recognition(atLevel2 ? Level.LEVEL_2 : more.isEmpty() ? Level.LEVEL_1 : Level.LEVEL_2,
                LocalDate.of(2025, 3, 25)));
        members.set(pick % members.size(), new Constituent(m.id(), m.name(), more));
        CommunePropertyTest.neverLower(Fixtures.evaluate(dossier), Fixtures.evaluate(Fixtures.withMembers(dossier, members)));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void raisingACountOrMovingATrendTheRightWayNeverLowersTheResult(@ForAll("tiers") Dossier dossier,
            @ForAll @IntRange(min = 0, max = 40) int pick, @ForAll @IntRange(min = 0, max = 8) int start,
            @ForAll @IntRange(min = 1, max = 3) int by) {
        // programmes (≥ 4), income, employment, GRDP (up) and poverty (down): from a value that may fail, one step better
        List<String> numeric = dossier.factNames().stream().filter(n -> dossier.facts().get(n).value() instanceof FactValue.Count
                || dossier.facts().get(n).value() instanceof FactValue.Trend).toList();
        if (numeric.isEmpty()) {
            return;
        }
        String name = numeric.get(pick % numeric.size());
        Fact fact = dossier.facts().get(name);
        FactValue worse;
        FactValue better;
        if (fact.value() instanceof FactValue.Trend t) {
            BigDecimal step = t.previous().divide(BigDecimal.valueOf(4));
            BigDecimal from = step.multiply(BigDecimal.valueOf(start));
            boolean down = name.equals(Tt25Facts.MULTIDIMENSIONAL_POVERTY_RATE.name());
            worse = new FactValue.Trend(t.previous(), from);
            better = new FactValue.Trend(t.previous(), down ? from.subtract(step.multiply(BigDecimal.valueOf(by))).max(BigDecimal.ZERO)
                    : from.add(step.multiply(BigDecimal.valueOf(by))));
        } else {
            worse = new FactValue.Count(start);
            better = new FactValue.Count(start + by);
        }
        Dossier before = dossier.toBuilder().fact(name, new Fact(worse, fact.evidence())).build();
        Dossier after = dossier.toBuilder().fact(name, new Fact(better, fact.evidence())).build();
        CommunePropertyTest.neverLower(Fixtures.evaluate(before), Fixtures.evaluate(after));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void addingEvidenceNeverLowersTheResult(@ForAll("tiers") Dossier dossier, @ForAll @IntRange(min = 0, max = 40) int pick) {
        String name = dossier.factNames().get(pick % dossier.factNames().size());
        Fact fact = dossier.facts().get(name);
        List<io.github.xhht.core.model.Evidence> more = new ArrayList<>(fact.evidence());
        more.add(Fixtures.evidence("added"));
        CommunePropertyTest.neverLower(Fixtures.evaluate(dossier),
                Fixtures.evaluate(dossier.toBuilder().fact(name, new Fact(fact.value(), more)).build()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void theOrderOfMembersAndFactsDoesNotMatter(@ForAll("tiers") Dossier dossier, @ForAll long seed) {
        List<Constituent> members = new ArrayList<>(dossier.constituents());
        Collections.shuffle(members, new Random(seed));
        Dossier.Builder facts = Dossier.builder(dossier.scheme(), dossier.subject(), dossier.period());
        List<String> names = new ArrayList<>(dossier.factNames());
        Collections.shuffle(names, new Random(seed + 1));
        names.forEach(n -> facts.fact(n, dossier.facts().get(n)));
        Dossier shuffled = Fixtures.withMembers(facts.build(), members);
        assertEquals(Fixtures.evaluate(dossier), Fixtures.evaluate(shuffled));
    }

    @Provide
    Arbitrary<Dossier> tiers() {
        Arbitrary<Dossier.Builder> base = Arbitraries.of(true, false).map(district -> district
                ? Fixtures.districtLevel2() : Fixtures.provinceLevel2(SubjectAttribute.HAS_UNIVERSITY));
        Arbitrary<List<Level>> levels = Arbitraries.frequency(Tuple.of(3, Level.LEVEL_1), Tuple.of(6, Level.LEVEL_2),
                Tuple.of(1, (Level) null)).list().ofMinSize(1).ofMaxSize(25);
        Arbitrary<List<Integer>> spoil = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.<Integer>of())),
                Tuple.of(1, Arbitraries.integers().between(0, 200).list().ofMinSize(1).ofMaxSize(2)));
        return Combinators.combine(base, levels, spoil).as((b, l, s) -> {
            Dossier full = b.build();
            List<String> names = full.factNames();
            Dossier.Builder spoilt = full.toBuilder();
            for (int code : s) {
                String name = names.get(code % names.size());
                Fact f = full.facts().get(name);
                if (code % 2 == 0) {
                    spoilt.without(name);
                } else {
                    spoilt.fact(name, Fact.of(f.value()));
                }
            }
            return Fixtures.withMembers(spoilt.build(), Fixtures.members("m", l.toArray(Level[]::new)));
        });
    }
}
