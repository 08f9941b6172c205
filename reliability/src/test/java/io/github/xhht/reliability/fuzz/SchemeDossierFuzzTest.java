package io.github.xhht.reliability.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xhht.cli.Registry;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.fuzz.DossierFuzzing;

/**
 * Fuzzes the dossier reader and the evaluation of whatever it accepts with every scheme the tool knows
 * ({@link Registry#standard()}: a scheme registered there is fuzzed here with no further work). The seed
 * corpus is the sample dossiers of {@code examples/dossiers}. Only typed errors may escape; see
 * {@link DossierFuzzing} for the oracle. To fuzz by hand:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl reliability -am test -Dtest=SchemeDossierFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=5m}.
 */
class SchemeDossierFuzzTest {
    private static final Schemes SCHEMES = Registry.standard();

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"\"formatVersion\"", "\"scheme\"", "\"tt25\"", "\"tt24\"", "\"titles\"", "\"subject\"", "\"kind\"",
        "\"commune\"", "\"district\"", "\"province\"", "\"unit\"", "\"individual\"", "\"unitKind\"", "\"tier\"", "\"facts\"",
        "\"flag\"", "\"count\"", "\"of\"", "\"level\"", "\"title\"", "\"evidence\"", "\"constituents\"", "\"recognitions\"",
        "\"history\"", "\"attributes\"", "\"period\"", "\"from\"", "\"to\""})
    void readThenEvaluate(byte[] input) {
        DossierFuzzing.check(input, SCHEMES);
    }
}
