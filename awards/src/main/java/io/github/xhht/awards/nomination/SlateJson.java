package io.github.xhht.awards.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.json.JsonIn;
import io.github.xhht.core.json.JsonLimits;
import io.github.xhht.core.json.StrictJson;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads and writes a slate of nominations as JSON (format version 1), strictly: unknown fields, wrong
 * types, bad dates and unknown codes are {@link InvalidInputException}s naming each field by its JSON
 * pointer. A nomination's {@code subject}, {@code history} and {@code proceedings} have the shape of the
 * dossier JSON and are read by core's {@link DossierJson}. Immutable and thread-safe.
 *
 * <pre>{"formatVersion": 1, "plan": "hcmc-education", "asOf": "2025-09-01",
 *  "quotas": [{"occasion": "MIDTERM_REVIEW", "form": "CERTIFICATE_OF_MERIT_PROVINCIAL", "max": 3, "source": "..."}],
 *  "units": [{"id": "faculty", "parentId": "college"}],
 *  "nominations": [{"id": "n1", "subject": {...}, "history": {...}, "proceedings": [...],
 *                   "achievement": {"id": "a1", "from": "2023-01-01", "to": "2025-05-31", "description": "..."},
 *                   "form": "PRIME_MINISTER_CERTIFICATE_OF_MERIT", "occasion": "MIDTERM_REVIEW", "category": "school",
 *                   "submittedOn": "2025-06-20", "registeredOn": "2023-10-20",
 *                   "documents": ["PROPOSAL_LETTER"], "basedOnInitiative": false}]}</pre>
 * A quota gives either {@code "max"} or {@code "unlimited": true}. {@code "units"} (optional) links units that are
 * not nominated to their parent, so that PR-3 follows the chain through them.
 */
public final class SlateJson {
    /** The format version this class reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final Set<String> ROOT = Set.of("formatVersion", "plan", "asOf", "quotas", "units", "nominations");
    private static final Set<String> UNIT = Set.of("id", "parentId");
    private static final Set<String> QUOTA = Set.of("occasion", "form", "max", "unlimited", "source");
    private static final Set<String> NOMINATION = Set.of("id", "subject", "history", "proceedings", "achievement", "form",
            "occasion", "category", "submittedOn", "registeredOn", "documents", "basedOnInitiative");
    private static final Set<String> ACHIEVEMENT = Set.of("id", "from", "to", "description");
    // subject, history and proceedings are read as a dossier with this placeholder scheme and period
    private static final AssessmentPeriod PLACEHOLDER = AssessmentPeriod.calendarYear(2000);

    private final StrictJson json;
    private final DossierJson dossiers;
    private final Map<String, MovementPlan> plans;

    private SlateJson(StrictJson json, Map<String, MovementPlan> plans) {
        this.json = json;
        this.dossiers = DossierJson.strict().withLimits(json.limits());
        this.plans = Map.copyOf(plans);
    }

    /** A reader that knows the five preset plans. */
    public static SlateJson strict() {
        Map<String, MovementPlan> presets = new LinkedHashMap<>();
        Plans.all().forEach(p -> presets.put(p.id(), p));
        return new SlateJson(StrictJson.with(JsonLimits.defaults()), presets);
    }

    /** The same reader, also knowing the caller's own plans (a caller's plan replaces a preset of the same id). */
    public SlateJson withPlans(List<MovementPlan> more) {
        Map<String, MovementPlan> all = new LinkedHashMap<>(plans);
        more.forEach(p -> all.put(p.id(), p));
        return new SlateJson(json, all);
    }

    /** Reads a slate from JSON text. */
    public Slate read(String text) {
        return read(json.parse(text));
    }

    /** Reads a slate from a file in UTF-8. */
    public Slate read(java.nio.file.Path path) {
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(path, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(json.parse(reader));
        } catch (java.io.IOException e) {
            throw InvalidInputException.at("", ProblemCode.IO_ERROR, e.getMessage());
        }
    }

    /** Reads a slate from a parsed tree. */
    public Slate read(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        JsonIn root = JsonIn.root(tree, problems, json.limits());
        Optional<Slate> slate = slate(root);
        StrictJson.throwIfAny(problems);
        return slate.orElseThrow(() -> InvalidInputException.at("", ProblemCode.JSON_SYNTAX,
                io.github.xhht.core.i18n.Text.of("không có danh sách đề nghị", "no slate")));
    }

