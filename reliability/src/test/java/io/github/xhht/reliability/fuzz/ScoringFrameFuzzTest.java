package io.github.xhht.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xhht.awards.citizen.LearningCitizenScheme;
import io.github.xhht.awards.citizen.ScoringFrame;
import io.github.xhht.awards.citizen.ScoringFrameJson;
import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.fuzz.DossierFuzzing;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzzes the reader of "Công dân học tập" scoring frames ({@code --citizen-frames}) and the scheme built from
 * whatever it accepts, evaluated on the sample citizen dossiers; the seed corpus is
 * {@code examples/frames/test-frames.json}. Only the library's typed errors may escape.
 */
class ScoringFrameFuzzTest {
    private static final ScoringFrameJson READER = ScoringFrameJson.strict();
    private static final List<Dossier> CITIZENS = samples();

    @FuzzTest(maxDuration = "2m")
    void readThenEvaluate(byte[] input) {
        List<ScoringFrame> frames;
        try {
            frames = READER.read(new String(input, StandardCharsets.UTF_8));
        } catch (XhhtException typed) {
            DossierFuzzing.explains(typed);
            return;
        }
        Scheme scheme = LearningCitizenScheme.scheme(frames);
        for (Dossier citizen : CITIZENS) {
            try {
                Decision decision = scheme.evaluate(citizen, LocalDate.of(2025, 3, 1), Interpretations.defaults());
                DecisionJson.write(decision);
            } catch (XhhtException typed) {
                DossierFuzzing.explains(typed);
            }
        }
    }

    private static List<Dossier> samples() {
        try {
            DossierJson reader = DossierJson.strict();
            return List.of(
                    reader.read(Files.readString(Path.of("..", "examples", "dossiers", "citizen", "resident-met.json"))),
                    reader.read(Files.readString(Path.of("..", "examples", "dossiers", "citizen", "worker-indicator-below-5.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
