package io.github.xhht.cli.report;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.NodeKind;
import java.util.List;

/** The decision as plain text for a terminal: header, verdict, then the finding tree with every indicator. */
public final class TextReport {
    private final Render r;

    /** A report rendered with these settings. */
    public TextReport(Render render) {
        this.r = render;
    }

    /** Several decisions, one after the other. */
    public String render(List<Decision> decisions) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decisions.size(); i++) {
            if (i > 0) {
                out.append("\n").append("=".repeat(72)).append("\n\n");
            }
            render(decisions.get(i), out);
        }
        return out.toString();
    }

    private void render(Decision d, StringBuilder out) {
        line(out, 0, r.t("report.subject") + ": " + r.subject(d.subject()));
        line(out, 0, r.t("report.scheme") + ": " + r.scheme(d));
        line(out, 0, r.t("report.period") + ": " + r.period(d));
        line(out, 0, r.t("report.asOf") + ": " + r.asOf(d));
        line(out, 0, r.t("report.verdict") + ": " + r.verdict(d));
        for (LevelResult level : d.levels()) {
            line(out, 2, level.level().label().in(r.lang()) + ": " + r.outcome(level.finding()));
        }
        for (LevelResult level : d.levels()) {
            out.append('\n');
            node(level.finding(), 0, out);
        }
        out.append('\n').append(r.t("report.interpretations")).append(":\n");
        if (d.interpretations().isEmpty()) {
            line(out, 2, r.t("report.interpretations.none"));
        }
        for (Interpretation i : d.interpretations()) {
            line(out, 2, i.id() + ": " + i.reading().in(r.lang()));
        }
    }

    private void node(Finding f, int depth, StringBuilder out) {
        String head = "[" + r.outcome(f) + "] " + f.label().in(r.lang()) + "  (" + f.id() + ")";
        line(out, depth * 2, head);
        int pad = depth * 2 + 4;
        if (f.kind() == NodeKind.INDICATOR) {
            line(out, pad, r.t("report.observed") + ": " + r.observed(f.observed()));
            line(out, pad, r.t("report.required") + ": " + r.requirement(f));
            line(out, pad, r.t("report.reason") + ": " + r.reason(f));
            line(out, pad, r.t("report.evidence") + ": " + r.evidence(f.evidence()));
        } else {
            line(out, pad, r.t("report.reason") + ": " + r.reason(f));
        }
        f.citation().ifPresent(c -> line(out, pad, r.t("report.citation") + ": " + r.citation(f.citation())));
        if (!f.interpretations().isEmpty()) {
            line(out, pad, r.t("report.interpretations") + ": "
                    + String.join(", ", f.interpretations().stream().map(Interpretation::id).toList()));
        }
        for (Finding child : f.children()) {
            node(child, depth + 1, out);
        }
    }

    private static void line(StringBuilder out, int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }
}
