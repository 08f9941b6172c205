package io.github.xhht.cli;

import io.github.xhht.cli.catalog.Entry;
import io.github.xhht.cli.catalog.Location;
import io.github.xhht.cli.catalog.SourceIndex;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** {@code xhht explain ID}: one indicator (or criterion, or level) as the law and the code state it. */
final class ExplainCommand {
    private final Env env;

    ExplainCommand(Env env, Lang lang) {
        this.env = env;
    }

    /** A rule where it stands. */
    private record Found(Scheme scheme, RuleSet ruleSet, Rule rule) {
    }

    int run(List<String> tokens) {
        Args args = Args.parse("explain", tokens, Common.valued("--source-root", Common.OUT), Set.of());
        Lang lang = Common.lang(args);
        if (args.positionals().size() != 1) {
            throw args.positionals().isEmpty()
                    ? CliException.usage("explain", "usage.missingArgument", lang == Lang.VI ? "MÃ" : "ID")
                    : CliException.usage("explain", "usage.tooManyArguments", String.join(" ", args.positionals()));
        }
        String id = args.positionals().get(0);
        List<Found> found = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>();
        for (Scheme scheme : env.schemes().all()) {
            for (RuleSet set : scheme.ruleSets()) {
                for (LevelRule level : set.levels()) {
                    level.stream().forEach(rule -> {
                        all.add(rule.id());
                        if (rule.id().equals(id) && found.stream().noneMatch(f -> f.ruleSet() == set)) {
                            found.add(new Found(scheme, set, rule));
                        }
                    });
                }
            }
        }
        Messages m = Texts.of(lang);
        if (found.isEmpty()) {
            List<String> similar = List.of();
            // the closest ids: those under the longest prefix of the id that exists
            for (String prefix = id; similar.isEmpty() && !prefix.isEmpty();
                 prefix = prefix.contains(".") ? prefix.substring(0, prefix.lastIndexOf('.')) : "") {
                String p = prefix;
                similar = all.stream().filter(s -> s.startsWith(p)).limit(8).toList();
            }
            throw CliException.input("error.noSuchId", id,
                    similar.isEmpty() ? "" : m.format("error.similar", String.join(", ", similar)));
        }
        SourceIndex sources = SourceIndex.scan(CatalogCommand.sourceRoot(env, args));
        StringBuilder out = new StringBuilder();
        for (Found f : found) {
            explain(f, sources, m, out);
        }
        Common.emit(env, args.value(Common.OUT), out.toString());
        return 0;
    }

    private static void explain(Found f, SourceIndex sources, Messages m, StringBuilder out) {
        Lang lang = m.lang();
        Rule rule = f.rule();
        out.append(rule.id()).append(" — ").append(rule.label().in(lang)).append('\n');
        line(out, m.format("report.scheme"), f.scheme().id() + " / " + f.ruleSet().id() + " — " + f.ruleSet().title().in(lang));
        rule.citation().ifPresent(c -> line(out, m.format("report.citation"), c.render(lang)));
        line(out, m.format("report.required"), rule.requirement().message(m));
        if (rule instanceof Indicator indicator) {
            line(out, m.format("catalog.applies"), indicator.applicability().description().in(lang));
            List<String> inputs = new ArrayList<>();
            if (!indicator.measure().facts().isEmpty()) {
                inputs.add(indicator.measure().facts().stream()
                        .map(k -> k.name() + " (" + k.kind().label().in(lang) + ")").collect(Collectors.joining(", ")));
            }
            indicator.measure().otherInputs().forEach(t -> inputs.add(t.in(lang)));
            line(out, m.format("catalog.facts"), String.join("; ", inputs));
            if (!indicator.interpretations().isEmpty()) {
                line(out, m.format("report.interpretations"), "");
                for (Interpretation i : indicator.interpretations()) {
                    out.append("    ").append(i.id()).append(": ").append(i.reading().in(lang)).append('\n');
                }
            }
            Location where = Location.of(f.ruleSet().id(), indicator, sources);
            List<String> code = new ArrayList<>();
            for (int i = 0; i < where.files().size(); i++) {
                code.add(where.classes().get(i) + " (" + where.files().get(i) + ")");
            }
            where.measure().ifPresent(c -> code.add("measure " + c));
            line(out, m.format("catalog.code"), code.isEmpty() ? m.format("catalog.notFound") : String.join("; ", code));
            List<String> tests = new ArrayList<>(where.testsById());
            tests.addAll(where.testsByFact());
            line(out, m.format("catalog.tests"), tests.isEmpty() ? m.format("catalog.none") : String.join(", ", tests));
        } else {
            for (Rule part : rule.children()) {
                out.append("  - ").append(part.id()).append(" — ").append(part.label().in(lang));
                part.citation().ifPresent(c -> out.append(" (").append(c.local(lang)).append(')'));
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
