package io.github.xhht.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.Subject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV layout of a dossier: one row per dossier, the columns below, each fact column named
 * {@code FACT.FIELD} after its JSON field ({@code learners.count}, {@code learners.of},
 * {@code plan.flag}, {@code plan.evidence}). A row is turned into the dossier's JSON tree and read by the
 * same strict reader as JSON, so the checks are the same; errors name the column.
 */
public final class Csv {
    static final List<String> FIXED = List.of("scheme", "subject.kind", "subject.id", "subject.name",
            "subject.jurisdiction", "subject.parentId", "subject.unitKind", "subject.tier", "subject.attributes",
            "period.from", "period.to");
    static final Set<String> FACT_FIELDS = Set.of("flag", "count", "of", "level", "title", "date", "amount",
            "previous", "current", "evidence");
    private static final Set<String> INTEGERS = Set.of("count", "of", "level");
    private static final Set<String> DECIMALS = Set.of("amount", "previous", "current");
    private static final JsonMapper MAPPER = new JsonMapper();

    private Csv() {
    }

    /** The header for a scheme's dossiers about one kind of subject. */
    static List<String> header(Scheme scheme, SubjectKind kind) {
        Subject probe = Subject.builder(kind, "x", "x").build();
        List<RuleSet> sets = scheme.covering(probe);
        if (sets.isEmpty()) {
            sets = scheme.ruleSets();
        }
        java.util.TreeMap<String, FactKey<?>> facts = new java.util.TreeMap<>();
        sets.forEach(s -> facts.putAll(s.facts()));
        return header(facts.values());
    }

    /** The header for dossiers holding these facts: the fixed columns, then each fact's, by fact name. */
    public static List<String> header(java.util.Collection<FactKey<?>> facts) {
        Set<String> columns = new LinkedHashSet<>(FIXED);
        List<FactKey<?>> sorted = facts.stream().sorted(java.util.Comparator.comparing(FactKey::name)).toList();
        for (FactKey<?> key : sorted) {
            switch (key.kind()) {
                case SHARE -> {
                    columns.add(key.name() + ".count");
                    columns.add(key.name() + ".of");
                }
                case TREND -> {
                    columns.add(key.name() + ".previous");
                    columns.add(key.name() + ".current");
                }
                default -> columns.add(key.name() + "." + key.kind().json());
            }
            columns.add(key.name() + ".evidence");
        }
        return List.copyOf(columns);
    }

