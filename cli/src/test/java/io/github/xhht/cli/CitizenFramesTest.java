package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Công dân học tập" samples through the tool, with the scoring frames given by --citizen-frames. */
class CitizenFramesTest {
    private static final Path ROOT = Path.of("..");
    private static final String FRAMES = "examples/frames/test-frames.json";
    private static final String MET = "examples/dossiers/citizen/resident-met.json";
    private static final String BELOW_5 = "examples/dossiers/citizen/worker-indicator-below-5.json";

    @TempDir
    Path dir;

    @Test
    void withTheFramesTheSamplesGetTheirVerdictsAndReasons() throws IOException {
        Fixture.Run run = Fixture.run(ROOT, "evaluate", "--format", "json", "--as-of", "2025-03-01",
                "--citizen-frames", FRAMES, MET, BELOW_5);
        assertEquals(0, run.code(), run.err());
        JsonNode decisions = new ObjectMapper().readTree(run.out());
        assertEquals(1, decisions.get(0).path("highestLevel").asInt(), run.out());
        assertTrue(decisions.get(1).path("highestLevel").isNull(), run.out());
        String worker = decisions.get(1).toString();
        assertTrue(worker.contains("citizen.worker.i9"), worker);
        assertTrue(worker.contains("NOT_MET"), worker);
    }

    @Test
    void withoutTheFramesTheDossierIsRefusedWithAHintInTheChosenLanguage() {
        Fixture.Run vi = Fixture.run(ROOT, "evaluate", "--as-of", "2025-03-01", MET);
        assertEquals(1, vi.code());
        assertTrue(vi.err().contains("\"citizen\"") && vi.err().contains("--citizen-frames TỆP"), vi.err());
        Fixture.Run en = Fixture.run(ROOT, "evaluate", "--lang", "en", "--as-of", "2025-03-01", MET);
        assertTrue(en.err().contains("--citizen-frames FILE"), en.err());
        // a dossier of a scheme that is simply unknown gets no such hint
        assertFalse(Fixture.run(ROOT, "evaluate", "--as-of", "2025-03-01", "examples/dossiers/tt25/commune-level2.json")
                .err().contains("--citizen-frames"));
    }

    @Test
    void aBadFramesFileIsAnInputErrorNamingTheFileAndTheField() throws IOException {
        String frames = Files.readString(ROOT.resolve(FRAMES), StandardCharsets.UTF_8).replaceFirst("\"maxPoints\": 10", "\"maxPoints\": 9");
        Files.writeString(dir.resolve("frames.json"), frames, StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(ROOT, "evaluate", "--lang", "en", "--citizen-frames",
                dir.resolve("frames.json").toString(), MET);
        assertEquals(1, run.code());
        assertTrue(run.err().contains("frames.json") && run.err().contains("/frames/0/indicators"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(1, Fixture.run(ROOT, "evaluate", "--citizen-frames", "nowhere.json", MET).code());
    }

    @Test
    void batchTakesTheFramesToo() throws IOException {
        String line = new ObjectMapper().readTree(Files.readString(ROOT.resolve(BELOW_5), StandardCharsets.UTF_8)).toString();
        Files.writeString(dir.resolve("citizens.jsonl"), line + "\n", StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(ROOT, "batch", "--as-of", "2025-03-01", "--jobs", "1", "--citizen-frames", FRAMES,
                dir.resolve("citizens.jsonl").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("citizen.worker.i9"), run.out());
        assertFalse(run.out().contains("\"error\""), run.out());
    }
}
