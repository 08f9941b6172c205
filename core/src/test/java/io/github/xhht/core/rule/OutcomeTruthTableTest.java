package io.github.xhht.core.rule;

import static io.github.xhht.core.rule.Outcome.MET;
import static io.github.xhht.core.rule.Outcome.NOT_APPLICABLE;
import static io.github.xhht.core.rule.Outcome.NOT_MET;
import static io.github.xhht.core.rule.Outcome.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The truth tables of {@link Outcome}, written out from its javadoc: NOT_APPLICABLE is the identity of
 * and/or; otherwise and = worst, or = best of NOT_MET &lt; UNKNOWN &lt; MET; not swaps MET and NOT_MET.
 */
class OutcomeTruthTableTest {

    /** Every one of the 16 ordered pairs, with the expected conjunction and disjunction. */
    static final String[] TABLE = {
        "MET,            MET,            MET,            MET",
        "MET,            NOT_MET,        NOT_MET,        MET",
        "MET,            NOT_APPLICABLE, MET,            MET",
        "MET,            UNKNOWN,        UNKNOWN,        MET",
        "NOT_MET,        MET,            NOT_MET,        MET",
        "NOT_MET,        NOT_MET,        NOT_MET,        NOT_MET",
        "NOT_MET,        NOT_APPLICABLE, NOT_MET,        NOT_MET",
        "NOT_MET,        UNKNOWN,        NOT_MET,        UNKNOWN",
        "NOT_APPLICABLE, MET,            MET,            MET",
        "NOT_APPLICABLE, NOT_MET,        NOT_MET,        NOT_MET",
        "NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE",
        "NOT_APPLICABLE, UNKNOWN,        UNKNOWN,        UNKNOWN",
        "UNKNOWN,        MET,            UNKNOWN,        MET",
        "UNKNOWN,        NOT_MET,        NOT_MET,        UNKNOWN",
        "UNKNOWN,        NOT_APPLICABLE, UNKNOWN,        UNKNOWN",
        "UNKNOWN,        UNKNOWN,        UNKNOWN,        UNKNOWN",
    };

    static Stream<Arguments> table() {
        return Arrays.stream(TABLE).map(row -> Arguments.of((Object[]) cells(row)));
    }

    private static Outcome[] cells(String row) {
        return Arrays.stream(row.split(",")).map(String::trim).map(Outcome::valueOf).toArray(Outcome[]::new);
    }

    @ParameterizedTest(name = "{0} and {1} = {2}; {0} or {1} = {3}")
    @MethodSource("table")
    void andAndOr(Outcome a, Outcome b, Outcome and, Outcome or) {
        assertEquals(and, a.and(b), "and");
        assertEquals(or, a.or(b), "or");
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({
        "MET,            NOT_MET",
        "NOT_MET,        MET",
        "NOT_APPLICABLE, NOT_APPLICABLE",
        "UNKNOWN,        UNKNOWN",
    })
    void not(Outcome a, Outcome expected) {
        assertEquals(expected, a.not());
    }

    @Test
    void theTableCoversEveryPairExactlyOnce() {
        Set<List<Outcome>> pairs = new HashSet<>();
        for (String row : TABLE) {
            Outcome[] cells = cells(row);
            pairs.add(List.of(cells[0], cells[1]));
        }
        assertEquals(16, TABLE.length);
        assertEquals(16, pairs.size());
        assertEquals(4, EnumSet.allOf(Outcome.class).size(), "a new outcome needs new rows here");
    }

    @Test
    void ofBoolean() {
        assertEquals(MET, Outcome.of(true));
        assertEquals(NOT_MET, Outcome.of(false));
    }

    @Test
    void labelsInBothLanguages() {
        assertEquals("Đạt", MET.label().vi());
        assertEquals("Not met", NOT_MET.label().en());
        assertEquals("Không áp dụng", NOT_APPLICABLE.label().vi());
        assertEquals("Unknown (value absent)", UNKNOWN.label().en());
    }
}
