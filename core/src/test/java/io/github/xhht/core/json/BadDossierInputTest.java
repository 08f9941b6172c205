package io.github.xhht.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of malformed and inconsistent dossiers: each row is one bad input, the JSON pointer of
 * the field at fault, and the problem code it must get. Every row also renders in Vietnamese and English.
 */
public class BadDossierInputTest {
    // public: docs/bad-input.md is generated from these rows by the reliability module's BadInputCatalogueTest

    /** Small limits, so that each limit row stays short. */
    public static final JsonLimits TIGHT = new JsonLimits(2_000, 8, 50, 12, 3, 2, 4);

    /** One bad input. */
    public record Bad(String name, String json, String pointer, ProblemCode code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String SUBJECT = "\"subject\": {\"kind\": \"commune\", \"id\": \"X-1\", \"name\": \"Xã A\"}";
    private static final String PERIOD = "\"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"}";

    private static String doc(String facts) {
        return "{\"formatVersion\": 1, \"scheme\": \"tt25\", " + SUBJECT + ", " + PERIOD + ", \"facts\": {" + facts + "}}";
    }

    private static String docWith(String extra) {
        return "{\"formatVersion\": 1, \"scheme\": \"tt25\", " + SUBJECT + ", " + PERIOD + ", " + extra + "}";
    }

    private static final String EVIDENCE_OK = "{\"document\": \"1/QĐ\", \"date\": \"2024-02-01\"}";
    private static final String RECOGNITION_OK =
            "{\"scheme\": \"tt25\", \"level\": 1, \"kind\": \"first\", \"decisionDate\": \"2024-03-01\", \"assessmentYear\": 2023}";

