package io.github.xhht.core.error;

/**
 * Stable codes for everything wrong with an input. The message of each code, in Vietnamese and English,
 * is {@code problem.<name>} in the core message bundle; its parameters are listed beside each constant.
 */
public enum ProblemCode {
    /** {0} the parser's own words. */
    JSON_SYNTAX,
    /** {0} the key. */
    JSON_DUPLICATE_KEY,
    /** {0} the field name, {1} the fields allowed here. */
    JSON_UNKNOWN_FIELD,
    /** {0} the expected type, {1} the type found. */
    JSON_WRONG_TYPE,
    /** {0} the field name. */
    JSON_MISSING_FIELD,
    /** {0} the limit's name, {1} its value. */
    LIMIT_EXCEEDED,
    /** {0} the version found, {1} the versions supported. */
    UNSUPPORTED_FORMAT_VERSION,
    /** A text that must not be blank. */
    BLANK,
    /** {0} the count. */
    NEGATIVE_COUNT,
    /** {0} the count, {1} the largest count accepted. */
    COUNT_TOO_LARGE,
    /** {0} numerator, {1} denominator. */
    NUMERATOR_ABOVE_DENOMINATOR,
    /** {0} the date, {1} period start, {2} period end. */
    DATE_OUTSIDE_PERIOD,
    /** {0} start, {1} end. */
    PERIOD_REVERSED,
    /** {0} the text that is not a date. */
    INVALID_DATE,
    /** {0} the text. */
    INVALID_SHA256,
    /** {0} the value, {1} the values allowed. */
    UNKNOWN_VALUE,
    /** {0} the scheme, {1} the schemes known. */
    UNKNOWN_SCHEME,
    /** {0} the fact key, {1} the rule set. */
    UNKNOWN_FACT,
    /** {0} the fact key, {1} the kind expected, {2} the kind found. */
    WRONG_FACT_KIND,
    /** A fact gives no value field, or more than one; {0} the value fields possible. */
    FACT_VALUE_SHAPE,
    /** {0} the value, {1} minimum, {2} maximum. */
    OUT_OF_RANGE,
    /** {0} the id. */
    DUPLICATE_ID,
    /** {0} the subject kind, {1} the scheme, {2} the kinds it covers. */
    SUBJECT_NOT_COVERED,
    /** {0} the date, {1} the first day any rule set of the scheme is in force. */
    BEFORE_LAW_IN_FORCE,
    /** A field that the subject's kind requires; {0} the field, {1} the subject kind. */
    REQUIRED_FOR_KIND,
    /** {0} the end date, {1} the start date. */
    END_BEFORE_START,
    /** {0} an error while reading the input. */
    IO_ERROR,
    /** Shares that must count out of the same whole do not: {0} this denominator, {1} the other fact, {2} its denominator. */
    DENOMINATOR_MISMATCH
}
