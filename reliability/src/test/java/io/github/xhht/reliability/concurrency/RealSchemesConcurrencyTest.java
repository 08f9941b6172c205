package io.github.xhht.reliability.concurrency;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.cli.Registry;
import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.testing.SameAnswersInParallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real rule sets (TT 25, TT 24, "Công dân học tập" — every scheme of {@link Registry#standard()}), shared by
 * 8 threads over 100,000 dossiers, give for every dossier exactly what a sequential run gave: the whole
 * decision as JSON (every finding, reason and message in vi and en), the verdict, or the typed error.
 * The dossiers are the bundled samples varied from a fixed seed: facts dropped, evidence stripped,
 * counts and shares moved, levels changed, and as-of dates before and after the rules came into force.
 */
class RealSchemesConcurrencyTest {
    private static final int DOSSIERS = 100_000;
    private static final int THREADS = 8;
    private static final long SEED = 20231227L;
    private static final List<LocalDate> AS_OF = List.of(
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 1), LocalDate.of(2027, 2, 1));

    private static final Schemes SCHEMES = Registry.standard();
    private static List<Dossier> samples;

    @BeforeAll
    static void readSamples() throws IOException {
        DossierJson reader = DossierJson.strict();
        List<Dossier> read = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "examples", "dossiers"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                read.add(reader.read(file));
            }
        }
        samples = List.copyOf(read);
        assertTrue(samples.size() >= 8, "the bundled sample dossiers were not found: " + samples.size());
    }

    @Test
    void eightThreadsGiveTheSequentialAnswerForEveryDossier() throws Exception {
        SameAnswersInParallel.assertSame(DOSSIERS, THREADS, RealSchemesConcurrencyTest::answer,
                i -> DossierJson.strict().write(varied(i)));
    }

    @Test
    void theVariedDossiersReachEveryKindOfAnswerInEveryScheme() {
        // guards the test above against variations that only ever give errors or one verdict
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4_000; i++) {
            Dossier dossier = varied(i);
            try {
                Decision decision = SCHEMES.evaluate(dossier, asOf(i), Interpretations.defaults());
                seen.add(dossier.scheme() + ":" + decision.status() + ":" + decision.highestLevel().map(l -> l.number()).orElse(0));
            } catch (XhhtException e) {
                seen.add(dossier.scheme() + ":error");
            }
        }
        for (String scheme : List.of("tt24", "tt25")) {
            for (String answer : List.of(":NO_RULE_SET_IN_FORCE:0", ":EVALUATED:0", ":EVALUATED:1", ":EVALUATED:2")) {
                assertTrue(seen.contains(scheme + answer), scheme + answer + " never produced; seen " + seen);
            }
        }
    }

    /** Dossier i, evaluated: its decision JSON and verdict, or its error in both languages. */
    private static String answer(int i) {
        String text;
        try {
            Dossier dossier = varied(i);
            LocalDate asOf = asOf(i);
            Decision decision = SCHEMES.evaluate(dossier, asOf, Interpretations.defaults());
            text = DecisionJson.writeLine(decision) + "\n" + SCHEMES.verdict(dossier, asOf, Interpretations.defaults());
        } catch (XhhtException e) {
            text = "error\n" + e.message(Lang.VI) + "\n" + e.message(Lang.EN);
        }
        return text;
    }

    private static LocalDate asOf(int i) {
        return AS_OF.get(Math.floorMod(i * 7, AS_OF.size()));
    }

    /** A sample dossier with about one fact in four changed, chosen by a generator seeded from i. */
    static Dossier varied(int i) {
        SplittableRandom random = new SplittableRandom(SEED + i);
        Dossier sample = samples.get(i % samples.size());
        Dossier.Builder builder = sample.toBuilder();
        for (Map.Entry<String, Fact> entry : sample.facts().entrySet()) {
            Fact fact = entry.getValue();
            switch (random.nextInt(16)) {
                case 0 -> builder.without(entry.getKey());
                case 1 -> builder.fact(entry.getKey(), new Fact(fact.value(), List.of()));
                case 2, 3 -> builder.fact(entry.getKey(), new Fact(moved(fact.value(), random), fact.evidence()));
                default -> { }
            }
        }
        return builder.build();
    }

    /** The value nudged to, across or far below its threshold, staying a valid value of its kind. */
    private static FactValue moved(FactValue value, SplittableRandom random) {
        if (value instanceof FactValue.Share share) {
            long count = share.of() == 0 ? 0 : Math.max(0, share.count() - random.nextLong(Math.max(1, share.of() / 10) + 1));
            return new FactValue.Share(count, share.of());
        }
        if (value instanceof FactValue.Count count) {
            return new FactValue.Count(Math.max(0, count.value() - random.nextInt(3)));
        }
        if (value instanceof FactValue.LevelValue level) {
            return new FactValue.LevelValue(Math.max(1, level.level() - random.nextInt(2)));
        }
        if (value instanceof FactValue.Flag flag) {
            return FactValue.Flag.of(!flag.value());
        }
        return value;
    }
}
