package io.github.xhht.cli.catalog;

import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The criteria catalogue, generated from the registered schemes and the sources: a README with one
 * line per scheme and the interpretations, and one bilingual Markdown file per scheme with every
 * indicator's id, legal basis, labels, requirement, applicability, input facts, code and tests. The
 * output depends only on the code (no date, sorted lists), so a committed copy can be checked for drift.
 */
public final class Catalog {
    /** The command that regenerates the committed catalogue. */
    public static final String REGENERATE = "./xhht catalog --write docs/catalog";
    /** Where the catalogue is committed, from the repository root. */
    public static final String DIRECTORY = "docs/catalog";

    private static final Messages VI = io.github.xhht.cli.Texts.of(Lang.VI);
    private static final Messages EN = io.github.xhht.cli.Texts.of(Lang.EN);
    // the note at the top of every generated page, in both languages
    private static final String GENERATED = "> " + VI.format("catalog.generated", "`" + REGENERATE + "`") + "\n>\n> "
            + EN.format("catalog.generated", "`" + REGENERATE + "`");

    private final Schemes schemes;
    private final SourceIndex sources;

    /** A catalogue of the schemes' rules, pointing at their code and tests. */
    public Catalog(Schemes schemes, SourceIndex sources) {
        this.schemes = schemes;
        this.sources = sources;
    }

