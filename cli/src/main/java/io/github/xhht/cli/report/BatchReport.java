package io.github.xhht.cli.report;

import static io.github.xhht.cli.report.Html.esc;

import io.github.xhht.core.model.Level;
import java.util.List;

/** The batch summary as text (stderr), a self-contained HTML page with an inline SVG chart, or Markdown. */
public final class BatchReport {
    /** How many indicators the reports list. */
    static final int TOP = 20;

    private final Render r;

    /** A report rendered with these settings. */
    public BatchReport(Render render) {
        this.r = render;
    }

    /** The label of one {@link BatchSummary#OUTCOMES} key. */
    public String outcomeLabel(String key) {
        return switch (key) {
            case "2" -> Level.LEVEL_2.label().in(r.lang());
            case "1" -> Level.LEVEL_1.label().in(r.lang());
            case "none" -> r.t("batch.noLevel");
            default -> r.t("batch.notInForce");
        };
    }

    private String asOf(BatchSummary s) {
        String date = r.messages().render(s.asOf());
        return s.asOfIsToday() ? r.t("report.asOfToday", date) : date;
    }

    /** A few lines for the terminal. */
    public String text(BatchSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(r.t("batch.summary")).append(" — ").append(r.t("report.asOf")).append(": ").append(asOf(s)).append('\n');
        out.append("  ").append(r.t("batch.read")).append(": ").append(n(s.read())).append('\n');
        out.append("  ").append(r.t("batch.evaluated")).append(": ").append(n(s.evaluated())).append('\n');
        out.append("  ").append(r.t("batch.errors")).append(": ").append(n(s.errors())).append('\n');
        out.append("  ").append(r.t("batch.byLevel")).append(":\n");
        for (String key : BatchSummary.OUTCOMES) {
            out.append("    ").append(outcomeLabel(key)).append(": ").append(n(s.count(key))).append('\n');
        }
        if (!s.failing().isEmpty()) {
            out.append("  ").append(r.t("batch.failing")).append(" (").append(r.t("batch.failingCount")).append(" / ")
                    .append(r.t("batch.unknownCount")).append("):\n");
            for (BatchSummary.IndicatorCount c : s.failing().subList(0, Math.min(10, s.failing().size()))) {
                out.append("    ").append(c.id()).append(": ").append(n(c.notMet())).append(" / ").append(n(c.unknown()))
                        .append(" — ").append(c.label().in(r.lang())).append('\n');
            }
        }
        out.append("  ").append(r.t("batch.check", n(s.read()), n(s.evaluated()), n(s.errors()))).append('\n');
        return out.toString();
    }

