package io.github.xhht.core.lifecycle;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The written reply when the council finds a level not met: it must state why (TT 24 Art. 10(2)(d),
 * 16(2)(d); TT 25 Art. 9(2), 14(2), 19(2)). The reasons are the findings that made the level fail: the
 * deepest not-met (or unknown) nodes on the failing path of the decision's tree, so an indicator that
 * failed inside an alternative that was met elsewhere is not given as a reason.
 *
 * @param track   the procedure
 * @param level   the level refused
 * @param notMet  the findings not met
 * @param unknown the findings that could not be judged for lack of data
 * @param reason  the heading, with the article that requires written reasons
 */
public record Rejection(Track track, Level level, List<Finding> notMet, List<Finding> unknown, CitedReason reason) {
    public Rejection {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
        notMet = List.copyOf(notMet);
        unknown = List.copyOf(unknown);
    }

    /**
     * The rejection of {@code level} in the decision; empty when the level was met.
     *
     * @throws IllegalArgumentException if the decision has no result for the level
     */
    public static Optional<Rejection> of(Track track, Decision decision, Level level) {
        Finding root = decision.level(level).orElseThrow(() ->
                new IllegalArgumentException("the decision has no result for " + level));
        if (root.outcome() == Outcome.MET || root.outcome() == Outcome.NOT_APPLICABLE) {
            return Optional.empty();
        }
        List<Finding> notMet = new ArrayList<>();
        List<Finding> unknown = new ArrayList<>();
        collect(root, notMet, unknown);
        return Optional.of(new Rejection(track, level, notMet, unknown,
                CitedReason.of(CitedReason.Code.REJECTED, track.refusalCitation(), level.label())));
    }

    private static void collect(Finding finding, List<Finding> notMet, List<Finding> unknown) {
        List<Finding> failing = finding.children().stream().filter(Rejection::failing).toList();
        if (failing.isEmpty()) {
            (finding.outcome() == Outcome.NOT_MET ? notMet : unknown).add(finding);
            return;
        }
        failing.forEach(child -> collect(child, notMet, unknown));
    }

    private static boolean failing(Finding f) {
        return f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.UNKNOWN;
    }

    /** One line per finding: its label, its citation and why, in the language. */
    public List<String> lines(Lang lang) {
        Messages messages = LifecycleMessages.of(lang);
        List<String> lines = new ArrayList<>();
        for (Finding f : notMet) {
            lines.add(line(f, lang, messages));
        }
        for (Finding f : unknown) {
            lines.add(line(f, lang, messages));
        }
        return lines;
    }

    /** The heading and every line. */
    public String message(Lang lang) {
        StringBuilder out = new StringBuilder(reason.message(lang));
        lines(lang).forEach(l -> out.append("\n- ").append(l));
        return out.toString();
    }

    private static String line(Finding f, Lang lang, Messages messages) {
        String where = f.citation().map(c -> " (" + c.render(lang) + ")").orElse("");
        return f.label().in(lang) + where + ": " + f.reason().message(messages);
    }
}