    public static Stream<Bad> catalogue() {
        return Stream.of(
                new Bad("not JSON at all", "hello", "", ProblemCode.JSON_SYNTAX),
                new Bad("unterminated object", "{\"formatVersion\": 1", "/formatVersion", ProblemCode.JSON_SYNTAX),
                new Bad("empty document", "", "", ProblemCode.JSON_SYNTAX),
                new Bad("trailing content after the document", doc("") + " {}", "", ProblemCode.JSON_SYNTAX),
                new Bad("comment in JSON", "{/* c */ \"formatVersion\": 1}", "", ProblemCode.JSON_SYNTAX),
                new Bad("NaN as a number", doc("\"a\": {\"amount\": NaN}"), "/facts/a/amount", ProblemCode.JSON_SYNTAX),
                new Bad("duplicate key", "{\"formatVersion\": 1, \"formatVersion\": 1}", "/formatVersion", ProblemCode.JSON_DUPLICATE_KEY),
                new Bad("duplicate fact name", doc("\"a\": {\"flag\": true}, \"a\": {\"flag\": false}"), "/facts/a", ProblemCode.JSON_DUPLICATE_KEY),
                new Bad("root is an array", "[]", "", ProblemCode.JSON_WRONG_TYPE),
                new Bad("root is null", "null", "", ProblemCode.JSON_WRONG_TYPE),
                new Bad("unknown top-level field", docWith("\"comment\": \"x\""), "/comment", ProblemCode.JSON_UNKNOWN_FIELD),
                new Bad("missing formatVersion", "{\"scheme\": \"tt25\", " + SUBJECT + ", " + PERIOD + "}", "", ProblemCode.JSON_MISSING_FIELD),
                new Bad("unsupported formatVersion", doc("").replace("\"formatVersion\": 1", "\"formatVersion\": 2"), "/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
                new Bad("formatVersion as a string", doc("").replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""), "/formatVersion", ProblemCode.JSON_WRONG_TYPE),
                new Bad("missing scheme", doc("").replace("\"scheme\": \"tt25\", ", ""), "", ProblemCode.JSON_MISSING_FIELD),
                new Bad("blank scheme", doc("").replace("\"scheme\": \"tt25\"", "\"scheme\": \" \""), "/scheme", ProblemCode.BLANK),
                new Bad("missing subject", "{\"formatVersion\": 1, \"scheme\": \"tt25\", " + PERIOD + "}", "", ProblemCode.JSON_MISSING_FIELD),
                new Bad("unknown subject kind", doc("").replace("\"commune\"", "\"planet\""), "/subject/kind", ProblemCode.UNKNOWN_VALUE),
                new Bad("blank subject id", doc("").replace("\"X-1\"", "\"\""), "/subject/id", ProblemCode.BLANK),
                new Bad("blank subject name", doc("").replace("\"Xã A\"", "\"  \""), "/subject/name", ProblemCode.BLANK),
                new Bad("unknown subject attribute", doc("").replace("\"name\": \"Xã A\"", "\"name\": \"Xã A\", \"attributes\": {\"rich\": true}"), "/subject/attributes/rich", ProblemCode.JSON_UNKNOWN_FIELD),
                new Bad("attribute not a boolean", doc("").replace("\"name\": \"Xã A\"", "\"name\": \"Xã A\", \"attributes\": {\"difficultArea\": \"yes\"}"), "/subject/attributes/difficultArea", ProblemCode.JSON_WRONG_TYPE),
                new Bad("unknown tier", doc("").replace("\"name\": \"Xã A\"", "\"name\": \"Xã A\", \"tier\": \"village\""), "/subject/tier", ProblemCode.UNKNOWN_VALUE),
                new Bad("missing period", "{\"formatVersion\": 1, \"scheme\": \"tt25\", " + SUBJECT + "}", "", ProblemCode.JSON_MISSING_FIELD),
                new Bad("impossible date", doc("").replace("2024-12-31", "2024-02-30"), "/period/to", ProblemCode.INVALID_DATE),
                new Bad("date in another format", doc("").replace("2024-12-31", "31/12/2024"), "/period/to", ProblemCode.INVALID_DATE),
                new Bad("period ends before it starts", doc("").replace("2024-12-31", "2023-12-31"), "/period/to", ProblemCode.PERIOD_REVERSED),
                new Bad("facts is an array", docWith("\"facts\": []"), "/facts", ProblemCode.JSON_WRONG_TYPE),
                new Bad("fact with no value", doc("\"a\": {}"), "/facts/a", ProblemCode.FACT_VALUE_SHAPE),
                new Bad("fact with two values", doc("\"a\": {\"flag\": true, \"count\": 1}"), "/facts/a", ProblemCode.FACT_VALUE_SHAPE),
                new Bad("denominator without a count", doc("\"a\": {\"of\": 10}"), "/facts/a", ProblemCode.FACT_VALUE_SHAPE),
                new Bad("trend with only the current year", doc("\"a\": {\"current\": 10}"), "/facts/a", ProblemCode.JSON_MISSING_FIELD),
                new Bad("unknown field in a fact", doc("\"a\": {\"flag\": true, \"note\": \"x\"}"), "/facts/a/note", ProblemCode.JSON_UNKNOWN_FIELD),
                new Bad("flag as a string", doc("\"a\": {\"flag\": \"true\"}"), "/facts/a/flag", ProblemCode.JSON_WRONG_TYPE),
                new Bad("count as a string", doc("\"a\": {\"count\": \"12\"}"), "/facts/a/count", ProblemCode.JSON_WRONG_TYPE),
                new Bad("count with a fraction", doc("\"a\": {\"count\": 12.5}"), "/facts/a/count", ProblemCode.JSON_WRONG_TYPE),
                new Bad("negative count", doc("\"a\": {\"count\": -3}"), "/facts/a/count", ProblemCode.NEGATIVE_COUNT),
                new Bad("negative denominator", doc("\"a\": {\"count\": 0, \"of\": -1}"), "/facts/a/of", ProblemCode.NEGATIVE_COUNT),
                new Bad("count above the largest accepted", doc("\"a\": {\"count\": 1000000000000000001}"), "/facts/a/count", ProblemCode.COUNT_TOO_LARGE),
                new Bad("count overflowing 64 bits", doc("\"a\": {\"count\": 99999999999999999999}"), "/facts/a/count", ProblemCode.OUT_OF_RANGE),
                new Bad("numerator above denominator", doc("\"a\": {\"count\": 11, \"of\": 10}"), "/facts/a/count", ProblemCode.NUMERATOR_ABOVE_DENOMINATOR),
                new Bad("negative level", doc("\"a\": {\"level\": -1}"), "/facts/a/level", ProblemCode.OUT_OF_RANGE),
                new Bad("blank title", doc("\"a\": {\"title\": \"\"}"), "/facts/a/title", ProblemCode.BLANK),
                new Bad("date fact outside the period", doc("\"a\": {\"date\": \"2025-01-01\"}"), "/facts/a/date", ProblemCode.DATE_OUTSIDE_PERIOD),
                new Bad("amount beyond 1e18", doc("\"a\": {\"amount\": 1e19}"), "/facts/a/amount", ProblemCode.OUT_OF_RANGE),
                new Bad("exponent beyond what a number can hold", doc("\"a\": {\"amount\": 7777777777e77777777777}"), "/facts/a/amount", ProblemCode.JSON_SYNTAX),
                new Bad("evidence without a date", doc("\"a\": {\"flag\": true, \"evidence\": [{\"document\": \"1/QĐ\"}]}"), "/facts/a/evidence/0", ProblemCode.JSON_MISSING_FIELD),
                new Bad("evidence without a document", doc("\"a\": {\"flag\": true, \"evidence\": [{\"date\": \"2024-01-01\"}]}"), "/facts/a/evidence/0", ProblemCode.JSON_MISSING_FIELD),
                new Bad("evidence with a blank document", doc("\"a\": {\"flag\": true, \"evidence\": [{\"document\": \" \", \"date\": \"2024-01-01\"}]}"), "/facts/a/evidence/0/document", ProblemCode.BLANK),
                new Bad("evidence with a bad SHA-256", doc("\"a\": {\"flag\": true, \"evidence\": [{\"document\": \"1\", \"date\": \"2024-01-01\", \"sha256\": \"ABC\"}]}"), "/facts/a/evidence/0/sha256", ProblemCode.INVALID_SHA256),
                new Bad("evidence not a list", doc("\"a\": {\"flag\": true, \"evidence\": " + EVIDENCE_OK + "}"), "/facts/a/evidence", ProblemCode.JSON_WRONG_TYPE),
                new Bad("recognition at level 3", docWith("\"history\": {\"recognitions\": [" + RECOGNITION_OK.replace("\"level\": 1", "\"level\": 3") + "]}"), "/history/recognitions/0/level", ProblemCode.OUT_OF_RANGE),
                new Bad("unknown recognition kind", docWith("\"history\": {\"recognitions\": [" + RECOGNITION_OK.replace("\"first\"", "\"second\"") + "]}"), "/history/recognitions/0/kind", ProblemCode.UNKNOWN_VALUE),
                new Bad("recognition for a year after its decision", docWith("\"history\": {\"recognitions\": [" + RECOGNITION_OK.replace("2023", "2025") + "]}"), "/history/recognitions/0/assessmentYear", ProblemCode.OUT_OF_RANGE),
                new Bad("award ending before it starts", docWith("\"history\": {\"awards\": [{\"form\": \"F\", \"achievementId\": \"a\", \"achievementFrom\": \"2024-01-01\", \"achievementTo\": \"2023-01-01\", \"decisionDate\": \"2024-02-01\"}]}"), "/history/awards/0/achievementTo", ProblemCode.END_BEFORE_START),
                new Bad("duplicate constituent ids", docWith("\"constituents\": [{\"id\": \"c\", \"name\": \"A\"}, {\"id\": \"c\", \"name\": \"B\"}]"), "/constituents/1/id", ProblemCode.DUPLICATE_ID),
                new Bad("proceeding closed before it opened", docWith("\"proceedings\": [{\"kind\": \"discipline\", \"openedOn\": \"2024-05-01\", \"closedOn\": \"2024-04-01\"}]"), "/proceedings/0/closedOn", ProblemCode.END_BEFORE_START),
                new Bad("unknown proceeding kind", docWith("\"proceedings\": [{\"kind\": \"gossip\", \"openedOn\": \"2024-05-01\"}]"), "/proceedings/0/kind", ProblemCode.UNKNOWN_VALUE),
                new Bad("single-quoted string", "{'formatVersion': 1}", "", ProblemCode.JSON_SYNTAX),
                new Bad("number with leading zeros", doc("\"a\": {\"count\": 012}"), "/facts/a/count", ProblemCode.JSON_SYNTAX),
                new Bad("raw control character in a string", doc("\"a\": {\"title\": \"x\u0001y\"}"), "/facts/a/title", ProblemCode.JSON_SYNTAX),
                new Bad("Java type information in a fact (@class)", doc("\"a\": {\"@class\": \"java.lang.ProcessBuilder\", \"flag\": true}"), "/facts/a/@class", ProblemCode.JSON_UNKNOWN_FIELD),
                new Bad("type information at the root (@type)", docWith("\"@type\": \"java.net.URL\""), "/@type", ProblemCode.JSON_UNKNOWN_FIELD),
                new Bad("duplicate key inside evidence", doc("\"a\": {\"flag\": true, \"evidence\": [{\"document\": \"1\", \"document\": \"2\", \"date\": \"2024-01-01\"}]}"), "/facts/a/evidence/0/document", ProblemCode.JSON_DUPLICATE_KEY),
                new Bad("count in exponent notation", doc("\"a\": {\"count\": 1e3}"), "/facts/a/count", ProblemCode.JSON_WRONG_TYPE),
                new Bad("level as a boolean", doc("\"a\": {\"level\": true}"), "/facts/a/level", ProblemCode.JSON_WRONG_TYPE),
                new Bad("subject is a string", docWith("\"facts\": {}").replace(SUBJECT, "\"subject\": \"Xã A\""), "/subject", ProblemCode.JSON_WRONG_TYPE),
                new Bad("period without its start", doc("").replace("\"from\": \"2024-01-01\", ", ""), "/period", ProblemCode.JSON_MISSING_FIELD),
                new Bad("recognition without a decision date", docWith("\"history\": {\"recognitions\": [" + RECOGNITION_OK.replace("\"decisionDate\": \"2024-03-01\", ", "") + "]}"), "/history/recognitions/0", ProblemCode.JSON_MISSING_FIELD),
                new Bad("history is a list", docWith("\"history\": []"), "/history", ProblemCode.JSON_WRONG_TYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadInputGetsItsProblemAtItsField(Bad bad) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DossierJson.strict().read(bad.json()));
        Problem first = e.problems().get(0);
        assertEquals(bad.code(), first.code(), () -> "problems: " + e.problems());
        assertEquals(bad.pointer(), first.pointer(), () -> "problems: " + e.problems());
        for (Lang lang : Lang.values()) {
            String message = e.message(lang);
            assertFalse(message.contains("problem."), message);
            assertFalse(message.isBlank());
        }
        assertTrue(e.message(Lang.VI).startsWith(bad.pointer().isEmpty() ? "toàn bộ tài liệu" : bad.pointer()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void eachLimitIsATypedErrorNamingIt(Bad bad) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DossierJson.strict().withLimits(TIGHT).read(bad.json()));
        Problem first = e.problems().get(0);
        assertEquals(ProblemCode.LIMIT_EXCEEDED, first.code(), () -> "problems: " + e.problems());
        assertEquals(bad.name(), first.args().get(0));
        assertEquals(bad.pointer(), first.pointer());
    }

    public static Stream<Bad> limits() {
        return Stream.of(
                new Bad("maxDocumentChars", doc("\"a\": {\"title\": \"" + "x".repeat(40) + "\"}").repeat(1) + " ".repeat(2_000), "", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxDepth", "[[[[[[[[[[[[1]]]]]]]]]]]]", "", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxStringLength", doc("\"a\": {\"title\": \"" + "x".repeat(60) + "\"}"), "", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxNumberLength", doc("\"a\": {\"count\": 1234567890123456}"), "", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxFacts", doc("\"a\": {\"flag\": true}, \"b\": {\"flag\": true}, \"c\": {\"flag\": true}, \"d\": {\"flag\": true}"), "/facts", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxEvidence", doc("\"a\": {\"flag\": true, \"evidence\": [" + String.join(",", List.of(EVIDENCE_OK, EVIDENCE_OK, EVIDENCE_OK)) + "]}"), "/facts/a/evidence", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxListItems", docWith("\"constituents\": [" + String.join(",", java.util.Collections.nCopies(5, "{\"id\": \"c\", \"name\": \"A\"}")) + "]"), "/constituents", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxNameLength", doc("\"" + "k".repeat(60) + "\": {\"flag\": true}"), "", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxListItems", docWith("\"history\": {\"recognitions\": [" + String.join(",", java.util.Collections.nCopies(5, RECOGNITION_OK)) + "]}"), "/history/recognitions", ProblemCode.LIMIT_EXCEEDED),
                new Bad("maxListItems", docWith("\"proceedings\": [" + String.join(",", java.util.Collections.nCopies(5, "{\"kind\": \"discipline\", \"openedOn\": \"2024-05-01\"}")) + "]"), "/proceedings", ProblemCode.LIMIT_EXCEEDED));
    }
}
