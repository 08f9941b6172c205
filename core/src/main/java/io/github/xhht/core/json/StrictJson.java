package io.github.xhht.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Parses JSON text into a tree the strict way: duplicate keys, trailing content, comments and
 * non-standard numbers are errors; limits on size, depth, strings and numbers apply while reading; no
 * type information is ever taken from the input (only trees are built, never arbitrary classes).
 * Immutable and thread-safe.
 */
public final class StrictJson {
    private final JsonLimits limits;
    private final ObjectMapper mapper;

    private StrictJson(JsonLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentChars())
                        .maxNameLength(Math.min(limits.maxStringLength(), 1_000))
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** A strict parser enforcing these limits. */
    public static StrictJson with(JsonLimits limits) {
        return new StrictJson(Objects.requireNonNull(limits, "limits"));
    }

    /** The {@code limits}. */
    public JsonLimits limits() {
        return limits;
    }

    /** The configured mapper, for writing trees. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses one document. @throws InvalidInputException with the syntax error, duplicate key or limit */
    public JsonNode parse(String text) {
        if (text.length() > limits.maxDocumentChars()) {
            throw InvalidInputException.at("", ProblemCode.LIMIT_EXCEEDED, "maxDocumentChars", limits.maxDocumentChars());
        }
        try (JsonParser parser = mapper.createParser(text)) {
            return read(parser);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Parses one document from a reader (the reader is not closed). */
    public JsonNode parse(Reader reader) {
        try (JsonParser parser = mapper.createParser(reader)) {
            return read(parser);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private JsonNode read(JsonParser parser) throws IOException {
        JsonNode node;
        try {
            node = mapper.readTree(parser);
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reports a number it cannot hold exactly (e.g. an exponent beyond int range) unchecked
            String pointer = parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
            String number = abbreviate(parser);
            throw InvalidInputException.at(pointer, ProblemCode.JSON_SYNTAX,
                    Text.of("số vượt quá phạm vi: " + number, "number out of range: " + number));
        }
        if (node == null || node.isMissingNode()) {
            throw InvalidInputException.at("", ProblemCode.JSON_SYNTAX, Text.of("tài liệu rỗng", "empty document"));
        }
        return node;
    }

    private static String abbreviate(JsonParser parser) {
        try {
            String text = parser.getText();
            return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static InvalidInputException translate(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return InvalidInputException.at("", ProblemCode.LIMIT_EXCEEDED, limitName(limit.getMessage()), firstLine(limit.getMessage()));
        }
        if (e instanceof JsonParseException parse) {
            String message = parse.getOriginalMessage();
            String where = pointerOf(parse);
            if (message != null && message.startsWith("Duplicate field '")) {
                String key = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
                return InvalidInputException.at(where, ProblemCode.JSON_DUPLICATE_KEY, key);
            }
            return InvalidInputException.at(where, ProblemCode.JSON_SYNTAX, parserSays(parse, firstLine(message)));
        }
        if (e instanceof JsonProcessingException processing) {
            return InvalidInputException.at("", ProblemCode.JSON_SYNTAX,
                    parserSays(processing, firstLine(processing.getOriginalMessage())));
        }
        return InvalidInputException.at("", ProblemCode.IO_ERROR, String.valueOf(e.getMessage()));
    }

    private static String pointerOf(JsonParseException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return "";
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer == null ? "" : pointer;
    }

    /** Where the parser stopped, in each language, and its own words (English: Jackson's), marked as such in vi. */
    private static Text parserSays(JsonProcessingException e, String detail) {
        if (e.getLocation() == null) {
            return Text.of("bộ phân tích JSON báo \"" + detail + "\"", detail);
        }
        long line = e.getLocation().getLineNr();
        long column = e.getLocation().getColumnNr();
        return Text.of("dòng " + line + ", cột " + column + ": bộ phân tích JSON báo \"" + detail + "\"",
                "line " + line + ", column " + column + ": " + detail);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        // Jackson's hints name its own configuration, which means nothing to a person writing a dossier
        for (String noise : new String[] {" (start marker", ": enable `", " (for input"}) {
            int at = line.indexOf(noise);
            if (at >= 0) {
                line = line.substring(0, at);
            }
        }
        return line;
    }

    private static String limitName(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "maxDepth";
        }
        if (m.contains("String value length")) {
            return "maxStringLength";
        }
        if (m.contains("Number value length")) {
            return "maxNumberLength";
        }
        if (m.contains("Document length")) {
            return "maxDocumentChars";
        }
        if (m.contains("Name length")) {
            return "maxNameLength";
        }
        return "limit";
    }

    /** Throws the collected problems, if any. */
    public static void throwIfAny(java.util.List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
