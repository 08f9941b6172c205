package io.github.xhht.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A position in a parsed JSON tree with its JSON pointer, and a shared list of problems. Reading
 * never throws on bad data: it records a {@link Problem} naming the pointer and returns an empty
 * value, so one pass reports every problem of a document. Public so other modules read their JSON
 * (slates, plans) with the same strictness and the same messages.
 */
public final class JsonIn {
    private final JsonNode node;
    // the pointer is built from these only when a problem needs it: a document has thousands of fields
    private final JsonIn parent;
    private final String name;
    private final int index;
    private final List<Problem> problems;
    private final JsonLimits limits;

    private JsonIn(JsonNode node, JsonIn parent, String name, int index, List<Problem> problems, JsonLimits limits) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.problems = problems;
        this.limits = limits;
    }

    /** The root of a document, collecting problems into {@code problems}. */
    public static JsonIn root(JsonNode node, List<Problem> problems, JsonLimits limits) {
        return new JsonIn(node, null, null, -1, problems, limits);
    }

    /** The JSON node read here. */
    public JsonNode node() {
        return node;
    }

    /** The JSON pointer of this node, for error messages. */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        return parent.pointer() + "/" + (name != null ? Problem.token(name) : String.valueOf(index));
    }

    /** The {@code limits}. */
    public JsonLimits limits() {
        return limits;
    }

    /** Records a problem at this position. */
    public void problem(ProblemCode code, Object... args) {
        problems.add(Problem.at(pointer(), code, args));
    }

    /** Records the problems of a model exception, placed below this position. */
    public void problems(InvalidInputException e) {
        String here = pointer();
        e.problems().forEach(p -> problems.add(p.under(here)));
    }

    /** Runs a model constructor, turning its validation error into problems here. */
    public <T> Optional<T> build(java.util.function.Supplier<T> constructor) {
        try {
            return Optional.ofNullable(constructor.get());
        } catch (InvalidInputException e) {
            problems(e);
            return Optional.empty();
        }
    }

    /** Whether this node is an object; records a wrong-type problem if not. */
    public boolean isObject() {
        if (node.isObject()) {
            return true;
        }
        problem(ProblemCode.JSON_WRONG_TYPE, "object", typeName(node));
        return false;
    }

    /** Records every field not in {@code allowed}. */
    public void allowOnly(Set<String> allowed) {
        if (!node.isObject()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(Problem.at(pointer() + "/" + Problem.token(name), ProblemCode.JSON_UNKNOWN_FIELD, name,
                        String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
    }

    /** Whether the object has the field. */
    public boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    /** The child field, or empty (recording a missing-field problem) when absent or null. */
    public Optional<JsonIn> required(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            problem(ProblemCode.JSON_MISSING_FIELD, name);
            return Optional.empty();
        }
        return Optional.of(at(name, child));
    }

    /** Reads the required {@code formatVersion} field; any version but {@code supported} is a problem there. */
    public void formatVersion(int supported) {
        required("formatVersion").ifPresent(f -> f.integer().ifPresent(v -> {
            if (v != supported) {
                f.problem(ProblemCode.UNSUPPORTED_FORMAT_VERSION, v, supported);
            }
        }));
    }

    /** The child field, or empty when absent or null. */
    public Optional<JsonIn> optional(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(at(name, child));
    }

    private JsonIn at(String name, JsonNode child) {
        return new JsonIn(child, this, name, -1, problems, limits);
    }

    /** The fields of this object in document order. */
    public List<Map.Entry<String, JsonIn>> fields() {
        List<Map.Entry<String, JsonIn>> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(Map.entry(e.getKey(), at(e.getKey(), e.getValue())));
        }
        return out;
    }

    /** The items of this array, each read by {@code item}; items that fail are left out (their problems recorded). */
    public <T> List<T> list(int maxItems, String limitName, Function<JsonIn, Optional<T>> item) {
        if (!node.isArray()) {
            problem(ProblemCode.JSON_WRONG_TYPE, "array", typeName(node));
            return List.of();
        }
        if (node.size() > maxItems) {
            problem(ProblemCode.LIMIT_EXCEEDED, limitName, maxItems);
            return List.of();
        }
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            item.apply(new JsonIn(node.get(i), this, null, i, problems, limits)).ifPresent(out::add);
        }
        return out;
    }

    /** The string value, empty when the field is absent; a non-string is an input error. */
    public Optional<String> string() {
        if (!node.isTextual()) {
            problem(ProblemCode.JSON_WRONG_TYPE, "string", typeName(node));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** The boolean value, empty when the field is absent; a non-boolean is an input error. */
    public Optional<Boolean> bool() {
        if (!node.isBoolean()) {
            problem(ProblemCode.JSON_WRONG_TYPE, "boolean", typeName(node));
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** A whole number that fits a long; 1.0 and "1" are refused. */
    public Optional<Long> integer() {
        if (!node.isIntegralNumber()) {
            problem(ProblemCode.JSON_WRONG_TYPE, "integer", typeName(node));
            return Optional.empty();
        }
        BigInteger value = node.bigIntegerValue();
        if (value.bitLength() > 63) {
            problem(ProblemCode.OUT_OF_RANGE, value, Long.MIN_VALUE, Long.MAX_VALUE);
            return Optional.empty();
        }
        return Optional.of(value.longValue());
    }

    /** A whole number that fits an int. */
    public Optional<Integer> smallInteger() {
        return integer().flatMap(v -> {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                problem(ProblemCode.OUT_OF_RANGE, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
                return Optional.empty();
            }
            return Optional.of(v.intValue());
        });
    }

    /** Any JSON number, exactly. */
    public Optional<BigDecimal> decimal() {
        if (!node.isNumber()) {
            problem(ProblemCode.JSON_WRONG_TYPE, "number", typeName(node));
            return Optional.empty();
        }
        return Optional.of(node.decimalValue());
    }

    /** An ISO date, yyyy-MM-dd. */
    public Optional<LocalDate> date() {
        return string().flatMap(text -> {
            try {
                if (text.length() != 10) {
                    throw new DateTimeParseException("length", text, 0);
                }
                return Optional.of(isoDigits(text) ? LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10))
                        : LocalDate.parse(text));
            } catch (java.time.DateTimeException e) {
                problem(ProblemCode.INVALID_DATE, text);
                return Optional.empty();
            }
        });
    }

    // a dossier holds dozens of dates: the common shape is read directly, anything else by LocalDate.parse
    private static boolean isoDigits(String text) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    /** One of the names of {@code values}, by {@code json}. */
    public <E extends Enum<E>> Optional<E> oneOf(E[] values, Function<E, String> json) {
        return string().flatMap(text -> {
            for (E value : values) {
                if (json.apply(value).equals(text)) {
                    return Optional.of(value);
                }
            }
            List<String> names = new ArrayList<>();
            for (E value : values) {
                names.add(json.apply(value));
            }
            problem(ProblemCode.UNKNOWN_VALUE, text, String.join(", ", names));
            return Optional.empty();
        });
    }

    /** The JSON type name of a node, for messages. */
    public static String typeName(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
