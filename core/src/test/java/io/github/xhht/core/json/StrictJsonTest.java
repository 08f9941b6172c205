package io.github.xhht.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person reads when a document is not JSON: the position in their language, the parser's words quoted. */
class StrictJsonTest {
    private static final StrictJson JSON = StrictJson.with(JsonLimits.defaults());

    private static Problem problem(String text) {
        return problem(JSON, text);
    }

    private static Problem problem(StrictJson json, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> json.parse(text));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        return e.problems().get(0);
    }

    @Test
    void aSyntaxErrorGivesThePositionInEachLanguageWithoutJacksonsOwnHints() {
        Problem p = problem("{\"a\": 1");
        assertEquals(Problem.at("/a", ProblemCode.JSON_SYNTAX,
                Text.of("dòng 1, cột 8: bộ phân tích JSON báo \"Unexpected end-of-input: expected close marker for Object\"",
                        "line 1, column 8: Unexpected end-of-input: expected close marker for Object")), p);
        assertEquals("/a: JSON không hợp lệ: dòng 1, cột 8: bộ phân tích JSON báo \"Unexpected end-of-input: expected close"
                + " marker for Object\"", p.message(Lang.VI));
    }

    @Test
    void onlyTheFirstLineOfTheParsersMessageIsKept() {
        Problem p = problem("{\"a\": tru}");
        String en = ((Text) p.args().get(0)).en();
        assertEquals(List.of(en), en.lines().toList());
        assertEquals("line 1, column 10: Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token"
                + " 'null', 'true' or 'false')", en);
    }

    @Test
    void aNumberBeyondWhatJacksonHoldsIsShownCutAtFortyCharacters() {
        // the default limit refuses numbers longer than 40 characters before Jackson reads them; a caller may allow more
        StrictJson lenient = StrictJson.with(new JsonLimits(4 * 1024 * 1024, 32, 10_000, 100, 1_000, 100, 100_000));
        String exponent = "7".repeat(45);
        Problem p = problem(lenient, "{\"a\": 1e" + exponent + "}");
        Text detail = (Text) p.args().get(0);
        String shown = ("1e" + exponent).substring(0, 40) + "…";
        assertEquals(Text.of("số vượt quá phạm vi: " + shown, "number out of range: " + shown), detail);
        assertEquals("/a", p.pointer());
        Problem exact = problem("{\"a\": 1e" + "7".repeat(38) + "}");
        assertEquals("number out of range: 1e" + "7".repeat(38), ((Text) exact.args().get(0)).en());
    }

    @Test
    void anEmptyDocumentIsSaidInEachLanguage() {
        assertEquals(Problem.at("", ProblemCode.JSON_SYNTAX, Text.of("tài liệu rỗng", "empty document")), problem(""));
        assertEquals(Problem.at("", ProblemCode.JSON_SYNTAX, Text.of("tài liệu rỗng", "empty document")), problem("   "));
    }

    @Test
    void aDocumentAtItsCharacterLimitIsReadAndOneCharacterMoreIsRefused() {
        StrictJson ten = StrictJson.with(new JsonLimits(10, 32, 10_000, 40, 1_000, 100, 100_000));
        assertEquals(10, "{\"a\":1234}".length());
        ten.parse("{\"a\":1234}");
        assertEquals(Problem.at("", ProblemCode.LIMIT_EXCEEDED, "maxDocumentChars", 10), problem(ten, "{\"a\":12345}"));
    }

    @Test
    void aDossierWithAsManyFactsAsTheLimitIsReadAndOneMoreIsRefused() {
        DossierJson two = DossierJson.strict().withLimits(new JsonLimits(4 * 1024 * 1024, 32, 10_000, 40, 2, 100, 100_000));
        String head = "{\"formatVersion\": 1, \"scheme\": \"tt25\", \"subject\": {\"kind\": \"commune\", \"id\": \"X\", \"name\": \"Xã\"},"
                + " \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"}, \"facts\": {";
        assertEquals(2, two.read(head + "\"a\": {\"flag\": true}, \"b\": {\"flag\": false}}}").facts().size());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> two.read(head + "\"a\": {\"flag\": true}, \"b\": {\"flag\": false}, \"c\": {\"count\": 1}}}"));
        assertEquals(List.of(Problem.at("/facts", ProblemCode.LIMIT_EXCEEDED, "maxFacts", 2)), e.problems());
    }
}
