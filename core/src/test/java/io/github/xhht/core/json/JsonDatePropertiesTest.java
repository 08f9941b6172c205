package io.github.xhht.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader's dates are exactly the ISO dates {@link LocalDate#parse} accepts, at ten characters. */
class JsonDatePropertiesTest {

    @Property(tries = 3000)
    void aDateIsReadExactlyWhenLocalDateParseAcceptsIt(@ForAll("dateLike") String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> read = JsonIn.root(TextNode.valueOf(text), problems, JsonLimits.defaults()).date();
        Optional<LocalDate> expected;
        try {
            expected = text.length() == 10 ? Optional.of(LocalDate.parse(text)) : Optional.empty();
        } catch (DateTimeParseException e) {
            expected = Optional.empty();
        }
        assertEquals(expected, read, text);
        assertEquals(expected.isPresent() ? List.of() : List.of(Problem.at("", ProblemCode.INVALID_DATE, text)), problems, text);
    }

    /** Mostly well-shaped dates with valid and invalid fields, some with a sign, letters or the wrong length. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> noisy = Arbitraries.strings().withChars("0123456789-+T/ ").ofMinLength(8).ofMaxLength(11);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, shaped),
                net.jqwik.api.Tuple.of(3, noisy),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("2024-02-29", "2023-02-29", "0000-01-01", "+999-01-01", "2024-1-01", "２０２４-01-01")));
    }
}
