package io.github.xhht.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reading position: what a wrong type is called, the edges of whole numbers, and pointers built on demand. */
class JsonInTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode tree(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void everyJsonTypeHasTheNameTheMessagesUse() throws Exception {
        assertEquals("object", JsonIn.typeName(tree("{}")));
        assertEquals("array", JsonIn.typeName(tree("[]")));
        assertEquals("string", JsonIn.typeName(tree("\"x\"")));
        assertEquals("boolean", JsonIn.typeName(tree("true")));
        assertEquals("integer", JsonIn.typeName(tree("12")));
        assertEquals("number", JsonIn.typeName(tree("1.5")));
        assertEquals("null", JsonIn.typeName(tree("null")));
    }

    @Test
    void aWrongTypeIsNamedAtItsPointerBelowObjectsAndArrays() throws Exception {
        List<Problem> problems = new ArrayList<>();
        JsonIn root = JsonIn.root(tree("{\"a/b\": [1, {\"c~d\": true}]}"), problems, JsonLimits.defaults());
        List<Object> read = root.required("a/b").orElseThrow()
                .list(10, "maxListItems", item -> item.isObject()
                        ? item.optional("c~d").flatMap(JsonIn::string).map(s -> (Object) s) : Optional.empty());
        assertEquals(List.of(), read);
        assertEquals(List.of(
                Problem.at("/a~1b/0", ProblemCode.JSON_WRONG_TYPE, "object", "integer"),
                Problem.at("/a~1b/1/c~0d", ProblemCode.JSON_WRONG_TYPE, "string", "boolean")), problems);
    }

    @Test
    void wholeNumbersAtTheEdgesOfLongAndInt() throws Exception {
        BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
        assertEquals(Optional.of(Long.MAX_VALUE), read(longMax.toString()).integer());
        assertEquals(Optional.of(Long.MIN_VALUE), read(BigInteger.valueOf(Long.MIN_VALUE).toString()).integer());
        List<Problem> problems = new ArrayList<>();
        JsonIn.root(tree(longMax.add(BigInteger.ONE).toString()), problems, JsonLimits.defaults()).integer();
        assertEquals(List.of(Problem.at("", ProblemCode.OUT_OF_RANGE, longMax.add(BigInteger.ONE), Long.MIN_VALUE, Long.MAX_VALUE)),
                problems);

        assertEquals(Optional.of(Integer.MAX_VALUE), read(String.valueOf(Integer.MAX_VALUE)).smallInteger());
        assertEquals(Optional.of(Integer.MIN_VALUE), read(String.valueOf(Integer.MIN_VALUE)).smallInteger());
        for (long outside : new long[] {Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L}) {
            List<Problem> more = new ArrayList<>();
            assertEquals(Optional.empty(), JsonIn.root(tree(String.valueOf(outside)), more, JsonLimits.defaults()).smallInteger());
            assertEquals(List.of(Problem.at("", ProblemCode.OUT_OF_RANGE, outside, Integer.MIN_VALUE, Integer.MAX_VALUE)), more);
        }
    }

    @Test
    void aListAtItsLimitIsReadAndOneMoreIsRefused() throws Exception {
        List<Problem> problems = new ArrayList<>();
        JsonIn three = JsonIn.root(tree("[1, 2, 3]"), problems, JsonLimits.defaults());
        assertEquals(List.of(1L, 2L, 3L), three.list(3, "maxListItems", JsonIn::integer));
        assertEquals(List.of(), three.list(2, "maxListItems", JsonIn::integer));
        assertEquals(List.of(Problem.at("", ProblemCode.LIMIT_EXCEEDED, "maxListItems", 2)), problems);
    }

    private static JsonIn read(String text) throws Exception {
        return JsonIn.root(tree(text), new ArrayList<>(), JsonLimits.defaults());
    }
}
