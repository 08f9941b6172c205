package io.github.xhht.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.Requirement;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a {@link Decision} as JSON: every code and parameter for programs, and every message already
 * rendered in Vietnamese and English for people. Field order is fixed, so the same decision always
 * gives the same bytes.
 *
 * <pre>{@code
 * Decision decision = Tt25.scheme().evaluate(dossier, LocalDate.of(2025, 3, 31));
 * String audit = DecisionJson.write(decision);      // pretty-printed, for the dossier's archive
 * String line = DecisionJson.writeLine(decision);   // one line, for a batch file
 * }</pre>
 */
public final class DecisionJson {
    private static final ObjectMapper MAPPER = StrictJson.with(JsonLimits.defaults()).mapper();
    private static final DossierJson DOSSIERS = DossierJson.strict();

    private DecisionJson() {
    }

    /** The decision as indented JSON. */
    public static String write(Decision decision) {
        try {
            return MAPPER.writeValueAsString(toTree(decision));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision as one line of JSON, for JSON Lines output. */
    public static String writeLine(Decision decision) {
        try {
            return MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toTree(decision));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision as a JSON tree. */
    public static ObjectNode toTree(Decision decision) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", DossierJson.FORMAT_VERSION);
        root.put("scheme", decision.scheme());
        decision.ruleSetId().ifPresentOrElse(id -> root.put("ruleSet", id), () -> root.putNull("ruleSet"));
        ObjectNode subject = root.putObject("subject");
        subject.put("kind", decision.subject().kind().json());
        subject.put("id", decision.subject().id());
        subject.put("name", decision.subject().name());
        ObjectNode period = root.putObject("period");
        period.put("from", decision.period().from().toString());
        period.put("to", decision.period().to().toString());
        root.put("asOf", decision.asOf().toString());
        root.put("status", decision.status().name());
        root.set("statusLabel", text(decision.status().label()));
        decision.highestLevel().ifPresentOrElse(l -> root.put("highestLevel", l.number()), () -> root.putNull("highestLevel"));
        decision.inForceFrom().ifPresent(d -> root.put("inForceFrom", d.toString()));
        ArrayNode levels = root.putArray("levels");
        for (LevelResult level : decision.levels()) {
            ObjectNode l = levels.addObject();
            l.put("level", level.level().number());
            l.put("outcome", level.outcome().name());
            l.set("finding", finding(level.finding()));
        }
        ArrayNode interpretations = root.putArray("interpretations");
        for (Interpretation i : decision.interpretations()) {
            ObjectNode o = interpretations.addObject();
            o.put("id", i.id());
            o.set("reading", text(i.reading()));
        }
        return root;
    }

    /** One finding and its children. */
    public static ObjectNode finding(Finding f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", f.id());
        o.put("kind", f.kind().name());
        f.citation().ifPresent(c -> o.set("citation", citation(c)));
        o.set("label", text(f.label()));
        o.put("outcome", f.outcome().name());
        o.set("reason", reason(f.reason()));
        f.observed().ifPresent(v -> {
            ObjectNode observed = o.putObject("observed");
            observed.put("kind", v.kind().json());
            DossierJson.writeValue(observed, v);
            observed.put("vi", Messages.of(Lang.VI).value(v));
            observed.put("en", Messages.of(Lang.EN).value(v));
        });
        o.set("requirement", requirement(f.requirement()));
        if (!f.evidence().isEmpty()) {
            ArrayNode a = o.putArray("evidence");
            for (Evidence e : f.evidence()) {
                a.add(DOSSIERS.evidence(e));
            }
        }
        if (!f.interpretations().isEmpty()) {
            ArrayNode a = o.putArray("interpretations");
            f.interpretations().forEach(i -> a.add(i.id()));
        }
        if (!f.children().isEmpty()) {
            ArrayNode a = o.putArray("children");
            f.children().forEach(c -> a.add(finding(c)));
        }
        return o;
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("document", c.document().id());
        if (c.article() > 0) {
            o.put("article", c.article());
        }
        if (c.clause() > 0) {
            o.put("clause", c.clause());
        }
        if (!c.point().isEmpty()) {
            o.put("point", c.point());
        }
        if (!c.section().isEmpty()) {
            o.put("section", c.section());
        }
        o.put("vi", c.render(Lang.VI));
        o.put("en", c.render(Lang.EN));
        return o;
    }

    private static ObjectNode reason(Reason r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", r.code().name());
        o.set("args", args(r.args()));
        o.put("vi", r.message(Lang.VI));
        o.put("en", r.message(Lang.EN));
        return o;
    }

    private static ObjectNode requirement(Requirement r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", r.code().name());
        o.set("args", args(r.args()));
        o.put("vi", r.message(Lang.VI));
        o.put("en", r.message(Lang.EN));
        return o;
    }

    private static ArrayNode args(List<Object> args) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Object arg : args) {
            if (arg instanceof Text t) {
                a.add(text(t));
            } else if (arg instanceof Long || arg instanceof Integer) {
                a.add(((Number) arg).longValue());
            } else if (arg instanceof BigDecimal d) {
                a.add(d);
            } else if (arg instanceof LocalDate d) {
                a.add(d.toString());
            } else {
                a.add(String.valueOf(arg));
            }
        }
        return a;
    }

    private static ObjectNode text(Text t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("vi", t.vi());
        o.put("en", t.en());
        return o;
    }
}
