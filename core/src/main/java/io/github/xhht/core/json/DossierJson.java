package io.github.xhht.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.AwardRecord;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.TitleRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes dossiers in the xhht JSON format, version {@value #FORMAT_VERSION} (see
 * {@code dossier.schema.json} beside this class). Reading is strict: unknown fields, wrong types,
 * duplicate keys, missing required fields and invalid values are all reported together, each with the
 * JSON pointer of the field, as one {@link InvalidInputException}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Dossier dossier = DossierJson.strict().read(Files.readString(path));
 * Decision decision = Tt25.scheme().evaluate(dossier, LocalDate.of(2025, 2, 1));
 * }</pre>
 */
public final class DossierJson {
    /** The format version this reader reads and this writer writes. */
    public static final int FORMAT_VERSION = 1;

    static final Set<String> ROOT = Set.of("formatVersion", "scheme", "subject", "period", "facts", "history",
            "constituents", "proceedings");
    static final Set<String> SUBJECT = Set.of("kind", "id", "name", "jurisdiction", "parentId", "unitKind", "tier",
            "attributes");
    static final Set<String> PERIOD = Set.of("from", "to");
    static final Set<String> FACT = Set.of("flag", "count", "of", "level", "title", "date", "amount", "previous",
            "current", "evidence");
    static final Set<String> EVIDENCE = Set.of("document", "issuer", "date", "description", "sha256");
    static final Set<String> HISTORY = Set.of("recognitions", "awards", "titles");
    static final Set<String> RECOGNITION = Set.of("scheme", "level", "kind", "decisionDate", "decisionNumber",
            "authority", "assessmentYear");
    static final Set<String> AWARD = Set.of("form", "achievementId", "achievementFrom", "achievementTo",
            "decisionDate", "decisionNumber");
    static final Set<String> TITLE = Set.of("title", "year", "decisionDate", "decisionNumber");
    static final Set<String> CONSTITUENT = Set.of("id", "name", "recognitions");
    static final Set<String> PROCEEDING = Set.of("kind", "openedOn", "closedOn", "reference");

    private static final String VALUE_FIELDS = "flag | count | count+of | level | title | date | amount | previous+current";

    private static final DossierJson DEFAULT = new DossierJson(StrictJson.with(JsonLimits.defaults()));

    private final StrictJson json;

    private DossierJson(StrictJson json) {
        this.json = json;
    }

    /** The strict reader and writer with {@link JsonLimits#defaults()}. */
    public static DossierJson strict() {
        return DEFAULT;
    }

    /** The same reader with other limits. */
    public DossierJson withLimits(JsonLimits limits) {
        return new DossierJson(StrictJson.with(limits));
    }

    /** The size limits the reader enforces. */
    public JsonLimits limits() {
        return json.limits();
    }

    /** Reads one dossier. @throws InvalidInputException listing every problem with its JSON pointer */
    public Dossier read(String text) {
        return read(json.parse(text));
    }

    /** Reads one dossier from a reader, which is not closed. */
    public Dossier read(Reader reader) {
        return read(json.parse(reader));
    }

    /** Reads one dossier from UTF-8 bytes; the stream is not closed. */
    public Dossier read(InputStream in) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads one dossier from a parsed tree. */
    public Dossier read(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        JsonIn root = JsonIn.root(tree, problems, json.limits());
        Optional<Dossier> dossier = dossier(root);
        StrictJson.throwIfAny(problems);
        return dossier.orElseThrow(() -> InvalidInputException.at("", ProblemCode.JSON_SYNTAX,
                Text.of("không có hồ sơ", "no dossier")));
    }

