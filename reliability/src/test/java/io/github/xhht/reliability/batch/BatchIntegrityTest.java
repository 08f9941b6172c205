package io.github.xhht.reliability.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.cli.Cli;
import io.github.xhht.cli.Env;
import io.github.xhht.cli.Registry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black-box checks of {@code xhht batch} (the CLI's code) for what issue 9 asks of a batch: every input
 * record is either a result or an error (in = out + errors), each error names its line, and re-running
 * the same input, after an interrupted run or with another number of jobs, writes the same bytes.
 */
class BatchIntegrityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 240;

    @TempDir
    static Path dir;
    private static final Set<Integer> BAD = new TreeSet<>();

    @BeforeAll
    static void writeInput() throws IOException {
        List<String> samples = new ArrayList<>();
        for (String sample : List.of("tt25/commune-level2.json", "tt25/commune-missing-evidence.json", "tt25/province-level1.json",
                "tt24/district-enterprise-level1.json", "tt24/provincial-high-school-level2.json")) {
            samples.add(JSON.readTree(Files.readString(Path.of("..", "examples", "dossiers", sample))).toString());
        }
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= RECORDS; line++) {
            String record = samples.get(line % samples.size());
            switch (line % 11) {
                case 3 -> record = "{\"formatVersion\": 1, \"scheme\": ";
                case 7 -> record = record.replace("\"scheme\":\"tt25\"", "\"scheme\":\"tt99\"").replace("\"scheme\":\"tt24\"", "\"scheme\":\"tt99\"");
                case 9 -> {
                    ObjectNode tree = (ObjectNode) JSON.readTree(record);
                    ((ObjectNode) tree.get("facts")).putObject("favouriteColour").put("flag", true);
                    record = tree.toString();
                }
                default -> { }
            }
            if (line % 11 == 3 || line % 11 == 7 || line % 11 == 9) {
                BAD.add(line);
            }
            lines.add(record);
        }
        Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void everyRecordIsAResultOrAnErrorNamingItsLine() throws IOException {
        batch("out.jsonl", "errors.jsonl", 2);
        List<JsonNode> out = jsonLines("out.jsonl");
        List<JsonNode> errors = jsonLines("errors.jsonl");
        assertEquals(RECORDS, out.size() + errors.size(), "in = out + errors");
        Set<Integer> errorLines = new TreeSet<>();
        errors.forEach(e -> errorLines.add(e.get("line").asInt()));
        assertEquals(BAD, errorLines, "each bad record is reported with its own line number");
        List<Integer> all = new ArrayList<>();
        out.forEach(o -> all.add(o.get("line").asInt()));
        all.addAll(errorLines);
        assertEquals(RECORDS, new TreeSet<>(all).size(), "no line reported twice or lost");
        for (int i = 1; i < out.size(); i++) {
            assertTrue(out.get(i - 1).get("line").asInt() < out.get(i).get("line").asInt(), "results keep the input order");
        }
    }

    @Test
    void aReRunAfterAnInterruptedRunWritesTheSameBytes() throws IOException {
        batch("first.jsonl", "first-errors.jsonl", 1);
        byte[] first = Files.readAllBytes(dir.resolve("first.jsonl"));
        byte[] firstErrors = Files.readAllBytes(dir.resolve("first-errors.jsonl"));
        // an interrupted run leaves half a file, cut inside a line
        Files.write(dir.resolve("again.jsonl"), java.util.Arrays.copyOf(first, first.length / 2 + 7));
        Files.write(dir.resolve("again-errors.jsonl"), java.util.Arrays.copyOf(firstErrors, firstErrors.length / 3));
        batch("again.jsonl", "again-errors.jsonl", 1);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again.jsonl")));
        assertArrayEquals(firstErrors, Files.readAllBytes(dir.resolve("again-errors.jsonl")));
    }

    @Test
    void theNumberOfJobsDoesNotChangeTheOutput() throws IOException {
        batch("one.jsonl", "one-errors.jsonl", 1);
        batch("four.jsonl", "four-errors.jsonl", 4);
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.jsonl")), Files.readAllBytes(dir.resolve("four.jsonl")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one-errors.jsonl")), Files.readAllBytes(dir.resolve("four-errors.jsonl")));
    }

    private static void batch(String out, String errors, int jobs) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Env env = new Env(InputStream.nullInputStream(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), Registry.standard(), LocalDate.of(2025, 2, 1), dir, false);
        int code = new Cli(env).run("batch", "in.jsonl", "--out", out, "--errors", errors, "--as-of", "2025-02-01",
                "--jobs", String.valueOf(jobs), "--no-progress");
        assertTrue(code != Cli.INTERNAL, () -> "internal error: " + stderr.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve(out)), () -> "no output; stderr: " + stderr.toString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> jsonLines(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
