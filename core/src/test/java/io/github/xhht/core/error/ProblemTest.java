package io.github.xhht.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.testing.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Problems locate the field by JSON pointer and explain themselves in Vietnamese and English. */
class ProblemTest {

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeRendersAsASentenceInBothLanguages(ProblemCode code) {
        Problem p = Problem.at("/facts/x", code, "a", "b", "c");
        Problems.assertRenders(p, Lang.VI);
        Problems.assertRenders(p, Lang.EN);
    }

    @Test
    void theWholeDocumentIsNamedInWords() {
        Problem p = Problem.at("", ProblemCode.JSON_SYNTAX, "unexpected end");
        assertEquals("toàn bộ tài liệu: JSON không hợp lệ: unexpected end", p.message(Lang.VI));
        assertEquals("the whole document: invalid JSON: unexpected end", p.message(Lang.EN));
    }

    @Test
    void pointerTokensAreEscapedPerRfc6901() {
        assertEquals("a~1b~0c", Problem.token("a/b~c"));
        assertEquals("~01", Problem.token("~1"), "'~' is escaped before '/', so '~1' stays two characters");
        assertEquals("plain", Problem.token("plain"));
    }

    @Test
    void problemsMoveUnderAParent() {
        InvalidInputException e = new InvalidInputException(List.of(
                Problem.at("/count", ProblemCode.NEGATIVE_COUNT, -1L), Problem.at("/of", ProblemCode.NEGATIVE_COUNT, -2L)));
        assertEquals(List.of(Problem.at("/facts/citizens/count", ProblemCode.NEGATIVE_COUNT, -1L),
                Problem.at("/facts/citizens/of", ProblemCode.NEGATIVE_COUNT, -2L)), e.under("/facts/citizens").problems());
    }

    @Test
    void allProblemsAreJoinedInTheMessage() {
        InvalidInputException e = new InvalidInputException(List.of(
                Problem.at("/count", ProblemCode.NEGATIVE_COUNT, -1L), Problem.at("/of", ProblemCode.NEGATIVE_COUNT, -2L)));
        assertEquals("/count: a count cannot be negative (-1); /of: a count cannot be negative (-2)", e.getMessage());
        assertEquals("/count: số lượng không được âm (-1); /of: số lượng không được âm (-2)", e.message(Lang.VI));
        Problems.assertRenders(e);
    }

    @Test
    void anErrorNeedsAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
    }
}
