package io.github.xhht.cli.report;

import static io.github.xhht.cli.report.Html.esc;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.rule.Finding;
import java.util.List;

/**
 * The decision as one self-contained HTML page for printing on A4: subject, verdict per level, a table
 * per criterion (indicator, observed, required, outcome, evidence, legal basis) and the interpretations
 * used. Several decisions make one page each.
 */
public final class HtmlReport {
    private final Render r;

    /** A report rendered with these settings. */
    public HtmlReport(Render render) {
        this.r = render;
    }

    /** The decisions as one printable HTML page. */
    public String render(List<Decision> decisions) {
        StringBuilder body = new StringBuilder();
        for (Decision d : decisions) {
            article(d, body);
        }
        String title = r.t("report.title") + (decisions.size() == 1 ? ": " + decisions.get(0).subject().name() : "");
        return Html.page(r.lang(), title, body.toString());
    }

    private void article(Decision d, StringBuilder out) {
        out.append("<article class=\"dossier\" id=\"").append(esc(d.subject().id())).append("\">\n");
        out.append("<h1>").append(esc(r.t("report.title") + ": " + d.subject().name())).append("</h1>\n");
        out.append("<table class=\"meta\">\n");
        meta(out, "report.subject", r.subject(d.subject()));
        meta(out, "report.scheme", r.scheme(d));
        meta(out, "report.period", r.period(d));
        meta(out, "report.asOf", r.asOf(d));
        out.append("</table>\n");
        out.append("<p class=\"verdict\">").append(esc(r.verdict(d))).append("</p>\n");
        if (!d.levels().isEmpty()) {
            out.append("<h2>").append(esc(r.t("report.levels"))).append("</h2>\n<table class=\"levels\">\n<thead><tr>")
                    .append(th("report.level")).append(th("report.outcome")).append(th("report.reason"))
                    .append(th("report.citation")).append("</tr></thead>\n<tbody>\n");
            for (LevelResult level : d.levels()) {
                Finding f = level.finding();
                out.append("<tr><td>").append(esc(level.level().label().in(r.lang()))).append("</td><td>")
                        .append(Html.badge(f.outcome(), r.lang())).append("</td><td class=\"reason\">")
                        .append(esc(r.reason(f))).append("</td><td class=\"cite\">").append(esc(r.citation(f.citation())))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        for (LevelResult level : d.levels()) {
            level(level, out);
        }
        out.append("<h2>").append(esc(r.t("report.interpretations"))).append("</h2>\n");
        if (d.interpretations().isEmpty()) {
            out.append("<p>").append(esc(r.t("report.interpretations.none"))).append("</p>\n");
        } else {
            out.append("<ul class=\"interpretations\">\n");
            for (Interpretation i : d.interpretations()) {
                out.append("<li><strong>").append(esc(i.id())).append("</strong>: ")
                        .append(esc(i.reading().in(r.lang()))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<footer>").append(esc(r.t("report.generatedBy"))).append("</footer>\n</article>\n");
    }

    private void level(LevelResult level, StringBuilder out) {
        out.append("<section class=\"level\">\n<h2>").append(esc(level.level().label().in(r.lang()))).append(" — ")
                .append(Html.badge(level.outcome(), r.lang())).append("</h2>\n");
        for (Sections section : Sections.of(level.finding())) {
            out.append("<section class=\"criterion\">\n<h3>");
            if (section.criterion().isPresent()) {
                Finding c = section.criterion().get();
                out.append(esc(c.label().in(r.lang()))).append(' ').append(Html.badge(c.outcome(), r.lang()))
                        .append(" <span class=\"id\">").append(esc(c.id())).append("</span></h3>\n");
                out.append("<p class=\"cite\">").append(esc(r.citation(c.citation()))).append(" — ")
                        .append(esc(r.reason(c))).append("</p>\n");
            } else {
                out.append(esc(r.t("report.otherIndicators"))).append("</h3>\n");
            }
            out.append("<table class=\"indicators\">\n<thead><tr>").append(th("report.indicator"))
                    .append(th("report.observed")).append(th("report.required")).append(th("report.outcome"))
                    .append(th("report.evidence")).append(th("report.citation")).append("</tr></thead>\n<tbody>\n");
            for (Finding i : section.indicators()) {
                out.append("<tr class=\"").append(i.outcome().name()).append("\"><td><span class=\"id\">")
                        .append(esc(i.id())).append("</span><br>").append(esc(i.label().in(r.lang()))).append("</td><td>")
                        .append(esc(r.observed(i.observed()))).append("</td><td>").append(esc(r.requirement(i)))
                        .append("</td><td>").append(Html.badge(i.outcome(), r.lang())).append("<br><span class=\"reason\">")
                        .append(esc(r.reason(i))).append("</span>");
                if (!i.interpretations().isEmpty()) {
                    out.append("<br><span class=\"reason\">").append(esc(String.join(", ",
                            i.interpretations().stream().map(Interpretation::id).toList()))).append("</span>");
                }
                out.append("</td><td>").append(esc(r.evidence(i.evidence()))).append("</td><td class=\"cite\">")
                        .append(esc(r.citation(i.citation()))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }
        out.append("</section>\n");
    }

    private void meta(StringBuilder out, String key, String value) {
        out.append("<tr><th>").append(esc(r.t(key))).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private String th(String key) {
        return "<th>" + esc(r.t(key)) + "</th>";
    }
}
