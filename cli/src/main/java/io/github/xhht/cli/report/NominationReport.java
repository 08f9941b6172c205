package io.github.xhht.cli.report;

import static io.github.xhht.cli.report.Html.esc;

import io.github.xhht.awards.nomination.Check;
import io.github.xhht.awards.nomination.Eligibility;
import io.github.xhht.awards.nomination.Slate;
import io.github.xhht.awards.nomination.SlateResult;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Subject;
import java.util.List;
import java.util.stream.Collectors;

/** The checks of a slate of nominations as text, Markdown or one self-contained HTML page. */
public final class NominationReport {
    private final Render r;

    /** A report rendered with these settings. */
    public NominationReport(Render render) {
        this.r = render;
    }

    private String plan(Slate slate) {
        return slate.plan().title().in(r.lang()) + " (" + slate.plan().id() + ")";
    }

    private String asOf(SlateResult result) {
        String date = r.messages().render(result.asOf());
        return r.asOfIsToday() ? r.t("report.asOfToday", date) : date;
    }

    private String subject(Slate slate, String nominationId) {
        return slate.nominations().stream().filter(n -> n.id().equals(nominationId)).findFirst()
                .map(n -> { Subject s = n.subject(); return s.name() + " (" + s.id() + ")"; }).orElse("");
    }

    private String citations(Check c) {
        return c.citations().stream().map(x -> x.render(r.lang())).collect(Collectors.joining("; "));
    }

    /** The slate's result as plain text. */
    public String text(Slate slate, SlateResult result) {
        StringBuilder out = new StringBuilder();
        out.append(r.t("nominate.plan")).append(": ").append(plan(slate)).append('\n');
        out.append(r.t("report.asOf")).append(": ").append(asOf(result)).append('\n');
        out.append(r.t("report.verdict")).append(": ").append(result.outcome().label().in(r.lang())).append('\n');
        if (!result.checks().isEmpty()) {
            out.append('\n').append(r.t("nominate.slateChecks")).append(":\n");
            result.checks().forEach(c -> out.append("  ").append(c.describe(r.lang())).append('\n'));
        }
        for (Eligibility e : result.nominations()) {
            out.append('\n').append(r.t("nominate.nomination")).append(' ').append(e.nominationId()).append(" — ")
                    .append(subject(slate, e.nominationId())).append(": ").append(e.outcome().label().in(r.lang())).append('\n');
            e.checks().forEach(c -> out.append("  ").append(c.describe(r.lang())).append('\n'));
        }
        interpretations(result, out, "\n" + r.t("report.interpretations") + ":\n", "  ", "");
        return out.toString();
    }

    /** The slate's result as Markdown. */
    public String markdown(Slate slate, SlateResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(r.t("nominate.title")).append("\n\n| | |\n|---|---|\n");
        out.append("| ").append(r.t("nominate.plan")).append(" | ").append(MarkdownReport.cell(plan(slate))).append(" |\n");
        out.append("| ").append(r.t("report.asOf")).append(" | ").append(MarkdownReport.cell(asOf(result))).append(" |\n");
        out.append("| **").append(r.t("report.verdict")).append("** | **")
                .append(result.outcome().label().in(r.lang())).append("** |\n\n");
        if (!result.checks().isEmpty()) {
            out.append("## ").append(r.t("nominate.slateChecks")).append("\n\n");
            table(result.checks(), out);
        }
        for (Eligibility e : result.nominations()) {
            out.append("## ").append(r.t("nominate.nomination")).append(" `").append(e.nominationId()).append("` — ")
                    .append(MarkdownReport.text(subject(slate, e.nominationId()))).append(": ")
                    .append(e.outcome().label().in(r.lang())).append("\n\n");
            table(e.checks(), out);
        }
        interpretations(result, out, "## " + r.t("report.interpretations") + "\n\n", "- ", "");
        return out.toString();
    }