    /** Every file of the catalogue by name, README.md first. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", readme());
        for (Scheme scheme : schemes.all()) {
            files.put(scheme.id() + ".md", scheme(scheme));
        }
        files.put(PlanCatalog.FILE, PlanCatalog.markdown(Plans.all(), GENERATED));
        return files;
    }

    /**
     * How the committed catalogue in {@code dir} differs from {@code generated}: files missing or extra,
     * and the first differing line of each changed file. Empty when they are the same.
     */
    public static List<String> drift(java.nio.file.Path dir, Map<String, String> generated) throws java.io.IOException {
        java.util.TreeSet<String> committed = new java.util.TreeSet<>();
        if (java.nio.file.Files.isDirectory(dir)) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".md")).forEach(p -> committed.add(p.getFileName().toString()));
            }
        }
        List<String> drift = new ArrayList<>();
        for (String name : generated.keySet()) {
            if (!committed.contains(name)) {
                drift.add(name + ": missing");
            }
        }
        for (String name : committed) {
            if (!generated.containsKey(name)) {
                drift.add(name + ": no longer generated");
                continue;
            }
            String[] have = java.nio.file.Files.readString(dir.resolve(name), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            String[] want = generated.get(name).split("\n", -1);
            for (int i = 0; i < Math.max(have.length, want.length); i++) {
                String a = i < have.length ? have[i] : "";
                String b = i < want.length ? want[i] : "";
                if (!a.equals(b) || i >= have.length || i >= want.length) {
                    drift.add(name + ": line " + (i + 1) + " differs");
                    break;
                }
            }
        }
        return drift;
    }

    /** All files in one Markdown text, for the screen. */
    public String markdown() {
        return String.join("\n---\n\n", files().values());
    }

    private static String both(String key, Object... args) {
        return VI.format(key, args) + " / " + EN.format(key, args);
    }

    private static String both(Text text) {
        return text.vi().equals(text.en()) ? text.vi() : text.vi() + " / " + text.en();
    }

    private String readme() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(both("catalog.title")).append("\n\n");
        out.append(GENERATED).append("\n\n");
        out.append("| Bộ / Scheme | Tên / Title | Quy định / Rule sets | ").append(both("catalog.indicators")).append(" |\n")
                .append("|---|---|---|---:|\n");
        Map<Interpretation, List<String>> declared = new TreeMap<>();
        for (Scheme scheme : schemes.all()) {
            int count = 0;
            List<String> sets = new ArrayList<>();
            for (RuleSet set : scheme.ruleSets()) {
                List<Entry> entries = Entry.of(scheme, set);
                count += entries.size();
                sets.add("`" + set.id() + "`");
                for (Entry e : entries) {
                    for (Interpretation i : e.indicator().interpretations()) {
                        declared.computeIfAbsent(i, k -> new ArrayList<>()).add(e.indicator().id());
                    }
                }
            }
            out.append("| [`").append(scheme.id()).append("`](").append(scheme.id()).append(".md) | ")
                    .append(cell(both(scheme.title()))).append(" | ").append(String.join(", ", sets)).append(" | ")
                    .append(count).append(" |\n");
        }
        out.append("\nQuy tắc khen thưởng của các kế hoạch phong trào (mẫu có sẵn) / The award rules of the movement plans"
                + " (presets): [").append(PlanCatalog.FILE).append("](").append(PlanCatalog.FILE).append(").\n");
        out.append("Danh hiệu \"Công dân học tập\" (`citizen`) không có trong danh mục: khung điểm do tỉnh cung cấp"
                + " (`--citizen-frames`), quy tắc đạt là tổng từ 80/100 và không chỉ tiêu nào dưới 5 điểm (Quyết định 324/QĐ-KHVN)."
                + " / The \"Learning Citizen\" title (`citizen`) is not catalogued: its scoring frame is the province's"
                + " (`--citizen-frames`); the pass rule is a total of at least 80/100 with no indicator below 5 (Decision 324/QĐ-KHVN).\n");
        out.append("\n## Các cách hiểu / Interpretations\n\n");
        out.append("| | Tiếng Việt | English | Chỉ tiêu nêu rõ / Indicators that declare it |\n|---|---|---|---|\n");
        for (Interpretation i : Interpretation.values()) {
            List<String> ids = declared.getOrDefault(i, List.of());
            out.append("| ").append(i.id()).append(" | ").append(cell(i.reading().vi())).append(" | ")
                    .append(cell(i.reading().en())).append(" | ")
                    .append(ids.isEmpty() ? "—" : ids.stream().sorted().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        out.append("\nI-6, I-7 và I-8 được áp dụng bởi mọi chỉ tiêu có phạm vi áp dụng, yêu cầu minh chứng hoặc ngưỡng tỷ lệ; ")
                .append("kết quả đánh giá luôn nêu các cách hiểu đã dùng. / I-6, I-7 and I-8 apply to every indicator with an ")
                .append("applicability condition, an evidence requirement or a percentage threshold; every result names the ")
                .append("interpretations it used.\n");
        return out.toString();
    }

    private String scheme(Scheme scheme) {
        StringBuilder out = new StringBuilder();
        out.append("# `").append(scheme.id()).append("` — ").append(both(scheme.title())).append("\n\n");
        out.append(GENERATED).append("\n\n");
        for (RuleSet set : scheme.ruleSets()) {
            out.append("## `").append(set.id()).append("` — ").append(both(set.title())).append("\n\n");
            out.append("| | |\n|---|---|\n");
            out.append("| ").append(both("catalog.document")).append(" | ").append(cell(set.document().name(Lang.VI)))
                    .append(": ").append(cell(both(set.document().title()))).append(" |\n");
            String inForce = set.effectiveTo().isPresent()
                    ? VI.format("catalog.fromTo", set.effectiveFrom().toString(), set.effectiveTo().get().toString())
                    : VI.format("catalog.from", set.effectiveFrom().toString());
            String inForceEn = set.effectiveTo().isPresent()
                    ? EN.format("catalog.fromTo", set.effectiveFrom().toString(), set.effectiveTo().get().toString())
                    : EN.format("catalog.from", set.effectiveFrom().toString());
            out.append("| ").append(both("catalog.effective")).append(" | ").append(inForce).append(" / ").append(inForceEn)
                    .append(" |\n");
            out.append("| ").append(both("catalog.covers")).append(" | ").append(cell(both(set.covers().description())))
                    .append(" |\n");
            out.append("| ").append(both("catalog.facts")).append(" | ").append(set.facts().values().stream()
                    .map(k -> "`" + k.name() + "` (" + k.kind().json() + ")").collect(Collectors.joining(", "))).append(" |\n");
            out.append("| ").append(both("catalog.csv")).append(" | `")
                    .append(String.join(",", io.github.xhht.cli.Csv.header(set.facts().values()))).append("` |\n\n");
            Optional<LevelRule> currentLevel = Optional.empty();
            Optional<Criterion> currentCriterion = Optional.empty();
            for (Entry e : Entry.of(scheme, set)) {
                if (currentLevel.isEmpty() || currentLevel.get() != e.level()) {
                    currentLevel = Optional.of(e.level());
                    currentCriterion = Optional.empty();
                    out.append("### `").append(e.level().id()).append("` — ").append(both(e.level().label()))
                            .append("\n\n").append(citation(e.level().citation())).append("\n\n");
                }
                if (e.criterion().isPresent() && (currentCriterion.isEmpty() || currentCriterion.get() != e.criterion().get())) {
                    currentCriterion = e.criterion();
                    Criterion c = e.criterion().get();
                    out.append("#### `").append(c.id()).append("` — ").append(both(c.label())).append("\n\n")
                            .append(citation(c.citation())).append("\n\n");
                }
                indicator(e.ruleSet().id(), e.indicator(), out);
            }
        }
        return out.toString();
    }

    private static String citation(Optional<Citation> citation) {
        return citation.map(c -> c.render(Lang.VI) + " / " + c.render(Lang.EN)).orElse("");
    }

    private void indicator(String ruleSetId, Indicator indicator, StringBuilder out) {
        Location where = Location.of(ruleSetId, indicator, sources);
        out.append("##### `").append(indicator.id()).append("`\n\n");
        out.append("| | Tiếng Việt | English |\n|---|---|---|\n");
        out.append("| Tên / Label | ").append(cell(indicator.label().vi())).append(" | ").append(cell(indicator.label().en()))
                .append(" |\n");
        out.append("| Căn cứ / Legal basis | ").append(cell(indicator.cite().render(Lang.VI))).append(" | ")
                .append(cell(indicator.cite().render(Lang.EN))).append(" |\n");
        out.append("| Yêu cầu / Requirement | ").append(cell(indicator.requirement().message(VI))).append(" | ")
                .append(cell(indicator.requirement().message(EN))).append(" |\n");
        out.append("| Áp dụng cho / Applies to | ").append(cell(indicator.applicability().description().vi())).append(" | ")
                .append(cell(indicator.applicability().description().en())).append(" |\n");
        if (!indicator.interpretations().isEmpty()) {
            out.append("| Cách hiểu / Interpretations | ").append(indicator.interpretations().stream().map(Interpretation::id)
                    .collect(Collectors.joining(", "))).append(" | |\n");
        }
        // facts are named alike in both languages; what the measure reads besides them is said in each
        List<String> vi = new ArrayList<>();
        if (!indicator.measure().facts().isEmpty()) {
            vi.add(indicator.measure().facts().stream().map(Catalog::fact).collect(Collectors.joining(", ")));
        }
        indicator.measure().otherInputs().forEach(t -> vi.add(cell(t.vi())));
        String en = indicator.measure().otherInputs().stream().map(t -> cell(t.en())).collect(Collectors.joining("; "));
        out.append("| ").append(both("catalog.facts")).append(" | ").append(String.join("; ", vi)).append(" | ")
                .append(en).append(en.isEmpty() ? "|\n" : " |\n");
        out.append("| ").append(both("catalog.code")).append(" | ").append(code(where)).append(" | |\n");
        out.append("| ").append(both("catalog.tests")).append(" | ").append(tests(where)).append(" | |\n\n");
    }

    private static String fact(FactKey<?> key) {
        return "`" + key.name() + "` (" + key.kind().json() + ")";
    }

    private static String code(Location where) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < where.files().size(); i++) {
            parts.add(link(where.files().get(i)) + " (`" + where.classes().get(i) + "`)");
        }
        where.measure().ifPresent(m -> parts.add("measure `" + m + "`"));
        return parts.isEmpty() ? both("catalog.notFound") : String.join("; ", parts);
    }

    private static String tests(Location where) {
        if (where.testsById().isEmpty() && where.testsByFact().isEmpty()) {
            return both("catalog.none");
        }
        List<String> parts = new ArrayList<>();
        where.testsById().forEach(t -> parts.add(link(t) + " (id)"));
        where.testsByFact().forEach(t -> parts.add(link(t) + " (fact)"));
        return String.join(", ", parts);
    }

    /** A link from docs/catalog/ to a file of the repository, named by its file name. */
    private static String link(String path) {
        return "[" + path.substring(path.lastIndexOf('/') + 1) + "](../../" + path + ")";
    }

    /** A table cell: no pipe, no line break. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
