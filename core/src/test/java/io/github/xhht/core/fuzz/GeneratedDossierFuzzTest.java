package io.github.xhht.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xhht.core.demo.ReadingClub;
import io.github.xhht.core.eval.Schemes;

/**
 * Fuzzes evaluation with mostly valid probe dossiers built from the fuzzer's choices, so that the rules are
 * reached far more often than from raw bytes (see {@link DossierReaderFuzzTest} for how to run it).
 */
class GeneratedDossierFuzzTest {
    private static final Schemes SCHEMES = Schemes.of(ProbeScheme.scheme(), ReadingClub.scheme());

    @FuzzTest(maxDuration = "2m")
    void evaluateGeneratedDossier(FuzzedDataProvider data) {
        DossierFuzzing.check(ProbeDossiers.json(data), SCHEMES);
    }
}
