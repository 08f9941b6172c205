package io.github.xhht.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.i18n.Lang;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions on input errors: which problems, and that each renders as a finished sentence in both
 * languages. Public so other modules' tests can use it through the core test-jar.
 */
public final class Problems {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private Problems() {
    }

    /** Runs the call, expects an input error, checks it renders, and returns its problems. */
    public static List<Problem> problems(Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertRenders(e);
        return e.problems();
    }

    /** Runs the call and expects an input error with exactly this one problem. */
    public static void assertProblem(Problem expected, Executable call) {
        assertEquals(List.of(expected), problems(call));
    }

    /** Every problem of the error reads as a sentence in vi and en: pointer first, no raw key, no unfilled parameter. */
    public static void assertRenders(InvalidInputException e) {
        for (Problem p : e.problems()) {
            for (Lang lang : Lang.values()) {
                assertRenders(p, lang);
            }
            assertFalse(p.message(Lang.VI).equals(p.message(Lang.EN)), () -> "not translated: " + p.message(Lang.EN));
        }
        assertEquals(e.message(Lang.EN), e.getMessage());
    }

    /** One problem reads as a sentence in the language. */
    public static void assertRenders(Problem p, Lang lang) {
        String text = p.message(lang);
        assertFalse(text.contains("problem."), () -> "raw key in " + text);
        assertFalse(PLACEHOLDER.matcher(text).find(), () -> "unfilled parameter in " + text);
        String where = p.pointer().isEmpty() ? "" : p.pointer() + ": ";
        assertTrue(text.startsWith(where) && text.length() > where.length() + 3, () -> "no pointer or no text: " + text);
    }
}
