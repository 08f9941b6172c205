package io.github.xhht.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.cli.catalog.Catalog;
import io.github.xhht.cli.catalog.Entry;
import io.github.xhht.cli.catalog.Location;
import io.github.xhht.cli.catalog.SourceIndex;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Indicator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code xhht catalog}: the criteria catalogue on the screen, or written to a directory. */
final class CatalogCommand {
    private static final JsonMapper MAPPER = new JsonMapper();

    private final Env env;

    CatalogCommand(Env env, Lang lang) {
        this.env = env;
    }

    int run(List<String> tokens) {
        Args args = Args.parse("catalog", tokens, Common.valued("--write", Common.FORMAT, "--source-root", Common.OUT), Set.of());
        Common.lang(args);
        String format = args.choice(Common.FORMAT, List.of("markdown", "json")).orElse("markdown");
        if (!args.positionals().isEmpty()) {
            throw CliException.usage("catalog", "usage.tooManyArguments", String.join(" ", args.positionals()));
        }
        SourceIndex sources = SourceIndex.scan(sourceRoot(env, args));
        Catalog catalog = new Catalog(env.schemes(), sources);
        if (args.value("--write").isPresent()) {
            write(env.resolve(args.value("--write").get()), catalog.files());
            return 0;
        }
        Common.emit(env, args.value(Common.OUT), format.equals("json") ? json(sources) : catalog.markdown());
        return 0;
    }

    /** The --source-root, or the nearest directory upwards that holds the repository's modules. */
    static Path sourceRoot(Env env, Args args) {
        if (args.value("--source-root").isPresent()) {
            return env.resolve(args.value("--source-root").get());
        }
        for (Path dir = env.workingDir().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("core"))
                    && Files.isDirectory(dir.resolve("cli"))) {
                return dir;
            }
        }
        return env.workingDir();
    }

    /** Writes the files and removes the Markdown files the catalogue no longer has. */
    static void write(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : old.filter(p -> p.toString().endsWith(".md")).toList()) {
                    if (!files.containsKey(f.getFileName().toString())) {
                        Files.delete(f);
                    }
                }
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw CliException.input("error.write", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    private String json(SourceIndex sources) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Scheme scheme : env.schemes().all()) {
            for (RuleSet set : scheme.ruleSets()) {
                for (Entry e : Entry.of(scheme, set)) {
                    list.add(indicator(e, Location.of(e.ruleSet().id(), e.indicator(), sources)));
                }
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode indicator(Entry e, Location where) {
        Indicator i = e.indicator();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", i.id());
        o.put("scheme", e.scheme().id());
        o.put("ruleSet", e.ruleSet().id());
        o.put("level", e.level().level().number());
        e.criterion().ifPresent(c -> o.put("criterion", c.id()));
        o.set("label", text(i.label()));
        o.set("citation", text(Text.of(i.cite().render(Lang.VI), i.cite().render(Lang.EN))));
        o.set("requirement", text(Text.of(i.requirement().message(Texts.of(Lang.VI)), i.requirement().message(Texts.of(Lang.EN)))));
        o.set("appliesTo", text(i.applicability().description()));
        ArrayNode facts = o.putArray("facts");
        for (FactKey<?> k : i.measure().facts()) {
            facts.addObject().put("name", k.name()).put("kind", k.kind().json());
        }
        ArrayNode otherInputs = o.putArray("otherInputs");
        i.measure().otherInputs().forEach(t -> otherInputs.add(text(t)));
        ArrayNode interpretations = o.putArray("interpretations");
        i.interpretations().stream().map(Interpretation::id).forEach(interpretations::add);
        ArrayNode files = o.putArray("code");
        where.files().forEach(files::add);
        where.measure().ifPresent(m -> o.put("measure", m));
        ArrayNode byId = o.putArray("testsById");
        where.testsById().forEach(byId::add);
        ArrayNode byFact = o.putArray("testsByFact");
        where.testsByFact().forEach(byFact::add);
        return o;
    }

    private static ObjectNode text(Text t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("vi", t.vi());
        o.put("en", t.en());
        return o;
    }
}