    private void table(List<Check> checks, StringBuilder out) {
        out.append("| ").append(r.t("nominate.check")).append(" | ").append(r.t("report.outcome")).append(" | ")
                .append(r.t("report.reason")).append(" | ").append(r.t("report.citation")).append(" |\n|---|---|---|---|\n");
        for (Check c : checks) {
            out.append("| `").append(c.id()).append("` ").append(MarkdownReport.cell(c.label().in(r.lang()))).append(" | ")
                    .append(c.outcome().label().in(r.lang())).append(" | ").append(MarkdownReport.cell(c.reason().message(r.lang())))
                    .append(" | ").append(MarkdownReport.cell(citations(c))).append(" |\n");
        }
        out.append('\n');
    }

    /** The slate's result as an HTML page. */
    public String html(Slate slate, SlateResult result) {
        StringBuilder b = new StringBuilder("<article class=\"slate\">\n<h1>").append(esc(r.t("nominate.title"))).append("</h1>\n");
        b.append("<table class=\"meta\">\n<tr><th>").append(esc(r.t("nominate.plan"))).append("</th><td>").append(esc(plan(slate)))
                .append("</td></tr>\n<tr><th>").append(esc(r.t("report.asOf"))).append("</th><td>").append(esc(asOf(result)))
                .append("</td></tr>\n</table>\n<p class=\"verdict\">").append(esc(result.outcome().label().in(r.lang())))
                .append("</p>\n");
        if (!result.checks().isEmpty()) {
            b.append("<h2>").append(esc(r.t("nominate.slateChecks"))).append("</h2>\n");
            htmlTable(result.checks(), b);
        }
        for (Eligibility e : result.nominations()) {
            b.append("<h2>").append(esc(r.t("nominate.nomination") + " " + e.nominationId() + " — "
                    + subject(slate, e.nominationId()))).append(' ').append(Html.badge(e.outcome(), r.lang())).append("</h2>\n");
            htmlTable(e.checks(), b);
        }
        StringBuilder list = new StringBuilder();
        interpretations(result, list, "", "<li>", "</li>");
        if (list.length() > 0) {
            b.append("<h2>").append(esc(r.t("report.interpretations"))).append("</h2>\n<ul>\n").append(list).append("</ul>\n");
        }
        b.append("<footer>").append(esc(r.t("report.generatedBy"))).append("</footer>\n</article>\n");
        return Html.page(r.lang(), r.t("nominate.title"), b.toString());
    }

    private void htmlTable(List<Check> checks, StringBuilder b) {
        b.append("<table class=\"checks\">\n<thead><tr><th>").append(esc(r.t("nominate.check"))).append("</th><th>")
                .append(esc(r.t("report.outcome"))).append("</th><th>").append(esc(r.t("report.reason"))).append("</th><th>")
                .append(esc(r.t("report.citation"))).append("</th></tr></thead>\n<tbody>\n");
        for (Check c : checks) {
            b.append("<tr class=\"").append(c.outcome().name()).append("\"><td><span class=\"id\">").append(esc(c.id()))
                    .append("</span><br>").append(esc(c.label().in(r.lang()))).append("</td><td>")
                    .append(Html.badge(c.outcome(), r.lang())).append("</td><td class=\"reason\">")
                    .append(esc(c.reason().message(r.lang()))).append("</td><td class=\"cite\">").append(esc(citations(c)))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** Every interpretation any check relied on, one per line between {@code before} and {@code after}. */
    private void interpretations(SlateResult result, StringBuilder out, String heading, String before, String after) {
        List<Interpretation> used = result.checks().stream().flatMap(c -> c.interpretations().stream()).collect(Collectors.toList());
        result.nominations().forEach(e -> e.checks().forEach(c -> used.addAll(c.interpretations())));
        List<Interpretation> distinct = used.stream().distinct().sorted().toList();
        if (distinct.isEmpty()) {
            return;
        }
        out.append(heading);
        boolean html = before.startsWith("<");
        for (Interpretation i : distinct) {
            String line = i.id() + ": " + i.reading().in(r.lang());
            out.append(before).append(html ? esc(line) : line).append(after).append('\n');
        }
    }

}