    /** Checks a header; returns the problem in words, or empty when every column is known. */
    static Optional<String> checkHeader(List<String> header) {
        Set<String> seen = new java.util.HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                return Optional.of("\"" + column + "\" ×2");
            }
            if (FIXED.contains(column)) {
                continue;
            }
            int dot = column.lastIndexOf('.');
            if (dot <= 0 || !FACT_FIELDS.contains(column.substring(dot + 1))) {
                return Optional.of("\"" + column + "\" ∉ " + String.join(", ", FIXED) + ", FACT.{"
                        + String.join("|", new java.util.TreeSet<>(FACT_FIELDS)) + "}");
            }
        }
        for (String required : List.of("scheme", "subject.kind", "subject.id", "subject.name", "period.from", "period.to")) {
            if (!seen.contains(required)) {
                return Optional.of("\"" + required + "\" ?");
            }
        }
        return Optional.empty();
    }

    /** The dossier JSON tree of one row. Empty cells are absent fields. */
    static ObjectNode toTree(List<String> header, List<String> row) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        ObjectNode subject = root.putObject("subject");
        ObjectNode period = root.putObject("period");
        ObjectNode facts = root.putObject("facts");
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String cell = i < row.size() ? row.get(i).trim() : "";
            if (cell.isEmpty()) {
                continue;
            }
            if (column.equals("scheme")) {
                root.put("scheme", cell);
            } else if (column.equals("subject.attributes")) {
                ObjectNode attributes = subject.putObject("attributes");
                for (String a : cell.split(";")) {
                    if (!a.isBlank()) {
                        attributes.put(a.trim(), true);
                    }
                }
            } else if (column.startsWith("subject.")) {
                subject.put(column.substring(8), cell);
            } else if (column.startsWith("period.")) {
                period.put(column.substring(7), cell);
            } else {
                int dot = column.lastIndexOf('.');
                String name = column.substring(0, dot);
                String field = column.substring(dot + 1);
                ObjectNode fact = facts.has(name) ? (ObjectNode) facts.get(name) : facts.putObject(name);
                fact.set(field, value(field, cell));
            }
        }
        return root;
    }

    /** A cell as the JSON value of its field; a value of the wrong shape stays text so the reader names it. */
    private static JsonNode value(String field, String cell) {
        if (field.equals("evidence")) {
            return evidence(cell);
        }
        if (field.equals("flag")) {
            return switch (cell.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "1", "có", "x" -> MAPPER.getNodeFactory().booleanNode(true);
                case "false", "no", "0", "không" -> MAPPER.getNodeFactory().booleanNode(false);
                default -> MAPPER.getNodeFactory().textNode(cell);
            };
        }
        if (INTEGERS.contains(field) || DECIMALS.contains(field)) {
            try {
                BigDecimal number = new BigDecimal(cell);
                if (INTEGERS.contains(field) && number.stripTrailingZeros().scale() <= 0) {
                    return MAPPER.getNodeFactory().numberNode(number.toBigIntegerExact());
                }
                return MAPPER.getNodeFactory().numberNode(number);
            } catch (NumberFormatException | ArithmeticException e) {
                return MAPPER.getNodeFactory().textNode(cell);
            }
        }
        return MAPPER.getNodeFactory().textNode(cell);
    }

    /** {@code document|issuer|date|description[|sha256]}, several separated by ';', or a JSON array. */
    private static JsonNode evidence(String cell) {
        if (cell.startsWith("[")) {
            try {
                return MAPPER.readTree(cell);
            } catch (IOException e) {
                return MAPPER.getNodeFactory().textNode(cell);
            }
        }
        ArrayNode list = MAPPER.createArrayNode();
        String[] names = {"document", "issuer", "date", "description", "sha256"};
        for (String item : cell.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split("\\|", -1);
            ObjectNode e = list.addObject();
            for (int i = 0; i < parts.length && i < names.length; i++) {
                e.put(names[i], parts[i].trim());
            }
        }
        return list;
    }

    /** The column a JSON pointer of the dossier comes from. */
    static String column(String pointer) {
        String[] tokens = pointer.split("/", -1);
        if (tokens.length < 2 || tokens[1].isEmpty()) {
            return pointer;
        }
        if (tokens[1].equals("facts") && tokens.length >= 3) {
            String name = tokens[2].replace("~1", "/").replace("~0", "~");
            return tokens.length >= 4 ? name + "." + tokens[3] : name;
        }
        return tokens.length >= 3 ? tokens[1] + "." + tokens[2] : tokens[1];
    }

    /** Reads RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
    static final class Reader implements AutoCloseable {
        private final java.io.Reader in;
        private long line = 1;
        private int pushedBack = -2;

        Reader(java.io.Reader in) {
            this.in = in;
        }

        /** A record and the line it starts on. */
        record Row(long line, List<String> cells) {
        }

        /** The next record that has any non-blank cell, or null at the end. */
        Row next() throws IOException {
            while (true) {
                long start = line;
                List<String> cells = new ArrayList<>();
                StringBuilder cell = new StringBuilder();
                boolean quoted = false;
                boolean any = false;
                int c;
                while ((c = read()) != -1) {
                    any = true;
                    if (quoted) {
                        if (c == '"') {
                            int d = read();
                            if (d == '"') {
                                cell.append('"');
                            } else {
                                quoted = false;
                                unread(d);
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            cell.append((char) c);
                        }
                    } else if (c == '"' && cell.length() == 0) {
                        quoted = true;
                    } else if (c == ',') {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    } else if (c == '\r') {
                        continue;
                    } else if (c == '\n') {
                        line++;
                        break;
                    } else {
                        cell.append((char) c);
                    }
                }
                if (!any) {
                    return null;
                }
                cells.add(cell.toString());
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    return new Row(start, cells);
                }
            }
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        private void unread(int c) {
            pushedBack = c;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