    private Optional<Dossier> dossier(JsonIn root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        root.allowOnly(ROOT);
        root.formatVersion(FORMAT_VERSION);
        Optional<String> scheme = root.required("scheme").flatMap(JsonIn::string);
        Optional<Subject> subject = root.required("subject").flatMap(this::subject);
        Optional<AssessmentPeriod> period = root.required("period").flatMap(this::period);
        Map<String, Fact> facts = root.optional("facts").map(this::facts).orElse(Map.of());
        History history = root.optional("history").map(this::history).orElse(History.empty());
        List<Constituent> constituents = root.optional("constituents")
                .map(c -> c.list(json.limits().maxListItems(), "maxListItems", this::constituent)).orElse(List.of());
        List<PendingProceeding> proceedings = root.optional("proceedings")
                .map(c -> c.list(json.limits().maxListItems(), "maxListItems", this::proceeding)).orElse(List.of());
        if (scheme.isEmpty() || subject.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return root.build(() -> new Dossier(scheme.get(), subject.get(), period.get(), facts, history, constituents, proceedings));
    }

    private Optional<Subject> subject(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(SUBJECT);
        Optional<SubjectKind> kind = in.required("kind").flatMap(k -> k.oneOf(SubjectKind.values(), SubjectKind::json));
        Optional<String> id = in.required("id").flatMap(JsonIn::string);
        Optional<String> name = in.required("name").flatMap(JsonIn::string);
        String jurisdiction = in.optional("jurisdiction").flatMap(JsonIn::string).orElse("");
        Optional<String> parentId = in.optional("parentId").flatMap(JsonIn::string);
        Optional<String> unitKind = in.optional("unitKind").flatMap(JsonIn::string);
        Optional<AdminLevel> tier = in.optional("tier").flatMap(t -> t.oneOf(AdminLevel.values(), AdminLevel::json));
        Set<SubjectAttribute> attributes = EnumSet.noneOf(SubjectAttribute.class);
        in.optional("attributes").ifPresent(a -> {
            if (!a.isObject()) {
                return;
            }
            Map<String, SubjectAttribute> byName = new LinkedHashMap<>();
            for (SubjectAttribute attribute : SubjectAttribute.values()) {
                byName.put(attribute.json(), attribute);
            }
            a.allowOnly(byName.keySet());
            for (Map.Entry<String, JsonIn> field : a.fields()) {
                SubjectAttribute attribute = byName.get(field.getKey());
                if (attribute != null && field.getValue().bool().orElse(false)) {
                    attributes.add(attribute);
                }
            }
        });
        if (kind.isEmpty() || id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new Subject(kind.get(), id.get(), name.get(), jurisdiction, parentId, unitKind, tier, attributes));
    }

    private Optional<AssessmentPeriod> period(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(PERIOD);
        Optional<LocalDate> from = in.required("from").flatMap(JsonIn::date);
        Optional<LocalDate> to = in.required("to").flatMap(JsonIn::date);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new AssessmentPeriod(from.get(), to.get()));
    }