    private Optional<Slate> slate(JsonIn root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        root.allowOnly(ROOT);
        root.formatVersion(FORMAT_VERSION);
        Optional<MovementPlan> plan = root.required("plan").flatMap(p -> p.string().flatMap(id -> {
            if (!plans.containsKey(id)) {
                p.problem(ProblemCode.UNKNOWN_VALUE, id, String.join(", ", new java.util.TreeSet<>(plans.keySet())));
            }
            return Optional.ofNullable(plans.get(id));
        }));
        Optional<LocalDate> asOf = root.required("asOf").flatMap(JsonIn::date);
        int max = json.limits().maxListItems();
        List<GivenQuota> quotas = root.optional("quotas").map(q -> q.list(max, "maxListItems", this::quota)).orElse(List.of());
        List<UnitLink> units = root.optional("units").map(u -> u.list(max, "maxListItems", this::unit)).orElse(List.of());
        List<Nomination> nominations = root.required("nominations")
                .map(n -> n.list(max, "maxListItems", this::nomination)).orElse(List.of());
        if (plan.isEmpty() || asOf.isEmpty()) {
            return Optional.empty();
        }
        return root.build(() -> new Slate(plan.get(), asOf.get(), nominations, quotas, units));
    }

    private Optional<UnitLink> unit(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(UNIT);
        Optional<String> id = in.required("id").flatMap(JsonIn::string);
        Optional<String> parentId = in.required("parentId").flatMap(JsonIn::string);
        if (id.isEmpty() || parentId.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new UnitLink(id.get(), parentId.get()));
    }

    private Optional<GivenQuota> quota(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(QUOTA);
        Optional<Occasion> occasion = in.required("occasion").flatMap(o -> o.oneOf(Occasion.values(), Occasion::code));
        Optional<AwardForm> form = in.required("form").flatMap(f -> f.oneOf(AwardForm.values(), AwardForm::code));
        String source = in.optional("source").flatMap(JsonIn::string).orElse("");
        boolean unlimited = in.optional("unlimited").flatMap(JsonIn::bool).orElse(false);
        OptionalInt maximum = OptionalInt.empty();
        if (!unlimited) {
            Optional<Integer> m = in.required("max").flatMap(JsonIn::smallInteger);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            if (m.get() < 0) {
                in.required("max").ifPresent(x -> x.problem(ProblemCode.NEGATIVE_COUNT, m.get()));
                return Optional.empty();
            }
            maximum = OptionalInt.of(m.get());
        } else if (in.has("max")) {
            in.problem(ProblemCode.JSON_UNKNOWN_FIELD, "max", "occasion, form, unlimited, source");
        }
        if (occasion.isEmpty() || form.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt limit = maximum;
        return in.build(() -> new GivenQuota(occasion.get(), form.get(), limit, source));
    }

    private Optional<Nomination> nomination(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(NOMINATION);
        Optional<String> id = in.required("id").flatMap(JsonIn::string);
        Optional<Dossier> parts = in.required("subject").flatMap(s -> parts(in));
        Optional<Achievement> achievement = in.required("achievement").flatMap(this::achievement);
        Optional<AwardForm> form = in.required("form").flatMap(f -> f.oneOf(AwardForm.values(), AwardForm::code));
        Optional<Occasion> occasion = in.required("occasion").flatMap(o -> o.oneOf(Occasion.values(), Occasion::code));
        Optional<String> category = in.optional("category").flatMap(JsonIn::string);
        Optional<LocalDate> submittedOn = in.optional("submittedOn").flatMap(JsonIn::date);
        Optional<LocalDate> registeredOn = in.optional("registeredOn").flatMap(JsonIn::date);
        Set<DossierDocument> documents = EnumSet.noneOf(DossierDocument.class);
        in.optional("documents").ifPresent(d -> documents.addAll(d.list(DossierDocument.values().length * 4, "maxListItems",
                x -> x.oneOf(DossierDocument.values(), DossierDocument::name))));
        boolean initiative = in.optional("basedOnInitiative").flatMap(JsonIn::bool).orElse(false);
        if (id.isEmpty() || parts.isEmpty() || achievement.isEmpty() || form.isEmpty() || occasion.isEmpty()) {
            return Optional.empty();
        }
        Dossier d = parts.get();
        return in.build(() -> new Nomination(id.get(), d.subject(), d.history(), d.proceedings(), achievement.get(), form.get(),
                occasion.get(), category, submittedOn, registeredOn, documents, initiative));
    }

    /** Reads subject, history and proceedings through core's dossier reader, keeping the pointers. */
    private Optional<Dossier> parts(JsonIn in) {
        ObjectNode tree = json.mapper().createObjectNode();
        tree.put("formatVersion", DossierJson.FORMAT_VERSION);
        tree.put("scheme", "award");
        tree.putObject("period").put("from", PLACEHOLDER.from().toString()).put("to", PLACEHOLDER.to().toString());
        for (String name : List.of("subject", "history", "proceedings")) {
            if (in.has(name)) {
                tree.set(name, in.node().get(name));
            }
        }
        return in.build(() -> dossiers.read(tree));
    }

    private Optional<Achievement> achievement(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(ACHIEVEMENT);
        Optional<String> id = in.required("id").flatMap(JsonIn::string);
        Optional<LocalDate> from = in.required("from").flatMap(JsonIn::date);
        Optional<LocalDate> to = in.required("to").flatMap(JsonIn::date);
        String description = in.optional("description").flatMap(JsonIn::string).orElse("");
        if (id.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new Achievement(id.get(), from.get(), to.get(), description));
    }

    // ---------------------------------------------------------------- writing

    /** Writes the slate as indented JSON that {@link #read(String)} reads back to an equal slate. */
    public String write(Slate slate) {
        ObjectNode root = json.mapper().createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("plan", slate.plan().id());
        root.put("asOf", slate.asOf().toString());
        if (!slate.quotas().isEmpty()) {
            ArrayNode quotas = root.putArray("quotas");
            for (GivenQuota q : slate.quotas()) {
                ObjectNode o = quotas.addObject();
                o.put("occasion", q.occasion().code());
                o.put("form", q.form().code());
                if (q.max().isPresent()) {
                    o.put("max", q.max().getAsInt());
                } else {
                    o.put("unlimited", true);
                }
                if (!q.source().isEmpty()) {
                    o.put("source", q.source());
                }
            }
        }
        if (!slate.units().isEmpty()) {
            ArrayNode units = root.putArray("units");
            for (UnitLink u : slate.units()) {
                units.addObject().put("id", u.id()).put("parentId", u.parentId());
            }
        }
        ArrayNode nominations = root.putArray("nominations");
        for (Nomination n : slate.nominations()) {
            nominations.add(nomination(n));
        }
        return text(root);
    }

    private ObjectNode nomination(Nomination n) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("id", n.id());
        ObjectNode parts = dossiers.toTree(new Dossier("award", n.subject(), PLACEHOLDER, Map.of(), n.history(), List.of(),
                n.proceedings()));
        o.set("subject", parts.get("subject"));
        if (parts.has("history")) {
            o.set("history", parts.get("history"));
        }
        if (parts.has("proceedings")) {
            o.set("proceedings", parts.get("proceedings"));
        }
        ObjectNode a = o.putObject("achievement");
        a.put("id", n.achievement().id());
        a.put("from", n.achievement().from().toString());
        a.put("to", n.achievement().to().toString());
        if (!n.achievement().description().isEmpty()) {
            a.put("description", n.achievement().description());
        }
        o.put("form", n.form().code());
        o.put("occasion", n.occasion().code());
        n.category().ifPresent(c -> o.put("category", c));
        n.submittedOn().ifPresent(d -> o.put("submittedOn", d.toString()));
        n.registeredOn().ifPresent(d -> o.put("registeredOn", d.toString()));
        if (!n.documents().isEmpty()) {
            ArrayNode docs = o.putArray("documents");
            EnumSet.copyOf(n.documents()).forEach(d -> docs.add(d.name()));
        }
        if (n.basedOnInitiative()) {
            o.put("basedOnInitiative", true);
        }
        return o;
    }

