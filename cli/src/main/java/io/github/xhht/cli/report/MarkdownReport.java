package io.github.xhht.cli.report;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.rule.Finding;
import java.util.List;

/** The decision in Markdown, for pasting into documents: the same content as the HTML report. */
public final class MarkdownReport {
    private final Render r;

    /** A report rendered with these settings. */
    public MarkdownReport(Render render) {
        this.r = render;
    }

    /** The decisions as Markdown. */
    public String render(List<Decision> decisions) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decisions.size(); i++) {
            if (i > 0) {
                out.append("\n---\n\n");
            }
            render(decisions.get(i), out);
        }
        return out.toString();
    }

    private void render(Decision d, StringBuilder out) {
        out.append("# ").append(text(r.t("report.title") + ": " + d.subject().name())).append("\n\n");
        out.append("| | |\n|---|---|\n");
        row(out, r.t("report.subject"), r.subject(d.subject()));
        row(out, r.t("report.scheme"), r.scheme(d));
        row(out, r.t("report.period"), r.period(d));
        row(out, r.t("report.asOf"), r.asOf(d));
        out.append("| **").append(cell(r.t("report.verdict"))).append("** | **").append(cell(r.verdict(d))).append("** |\n");
        out.append('\n');
        if (!d.levels().isEmpty()) {
            out.append("## ").append(r.t("report.levels")).append("\n\n");
            out.append("| ").append(r.t("report.level")).append(" | ").append(r.t("report.outcome")).append(" | ")
                    .append(r.t("report.reason")).append(" | ").append(r.t("report.citation")).append(" |\n|---|---|---|---|\n");
            for (LevelResult level : d.levels()) {
                Finding f = level.finding();
                row(out, level.level().label().in(r.lang()), r.outcome(f), r.reason(f), r.citation(f.citation()));
            }
            out.append('\n');
        }
        for (LevelResult level : d.levels()) {
            out.append("## ").append(level.level().label().in(r.lang())).append(" — ").append(r.outcome(level.finding()))
                    .append("\n\n");
            for (Sections section : Sections.of(level.finding())) {
                if (section.criterion().isPresent()) {
                    Finding c = section.criterion().get();
                    out.append("### ").append(text(c.label().in(r.lang()))).append(" — ").append(r.outcome(c))
                            .append(" (`").append(c.id()).append("`)\n\n");
                    out.append(text(r.citation(c.citation()))).append(" — ").append(text(r.reason(c))).append("\n\n");
                } else {
                    out.append("### ").append(r.t("report.otherIndicators")).append("\n\n");
                }
                out.append("| ").append(r.t("report.indicator")).append(" | ").append(r.t("report.observed")).append(" | ")
                        .append(r.t("report.required")).append(" | ").append(r.t("report.outcome")).append(" | ")
                        .append(r.t("report.evidence")).append(" | ").append(r.t("report.citation"))
                        .append(" |\n|---|---|---|---|---|---|\n");
                for (Finding i : section.indicators()) {
                    String interp = i.interpretations().isEmpty() ? ""
                            : " (" + String.join(", ", i.interpretations().stream().map(Interpretation::id).toList()) + ")";
                    out.append("| `").append(i.id()).append("` ").append(cell(i.label().in(r.lang()))).append(" | ")
                            .append(cell(r.observed(i.observed()))).append(" | ").append(cell(r.requirement(i))).append(" | **")
                            .append(cell(r.outcome(i))).append("**: ").append(cell(r.reason(i) + interp)).append(" | ")
                            .append(cell(r.evidence(i.evidence()))).append(" | ").append(cell(r.citation(i.citation())))
                            .append(" |\n");
                }
                out.append('\n');
            }
        }
        out.append("## ").append(r.t("report.interpretations")).append("\n\n");
        if (d.interpretations().isEmpty()) {
            out.append(r.t("report.interpretations.none")).append("\n");
        }
        for (Interpretation i : d.interpretations()) {
            out.append("- **").append(i.id()).append("**: ").append(text(i.reading().in(r.lang()))).append('\n');
        }
        out.append("\n_").append(r.t("report.generatedBy")).append("_\n");
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(cell(c)).append(" |");
        }
        out.append('\n');
    }

    /** A table cell: no pipe, no line break. */
    static String cell(String s) {
        return text(s).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Markdown text: characters that would start markup inside running text are escaped. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace("`", "\\`");
    }
}
