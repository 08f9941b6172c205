package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of one fact. Each kind validates itself at construction: counts are never negative nor
 * above {@link #MAX_COUNT}, a share's count never exceeds its denominator, so every value that exists
 * is valid. Problems name the JSON field, relative to the fact.
 */
public sealed interface FactValue {

    /** The largest count accepted: far above any population, and small enough that count × 100 never overflows. */
    long MAX_COUNT = 1_000_000_000_000_000L;

    /** The largest absolute amount accepted (income, GRDP, ...), in whatever unit the fact uses. */
    BigDecimal MAX_AMOUNT = new BigDecimal("1e18");

    /** The kind of value (flag, count, share, ...). */
    FactKind kind();

    /** A yes/no fact: a qualitative indicator's condition is carried out, a document exists, ... */
    record Flag(boolean value) implements FactValue {
        public static final Flag TRUE = new Flag(true);
        public static final Flag FALSE = new Flag(false);

        /** The flag with this value. */
        public static Flag of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public FactKind kind() {
            return FactKind.FLAG;
        }
    }

    /** A whole number of people, programmes, units, ... */
    record Count(long value) implements FactValue {
        public Count {
            checkCount("/count", value);
        }

        @Override
        public FactKind kind() {
            return FactKind.COUNT;
        }
    }

    /**
     * A count out of a total: e.g. 700 holders of "Công dân học tập" out of 1,000 citizens.
     *
     * @param count the numerator
     * @param of    the denominator
     */
    record Share(long count, long of) implements FactValue {
        public Share {
            checkCount("/count", count);
            checkCount("/of", of);
            if (count > of) {
                throw InvalidInputException.at("/count", ProblemCode.NUMERATOR_ABOVE_DENOMINATOR, count, of);
            }
        }

        /** Exact test of count / of ≥ percent / 100 (I-8): count × 100 ≥ of × percent; an empty total never passes. */
        public boolean atLeastPercent(int percent) {
            return of > 0 && count * 100 >= of * percent;
        }

        @Override
        public FactKind kind() {
            return FactKind.SHARE;
        }
    }

    /** A recognised level, e.g. universal primary education at level 3. */
    record LevelValue(int level) implements FactValue {
        public LevelValue {
            if (level < 0 || level > 99) {
                throw InvalidInputException.at("/level", ProblemCode.OUT_OF_RANGE, level, 0, 99);
            }
        }

        @Override
        public FactKind kind() {
            return FactKind.LEVEL;
        }
    }

    /** A title held, by its code, e.g. {@code ADVANCED_LABOUR_COLLECTIVE}. */
    record Title(String code) implements FactValue {
        public Title {
            Objects.requireNonNull(code, "code");
            if (code.isBlank()) {
                throw InvalidInputException.at("/title", ProblemCode.BLANK);
            }
        }

        @Override
        public FactKind kind() {
            return FactKind.TITLE;
        }
    }

    /** A date something happened, inside the assessment period. */
    record DateValue(LocalDate date) implements FactValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public FactKind kind() {
            return FactKind.DATE;
        }
    }

    /** A measured amount (money, a rate), exact decimal. */
    record Amount(BigDecimal value) implements FactValue {
        public Amount {
            checkAmount("/amount", value);
        }

        @Override
        public FactKind kind() {
            return FactKind.AMOUNT;
        }
    }

    /**
     * The same measure in the assessment year and the year before: income per head, employment rate,
     * multidimensional poverty rate, GRDP.
     */
    record Trend(BigDecimal previous, BigDecimal current) implements FactValue {
        public Trend {
            checkAmount("/previous", previous);
            checkAmount("/current", current);
        }

        /** Strictly higher than the year before ("tăng"). */
        public boolean increased() {
            return current.compareTo(previous) > 0;
        }

        /** Strictly lower than the year before ("giảm"). */
        public boolean decreased() {
            return current.compareTo(previous) < 0;
        }

        @Override
        public FactKind kind() {
            return FactKind.TREND;
        }
    }

    private static void checkCount(String pointer, long value) {
        if (value < 0) {
            throw InvalidInputException.at(pointer, ProblemCode.NEGATIVE_COUNT, value);
        }
        if (value > MAX_COUNT) {
            throw InvalidInputException.at(pointer, ProblemCode.COUNT_TOO_LARGE, value, MAX_COUNT);
        }
    }

    private static void checkAmount(String pointer, BigDecimal value) {
        Objects.requireNonNull(value, pointer);
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            throw InvalidInputException.at(pointer, ProblemCode.OUT_OF_RANGE, value, MAX_AMOUNT.negate(), MAX_AMOUNT);
        }
    }
}