    private Map<String, Fact> facts(JsonIn in) {
        if (!in.isObject()) {
            return Map.of();
        }
        if (in.node().size() > json.limits().maxFacts()) {
            in.problem(ProblemCode.LIMIT_EXCEEDED, "maxFacts", json.limits().maxFacts());
            return Map.of();
        }
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonIn> field : in.fields()) {
            fact(field.getValue()).ifPresent(f -> facts.put(field.getKey(), f));
        }
        return facts;
    }

    private Optional<Fact> fact(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(FACT);
        List<Evidence> evidence = in.optional("evidence")
                .map(e -> e.list(json.limits().maxEvidence(), "maxEvidence", this::evidence)).orElse(List.of());
        Optional<FactValue> value = value(in);
        return value.flatMap(v -> in.build(() -> new Fact(v, evidence)));
    }

    private Optional<FactValue> value(JsonIn in) {
        boolean flag = in.has("flag");
        boolean count = in.has("count");
        boolean level = in.has("level");
        boolean title = in.has("title");
        boolean date = in.has("date");
        boolean amount = in.has("amount");
        boolean trend = in.has("previous") || in.has("current");
        int shapes = (flag ? 1 : 0) + (count ? 1 : 0) + (level ? 1 : 0) + (title ? 1 : 0) + (date ? 1 : 0)
                + (amount ? 1 : 0) + (trend ? 1 : 0);
        if (shapes != 1 || (in.has("of") && !count)) {
            in.problem(ProblemCode.FACT_VALUE_SHAPE, VALUE_FIELDS);
            return Optional.empty();
        }
        if (flag) {
            return in.required("flag").flatMap(JsonIn::bool).map(FactValue.Flag::of);
        }
        if (count) {
            Optional<Long> n = in.required("count").flatMap(JsonIn::integer);
            if (in.has("of")) {
                Optional<Long> of = in.required("of").flatMap(JsonIn::integer);
                if (n.isEmpty() || of.isEmpty()) {
                    return Optional.empty();
                }
                return in.build(() -> new FactValue.Share(n.get(), of.get()));
            }
            return n.flatMap(v -> in.build(() -> new FactValue.Count(v)));
        }
        if (level) {
            return in.required("level").flatMap(JsonIn::smallInteger).flatMap(v -> in.build(() -> new FactValue.LevelValue(v)));
        }
        if (title) {
            return in.required("title").flatMap(JsonIn::string).flatMap(v -> in.build(() -> new FactValue.Title(v)));
        }
        if (date) {
            return in.required("date").flatMap(JsonIn::date).map(FactValue.DateValue::new);
        }
        if (amount) {
            return in.required("amount").flatMap(JsonIn::decimal).flatMap(v -> in.build(() -> new FactValue.Amount(v)));
        }
        Optional<java.math.BigDecimal> previous = in.required("previous").flatMap(JsonIn::decimal);
        Optional<java.math.BigDecimal> current = in.required("current").flatMap(JsonIn::decimal);
        if (previous.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new FactValue.Trend(previous.get(), current.get()));
    }

    private Optional<Evidence> evidence(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(EVIDENCE);
        Optional<String> document = in.required("document").flatMap(JsonIn::string);
        String issuer = in.optional("issuer").flatMap(JsonIn::string).orElse("");
        Optional<LocalDate> date = in.required("date").flatMap(JsonIn::date);
        String description = in.optional("description").flatMap(JsonIn::string).orElse("");
        Optional<String> sha256 = in.optional("sha256").flatMap(JsonIn::string);
        if (document.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new Evidence(document.get(), issuer, date.get(), description, sha256));
    }

    private History history(JsonIn in) {
        if (!in.isObject()) {
            return History.empty();
        }
        in.allowOnly(HISTORY);
        int max = json.limits().maxListItems();
        List<Recognition> recognitions = in.optional("recognitions").map(r -> r.list(max, "maxListItems", this::recognition)).orElse(List.of());
        List<AwardRecord> awards = in.optional("awards").map(r -> r.list(max, "maxListItems", this::award)).orElse(List.of());
        List<TitleRecord> titles = in.optional("titles").map(r -> r.list(max, "maxListItems", this::title)).orElse(List.of());
        return new History(recognitions, awards, titles);
    }

    /** Reads one recognition object; public for other readers that embed recognitions. */
    public Optional<Recognition> recognition(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(RECOGNITION);
        Optional<String> scheme = in.required("scheme").flatMap(JsonIn::string);
        Optional<Level> level = in.required("level").flatMap(JsonIn::smallInteger).flatMap(n -> {
            if (n < 1 || n > 2) {
                in.required("level").ifPresent(l -> l.problem(ProblemCode.OUT_OF_RANGE, n, 1, 2));
                return Optional.empty();
            }
            return Optional.of(Level.of(n));
        });
        Optional<RecognitionKind> kind = in.required("kind").flatMap(k -> k.oneOf(RecognitionKind.values(), RecognitionKind::json));
        Optional<LocalDate> decisionDate = in.required("decisionDate").flatMap(JsonIn::date);
        String number = in.optional("decisionNumber").flatMap(JsonIn::string).orElse("");
        String authority = in.optional("authority").flatMap(JsonIn::string).orElse("");
        Optional<Integer> year = in.required("assessmentYear").flatMap(JsonIn::smallInteger);
        if (scheme.isEmpty() || level.isEmpty() || kind.isEmpty() || decisionDate.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new Recognition(scheme.get(), level.get(), kind.get(), decisionDate.get(), number, authority, year.get()));
    }

    private Optional<AwardRecord> award(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(AWARD);
        Optional<String> form = in.required("form").flatMap(JsonIn::string);
        Optional<String> achievement = in.required("achievementId").flatMap(JsonIn::string);
        Optional<LocalDate> from = in.required("achievementFrom").flatMap(JsonIn::date);
        Optional<LocalDate> to = in.required("achievementTo").flatMap(JsonIn::date);
        Optional<LocalDate> decisionDate = in.required("decisionDate").flatMap(JsonIn::date);
        String number = in.optional("decisionNumber").flatMap(JsonIn::string).orElse("");
        if (form.isEmpty() || achievement.isEmpty() || from.isEmpty() || to.isEmpty() || decisionDate.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new AwardRecord(form.get(), achievement.get(), from.get(), to.get(), decisionDate.get(), number));
    }

    private Optional<TitleRecord> title(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(TITLE);
        Optional<String> title = in.required("title").flatMap(JsonIn::string);
        Optional<Integer> year = in.required("year").flatMap(JsonIn::smallInteger);
        Optional<LocalDate> decisionDate = in.required("decisionDate").flatMap(JsonIn::date);
        String number = in.optional("decisionNumber").flatMap(JsonIn::string).orElse("");
        if (title.isEmpty() || year.isEmpty() || decisionDate.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new TitleRecord(title.get(), year.get(), decisionDate.get(), number));
    }

    private Optional<Constituent> constituent(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(CONSTITUENT);
        Optional<String> id = in.required("id").flatMap(JsonIn::string);
        Optional<String> name = in.required("name").flatMap(JsonIn::string);
        List<Recognition> recognitions = in.optional("recognitions")
                .map(r -> r.list(json.limits().maxListItems(), "maxListItems", this::recognition)).orElse(List.of());
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new Constituent(id.get(), name.get(), recognitions));
    }

    private Optional<PendingProceeding> proceeding(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(PROCEEDING);
        Optional<ProceedingKind> kind = in.required("kind").flatMap(k -> k.oneOf(ProceedingKind.values(), ProceedingKind::json));
        Optional<LocalDate> opened = in.required("openedOn").flatMap(JsonIn::date);
        Optional<LocalDate> closed = in.optional("closedOn").flatMap(JsonIn::date);
        String reference = in.optional("reference").flatMap(JsonIn::string).orElse("");
        if (kind.isEmpty() || opened.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new PendingProceeding(kind.get(), opened.get(), closed, reference));
    }

    // ---------------------------------------------------------------- writing

    /** Writes the dossier as indented JSON, fields in a fixed order and facts sorted by name. */
    public String write(Dossier dossier) {
        try {
            return json.mapper().writeValueAsString(toTree(dossier));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dossier as a JSON tree. */
    public ObjectNode toTree(Dossier dossier) {
        ObjectNode root = json.mapper().createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("scheme", dossier.scheme());
        root.set("subject", subject(dossier.subject()));
        ObjectNode period = root.putObject("period");
        period.put("from", dossier.period().from().toString());
        period.put("to", dossier.period().to().toString());
        ObjectNode facts = root.putObject("facts");
        for (String name : dossier.factNames()) {
            facts.set(name, fact(dossier.facts().get(name)));
        }
        History history = dossier.history();
        if (!history.isEmpty()) {
            ObjectNode h = root.putObject("history");
            if (!history.recognitions().isEmpty()) {
                ArrayNode a = h.putArray("recognitions");
                history.recognitions().forEach(r -> a.add(recognition(r)));
            }
            if (!history.awards().isEmpty()) {
                ArrayNode a = h.putArray("awards");
                history.awards().forEach(r -> a.add(award(r)));
            }
            if (!history.titles().isEmpty()) {
                ArrayNode a = h.putArray("titles");
                history.titles().forEach(r -> a.add(title(r)));
            }
        }
        if (!dossier.constituents().isEmpty()) {
            ArrayNode a = root.putArray("constituents");
            for (Constituent c : dossier.constituents()) {
                ObjectNode o = a.addObject();
                o.put("id", c.id());
                o.put("name", c.name());
                if (!c.recognitions().isEmpty()) {
                    ArrayNode rs = o.putArray("recognitions");
                    c.recognitions().forEach(r -> rs.add(recognition(r)));
                }
            }
        }
        if (!dossier.proceedings().isEmpty()) {
            ArrayNode a = root.putArray("proceedings");
            for (PendingProceeding p : dossier.proceedings()) {
                ObjectNode o = a.addObject();
                o.put("kind", p.kind().json());
                o.put("openedOn", p.openedOn().toString());
                p.closedOn().ifPresent(d -> o.put("closedOn", d.toString()));
                if (!p.reference().isEmpty()) {
                    o.put("reference", p.reference());
                }
            }
        }
        return root;
    }

    private ObjectNode subject(Subject s) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("kind", s.kind().json());
        o.put("id", s.id());
        o.put("name", s.name());
        if (!s.jurisdiction().isEmpty()) {
            o.put("jurisdiction", s.jurisdiction());
        }
        s.parentId().ifPresent(v -> o.put("parentId", v));
        s.unitKind().ifPresent(v -> o.put("unitKind", v));
        s.tier().ifPresent(v -> o.put("tier", v.json()));
        if (!s.attributes().isEmpty()) {
            ObjectNode a = o.putObject("attributes");
            for (SubjectAttribute attribute : SubjectAttribute.values()) {
                if (s.has(attribute)) {
                    a.put(attribute.json(), true);
                }
            }
        }
        return o;
    }

    private ObjectNode fact(Fact fact) {
        ObjectNode o = json.mapper().createObjectNode();
        writeValue(o, fact.value());
        if (fact.hasEvidence()) {
            ArrayNode a = o.putArray("evidence");
            for (Evidence e : fact.evidence()) {
                a.add(evidence(e));
            }
        }
        return o;
    }

    /** Writes a fact value's fields into {@code o}: the one shape of its kind. */
    static void writeValue(ObjectNode o, FactValue value) {
        if (value instanceof FactValue.Flag f) {
            o.put("flag", f.value());
        } else if (value instanceof FactValue.Count c) {
            o.put("count", c.value());
        } else if (value instanceof FactValue.Share s) {
            o.put("count", s.count());
            o.put("of", s.of());
        } else if (value instanceof FactValue.LevelValue l) {
            o.put("level", l.level());
        } else if (value instanceof FactValue.Title t) {
            o.put("title", t.code());
        } else if (value instanceof FactValue.DateValue d) {
            o.put("date", d.date().toString());
        } else if (value instanceof FactValue.Amount a) {
            o.put("amount", a.value());
        } else if (value instanceof FactValue.Trend t) {
            o.put("previous", t.previous());
            o.put("current", t.current());
        }
    }

    ObjectNode evidence(Evidence e) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("document", e.document());
        if (!e.issuer().isEmpty()) {
            o.put("issuer", e.issuer());
        }
        o.put("date", e.date().toString());
        if (!e.description().isEmpty()) {
            o.put("description", e.description());
        }
        e.sha256().ifPresent(v -> o.put("sha256", v));
        return o;
    }

    private ObjectNode recognition(Recognition r) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("scheme", r.scheme());
        o.put("level", r.level().number());
        o.put("kind", r.kind().json());
        o.put("decisionDate", r.decisionDate().toString());
        if (!r.decisionNumber().isEmpty()) {
            o.put("decisionNumber", r.decisionNumber());
        }
        if (!r.authority().isEmpty()) {
            o.put("authority", r.authority());
        }
        o.put("assessmentYear", r.assessmentYear());
        return o;
    }

    private ObjectNode award(AwardRecord r) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("form", r.form());
        o.put("achievementId", r.achievementId());
        o.put("achievementFrom", r.achievementFrom().toString());
        o.put("achievementTo", r.achievementTo().toString());
        o.put("decisionDate", r.decisionDate().toString());
        if (!r.decisionNumber().isEmpty()) {
            o.put("decisionNumber", r.decisionNumber());
        }
        return o;
    }

    private ObjectNode title(TitleRecord r) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("title", r.title());
        o.put("year", r.year());
        o.put("decisionDate", r.decisionDate().toString());
        if (!r.decisionNumber().isEmpty()) {
            o.put("decisionNumber", r.decisionNumber());
        }
        return o;
    }

    /** Reads a UTF-8 file's dossier; a convenience for tools and tests. */
    public Dossier read(java.nio.file.Path path) {
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw InvalidInputException.at("", ProblemCode.IO_ERROR, e.getMessage());
        }
    }
}
