package io.github.xhht.cli.report;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.rule.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders the parts of a decision as words in one language: observed values, evidence, citations,
 * the verdict. Shared by every report format so they say the same thing.
 *
 * @param messages the messages (core + cli) of the language
 * @param asOfIsToday whether the as-of date was not given and defaulted to the day the command ran
 */
public record Render(Messages messages, boolean asOfIsToday) {

    /** The report language. */
    public Lang lang() {
        return messages.lang();
    }

    /** The report message {@code key} filled with the arguments. */
    public String t(String key, Object... args) {
        return messages.format(key, args);
    }

    /** The observed value of an indicator, or the "no value" text. */
    public String observed(Optional<FactValue> value) {
        return value.map(this::value).orElse(t("report.noValue"));
    }

    /** A fact value as a person reads it; a share also as a percentage, truncated so it never rounds up to a threshold. */
    public String value(FactValue value) {
        if (value instanceof FactValue.Flag f) {
            return t(f.value() ? "value.yes" : "value.no");
        }
        if (value instanceof FactValue.Count c) {
            return messages.render(c.value());
        }
        if (value instanceof FactValue.Share s) {
            return messages.render(s.count()) + "/" + messages.render(s.of())
                    + (s.of() == 0 ? "" : " (" + messages.number(percent(s)) + "%)");
        }
        if (value instanceof FactValue.LevelValue l) {
            return t("value.level", l.level());
        }
        if (value instanceof FactValue.Title title) {
            return title.code();
        }
        if (value instanceof FactValue.DateValue d) {
            return messages.render(d.date());
        }
        if (value instanceof FactValue.Amount a) {
            return messages.number(a.value());
        }
        FactValue.Trend tr = (FactValue.Trend) value;
        return messages.number(tr.previous()) + " → " + messages.number(tr.current());
    }

    /** count / of in percent with two decimals, rounded down (display only; tests compare counts exactly, I-8). */
    static BigDecimal percent(FactValue.Share s) {
        return BigDecimal.valueOf(s.count()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(s.of()), 2, RoundingMode.DOWN).stripTrailingZeros();
    }

    /** One piece of evidence: "12/KH-UBND (UBND xã, 15/01/2024): description". */
    public String evidence(Evidence e) {
        StringBuilder out = new StringBuilder(e.document());
        out.append(" (").append(e.issuer()).append(", ").append(messages.render(e.date())).append(')');
        if (!e.description().isBlank()) {
            out.append(": ").append(e.description());
        }
        return out.toString();
    }

    /** The evidence list, formatted. */
    public String evidence(List<Evidence> list) {
        if (list.isEmpty()) {
            return t("report.noEvidence");
        }
        return list.stream().map(this::evidence).collect(Collectors.joining("; "));
    }

    /** The citation in the report language, or a dash. */
    public String citation(Optional<Citation> citation) {
        return citation.map(c -> c.render(lang())).orElse("");
    }

    /** The finding's outcome label. */
    public String outcome(Finding f) {
        return f.outcome().label().in(lang());
    }

    /** The subject's name, id and jurisdiction. */
    public String subject(Subject s) {
        StringBuilder out = new StringBuilder(s.name()).append(" (").append(s.id()).append(")");
        out.append(" — ").append(s.kind().label().in(lang()));
        if (!s.jurisdiction().isBlank()) {
            out.append(", ").append(s.jurisdiction());
        }
        return out.toString();
    }

    /** The decision's assessment period, formatted. */
    public String period(Decision d) {
        return messages.render(d.period().from()) + " – " + messages.render(d.period().to());
    }

    /** The decision's as-of date, formatted. */
    public String asOf(Decision d) {
        String date = messages.render(d.asOf());
        return asOfIsToday ? t("report.asOfToday", date) : date;
    }

    /** The decision's scheme title. */
    public String scheme(Decision d) {
        return d.scheme() + d.ruleSetId().map(id -> " / " + id).orElse("");
    }

    /** The one-line verdict: the highest level met, none, or no rules in force. */
    public String verdict(Decision d) {
        if (d.status() == Status.NO_RULE_SET_IN_FORCE) {
            String from = d.inForceFrom().map(date -> " " + t("report.verdict.inForceFrom", date)).orElse("");
            return t("report.verdict.notInForce", d.asOf(), from);
        }
        // the level's own name says what was reached, e.g. a title ("Chiến sĩ thi đua cơ sở"), not only "Level 2"
        return d.highestLevel().map(l -> {
            String name = d.levels().stream().filter(r -> r.level() == l).findFirst()
                    .map(r -> r.finding().label().in(lang())).orElse("");
            return name.isEmpty() || name.equals(l.label().in(lang())) ? t("report.verdict.level", l.label())
                    : t("report.verdict.levelNamed", l.label(), name);
        }).orElse(t("report.verdict.none"));
    }

    /** The finding's reason in words. */
    public String reason(Finding f) {
        return f.reason().message(messages);
    }

    /** The finding's requirement in the report language. */
    public String requirement(Finding f) {
        return f.requirement().message(messages);
    }
}