    /** Writes a slate's result: outcomes, reason codes with their Vietnamese and English messages, citations. */
    public String write(SlateResult result) {
        ObjectNode root = json.mapper().createObjectNode();
        root.put("plan", result.planId());
        root.put("asOf", result.asOf().toString());
        root.put("outcome", result.outcome().name());
        root.put("eligible", result.eligible());
        root.set("checks", checks(result.checks()));
        ArrayNode nominations = root.putArray("nominations");
        for (Eligibility e : result.nominations()) {
            ObjectNode o = nominations.addObject();
            o.put("id", e.nominationId());
            o.put("outcome", e.outcome().name());
            o.set("checks", checks(e.checks()));
        }
        return text(root);
    }

    private ArrayNode checks(List<Check> checks) {
        ArrayNode out = json.mapper().createArrayNode();
        for (Check c : checks) {
            ObjectNode o = out.addObject();
            o.put("id", c.id());
            o.put("outcome", c.outcome().name());
            o.put("code", c.reason().code().name());
            ObjectNode message = o.putObject("message");
            message.put("vi", c.reason().message(Lang.VI));
            message.put("en", c.reason().message(Lang.EN));
            ArrayNode cites = o.putArray("citations");
            for (Citation citation : c.citations()) {
                ObjectNode ci = cites.addObject();
                ci.put("vi", citation.render(Lang.VI));
                ci.put("en", citation.render(Lang.EN));
            }
            if (!c.interpretations().isEmpty()) {
                ArrayNode i = o.putArray("interpretations");
                c.interpretations().forEach(x -> i.add(x.id()));
            }
        }
        return out;
    }

    private String text(ObjectNode root) {
        try {
            return json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