    /** The batch summary as an HTML page. */
    public String html(BatchSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"batch\">\n<h1>").append(esc(r.t("report.batchTitle"))).append("</h1>\n");
        b.append("<table class=\"meta\">\n");
        meta(b, r.t("report.asOf"), asOf(s));
        meta(b, r.t("batch.read"), n(s.read()));
        meta(b, r.t("batch.evaluated"), n(s.evaluated()));
        meta(b, r.t("batch.errors"), n(s.errors()));
        b.append("</table>\n<p class=\"cite\">").append(esc(r.t("batch.check", n(s.read()), n(s.evaluated()), n(s.errors()))))
                .append("</p>\n");
        b.append("<h2>").append(esc(r.t("batch.byLevel"))).append("</h2>\n");
        b.append(chart(s));
        b.append("<table class=\"levels\">\n<thead><tr><th>").append(esc(r.t("report.level"))).append("</th><th>")
                .append(esc(r.t("report.dossiers"))).append("</th></tr></thead>\n<tbody>\n");
        for (String key : BatchSummary.OUTCOMES) {
            b.append("<tr><td>").append(esc(outcomeLabel(key))).append("</td><td>").append(n(s.count(key))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (!s.failing().isEmpty()) {
            b.append("<h2>").append(esc(r.t("batch.failing"))).append("</h2>\n<table class=\"failing\">\n<thead><tr><th>")
                    .append(esc(r.t("report.indicator"))).append("</th><th>").append(esc(r.t("batch.failingCount")))
                    .append("</th><th>").append(esc(r.t("batch.unknownCount"))).append("</th></tr></thead>\n<tbody>\n");
            for (BatchSummary.IndicatorCount c : top(s)) {
                b.append("<tr><td><span class=\"id\">").append(esc(c.id())).append("</span><br>")
                        .append(esc(c.label().in(r.lang()))).append("</td><td>").append(n(c.notMet())).append("</td><td>")
                        .append(n(c.unknown())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        if (!s.firstErrors().isEmpty()) {
            b.append("<h2>").append(esc(r.t("batch.errorList", s.firstErrors().size()))).append("</h2>\n<ul class=\"errors\">\n");
            s.firstErrors().forEach(e -> b.append("<li>").append(esc(e)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<footer>").append(esc(r.t("report.generatedBy"))).append("</footer>\n</article>\n");
        return Html.page(r.lang(), r.t("report.batchTitle"), b.toString());
    }

    /** The batch summary as Markdown. */
    public String markdown(BatchSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.t("report.batchTitle")).append("\n\n| | |\n|---|---|\n");
        b.append("| ").append(r.t("report.asOf")).append(" | ").append(MarkdownReport.cell(asOf(s))).append(" |\n");
        b.append("| ").append(r.t("batch.read")).append(" | ").append(n(s.read())).append(" |\n");
        b.append("| ").append(r.t("batch.evaluated")).append(" | ").append(n(s.evaluated())).append(" |\n");
        b.append("| ").append(r.t("batch.errors")).append(" | ").append(n(s.errors())).append(" |\n\n");
        b.append(r.t("batch.check", n(s.read()), n(s.evaluated()), n(s.errors()))).append("\n\n");
        b.append("## ").append(r.t("batch.byLevel")).append("\n\n| ").append(r.t("report.level")).append(" | ")
                .append(r.t("report.dossiers")).append(" | |\n|---|---:|---|\n");
        long max = Math.max(1, BatchSummary.OUTCOMES.stream().mapToLong(s::count).max().orElse(1));
        for (String key : BatchSummary.OUTCOMES) {
            long c = s.count(key);
            // a text bar, so the chart survives pasting into any document
            b.append("| ").append(outcomeLabel(key)).append(" | ").append(n(c)).append(" | ")
                    .append("█".repeat((int) (c * 30 / max))).append(" |\n");
        }
        if (!s.failing().isEmpty()) {
            b.append("\n## ").append(r.t("batch.failing")).append("\n\n| ").append(r.t("report.indicator")).append(" | ")
                    .append(r.t("batch.failingCount")).append(" | ").append(r.t("batch.unknownCount")).append(" |\n|---|---:|---:|\n");
            for (BatchSummary.IndicatorCount c : top(s)) {
                b.append("| `").append(c.id()).append("` ").append(MarkdownReport.cell(c.label().in(r.lang()))).append(" | ")
                        .append(n(c.notMet())).append(" | ").append(n(c.unknown())).append(" |\n");
            }
        }
        if (!s.firstErrors().isEmpty()) {
            b.append("\n## ").append(r.t("batch.errorList", s.firstErrors().size())).append("\n\n");
            s.firstErrors().forEach(e -> b.append("- ").append(MarkdownReport.text(e)).append('\n'));
        }
        b.append("\n_").append(r.t("report.generatedBy")).append("_\n");
        return b.toString();
    }

    /** A horizontal bar chart of dossiers by level, as inline SVG (no script, no network). */
    String chart(BatchSummary s) {
        int width = 640;
        int barHeight = 26;
        int labelWidth = 220;
        int height = BatchSummary.OUTCOMES.size() * (barHeight + 10) + 10;
        long max = Math.max(1, BatchSummary.OUTCOMES.stream().mapToLong(s::count).max().orElse(1));
        String[] colours = {"#2e7d32", "#81c784", "#e57373", "#bdbdbd"};
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-label=\"").append(esc(r.t("batch.chart")))
                .append("\">\n<title>").append(esc(r.t("batch.chart"))).append("</title>\n");
        int y = 10;
        for (int i = 0; i < BatchSummary.OUTCOMES.size(); i++) {
            String key = BatchSummary.OUTCOMES.get(i);
            long c = s.count(key);
            long w = c * (width - labelWidth - 90) / max;
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\">").append(esc(outcomeLabel(key))).append("</text>\n");
            svg.append("<rect class=\"bar\" data-key=\"").append(key).append("\" x=\"").append(labelWidth).append("\" y=\"")
                    .append(y).append("\" width=\"").append(w).append("\" height=\"").append(barHeight).append("\" fill=\"")
                    .append(colours[i]).append("\"/>\n");
            svg.append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 18).append("\">").append(n(c))
                    .append("</text>\n");
            y += barHeight + 10;
        }
        return svg.append("</svg>\n").toString();
    }

    private static List<BatchSummary.IndicatorCount> top(BatchSummary s) {
        return s.failing().subList(0, Math.min(TOP, s.failing().size()));
    }

    private String n(long value) {
        return r.messages().render(value);
    }

    private static void meta(StringBuilder b, String key, String value) {
        b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }
}
