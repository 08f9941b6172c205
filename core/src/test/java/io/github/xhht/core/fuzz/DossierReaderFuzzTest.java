package io.github.xhht.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xhht.core.demo.ReadingClub;
import io.github.xhht.core.eval.Schemes;

/**
 * Fuzzes the dossier reader with raw bytes and evaluates whatever it accepts. {@code ./mvnw verify} replays
 * the committed corpus under {@code src/test/resources/io/github/xhht/core/fuzz/DossierReaderFuzzTestInputs/};
 * CI (profile {@code ci}) fuzzes for {@code xhht.fuzz.duration}. Jazzer fuzzes one test per JVM, so each fuzz
 * class holds one {@code @FuzzTest}. To fuzz by hand:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=DossierReaderFuzzTest -Djazzer.max_duration=5m}.
 */
class DossierReaderFuzzTest {
    /** Core's own test schemes (add one here to fuzz it); the reliability module fuzzes the real ones. */
    private static final Schemes SCHEMES = Schemes.of(ProbeScheme.scheme(), ReadingClub.scheme());

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"\"formatVersion\"", "\"scheme\"", "\"probe\"", "\"reading\"", "\"subject\"", "\"kind\"", "\"commune\"", "\"id\"",
        "\"name\"", "\"period\"", "\"from\"", "\"to\"", "\"facts\"", "\"flag\"", "\"count\"", "\"of\"", "\"level\"", "\"title\"",
        "\"date\"", "\"amount\"", "\"previous\"", "\"current\"", "\"evidence\"", "\"document\"", "\"history\"",
        "\"recognitions\"", "\"constituents\"", "\"proceedings\"", "\"attributes\"", "\"difficultArea\"", "\"2024-01-01\"",
        "\"learningCitizens\"", "\"programmes\"", "\"collectiveTitle\"", "\"incomePerCapita\"", "\"reviewedOn\"", "\"budget\""})
    void readThenEvaluate(byte[] input) {
        DossierFuzzing.check(input, SCHEMES);
    }
}
