package io.github.xhht.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xhht.awards.nomination.Slate;
import io.github.xhht.awards.nomination.SlateChecks;
import io.github.xhht.awards.nomination.SlateJson;
import io.github.xhht.awards.nomination.SlateResult;
import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.fuzz.DossierFuzzing;
import io.github.xhht.core.law.Interpretations;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the award slate reader and the slate checks of whatever it accepts; the seed corpus is the
 * sample slates of {@code examples/slates}. Only the library's typed errors may escape, and an accepted
 * slate must survive a write/read round trip.
 */
class SlateFuzzTest {
    private static final SlateJson READER = SlateJson.strict();

    @FuzzTest(maxDuration = "2m")
    void readThenCheck(byte[] input) {
        Slate slate;
        try {
            slate = READER.read(new String(input, StandardCharsets.UTF_8));
        } catch (XhhtException typed) {
            DossierFuzzing.explains(typed);
            return;
        }
        Slate again = READER.read(READER.write(slate));
        if (!again.equals(slate)) {
            throw new AssertionError("a written slate reads back differently");
        }
        try {
            SlateResult result = SlateChecks.check(slate, Interpretations.defaults());
            READER.write(result);
        } catch (XhhtException typed) {
            DossierFuzzing.explains(typed);
        }
    }
}
