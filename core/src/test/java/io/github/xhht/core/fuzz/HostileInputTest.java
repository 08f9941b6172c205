package io.github.xhht.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.json.JsonLimits;
import io.github.xhht.core.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs built to hurt the reader, through every entry point (text, reader, byte stream) and with the
 * default limits: each ends quickly in a typed LIMIT_EXCEEDED naming the limit, never in a stack
 * overflow, an out-of-memory or a hang. The per-limit catalogue is {@code BadDossierInputTest#limits}.
 */
class HostileInputTest {
    private static final DossierJson READER = DossierJson.strict();
    private static final JsonLimits LIMITS = JsonLimits.defaults();

    /** The three ways a caller can hand a document to the reader. */
    private static final List<Function<String, Object>> ENTRY_POINTS = List.of(
            READER::read,
            text -> READER.read(new StringReader(text)),
            text -> READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

    @ParameterizedTest(name = "entry point {0}")
    @ValueSource(ints = {0, 1, 2})
    void nestingFarBeyondTheLimitIsALimitNotAStackOverflow(int entry) {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertLimit(entry, deep, "maxDepth");
    }

    @ParameterizedTest(name = "entry point {0}")
    @ValueSource(ints = {0, 1, 2})
    void aDocumentAboveTheSizeLimitIsRefused(int entry) {
        String big = "{\"formatVersion\": 1, \"facts\": [" + "1,".repeat(LIMITS.maxDocumentChars() / 2) + "1]}";
        assertLimit(entry, big, "maxDocumentChars");
    }

    @ParameterizedTest(name = "entry point {0}")
    @ValueSource(ints = {0, 1, 2})
    void aHugeStringIsRefusedAtTheStringLimit(int entry) {
        assertLimit(entry, "{\"scheme\": \"" + "x".repeat(LIMITS.maxStringLength() + 1) + "\"}", "maxStringLength");
    }

    @ParameterizedTest(name = "entry point {0}")
    @ValueSource(ints = {0, 1, 2})
    void aHugeNumberIsRefusedAtTheNumberLimit(int entry) {
        int over = LIMITS.maxNumberLength() + 1;
        assertLimit(entry, "{\"formatVersion\": " + "9".repeat(over) + "}", "maxNumberLength");
        assertLimit(entry, "{\"formatVersion\": 0." + "1".repeat(over) + "}", "maxNumberLength");
        // Jackson buffers a number's text under its string limit and stops there first, before it can say
        // "number": a number longer than maxStringLength is refused under that name (still typed, still early)
        assertLimit(entry, "{\"formatVersion\": " + "9".repeat(100_000) + "}", "maxStringLength");
        assertLimit(entry, "{\"formatVersion\": 0." + "1".repeat(100_000) + "}", "maxStringLength");
    }

    @Test
    void theLimitsAreBoundariesNotApproximations() {
        JsonLimits depth4 = new JsonLimits(10_000, 4, 100, 20, 10, 10, 10);
        // depth 4 is the deepest a dossier needs (root, facts, fact, evidence list, item would be 5): pin both sides
        assertFalse(limitHit(depth4, "[[[[1]]]]"), "depth 4 must pass the depth limit of 4");
        assertEquals("maxDepth", limitName(depth4, "[[[[[1]]]]]"));
        JsonLimits strings5 = new JsonLimits(10_000, 8, 5, 20, 10, 10, 10);
        assertFalse(limitHit(strings5, "{\"id\": \"12345\"}"), "a string of exactly the limit passes");
        assertEquals("maxStringLength", limitName(strings5, "{\"id\": \"123456\"}"));
        JsonLimits numbers3 = new JsonLimits(10_000, 8, 50, 3, 10, 10, 10);
        assertFalse(limitHit(numbers3, "{\"formatVersion\": 123}"), "a number of exactly the limit passes");
        assertEquals("maxNumberLength", limitName(numbers3, "{\"formatVersion\": 1234}"));
        JsonLimits chars30 = new JsonLimits(30, 8, 50, 3, 10, 10, 10);
        assertFalse(limitHit(chars30, "{\"scheme\": \"" + "x".repeat(16) + "\"}"), "a document of exactly the limit passes");
        assertEquals("maxDocumentChars", limitName(chars30, "{\"scheme\": \"" + "x".repeat(17) + "\"}"));
    }

    @Test
    void noPolymorphicTypingIsConfigured() throws Exception {
        ObjectMapper mapper = StrictJson.with(LIMITS).mapper();
        TypeResolverBuilder<?> typer = mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class));
        assertNull(typer, "default typing would let input choose Java classes");
        // even a direct request for Object gives plain maps and lists, never a class named by the input
        Object read = mapper.readValue("{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"true\"]}", Object.class);
        assertEquals(java.util.LinkedHashMap.class, read.getClass());
    }

    private static void assertLimit(int entry, String text, String limit) {
        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InvalidInputException.class, () -> ENTRY_POINTS.get(entry).apply(text)));
        Problem first = e.problems().get(0);
        assertEquals(ProblemCode.LIMIT_EXCEEDED, first.code(), () -> "problems: " + e.problems());
        assertEquals(limit, first.args().get(0), () -> "problems: " + e.problems());
    }

    private static boolean limitHit(JsonLimits limits, String text) {
        return limitName(limits, text) != null;
    }

    /** The limit named by reading the text, or null when no limit was hit (other problems are ignored). */
    private static String limitName(JsonLimits limits, String text) {
        try {
            READER.withLimits(limits).read(text);
            return null;
        } catch (InvalidInputException e) {
            return e.problems().stream().filter(p -> p.code() == ProblemCode.LIMIT_EXCEEDED)
                    .map(p -> String.valueOf(p.args().get(0))).findFirst().orElse(null);
        }
    }
}
