package io.github.xhht.awards.nomination;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.rule.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * One check of a nomination or slate: which rule, under which sections, with what outcome and why.
 *
 * @param id              the rule id, e.g. {@code plan.hcmc-education.school.learning-unit} or {@code pr1.slate}
 * @param label           what the rule requires
 * @param citations       where it is stated, the plan's own section first
 * @param outcome         the outcome
 * @param reason          why
 * @param interpretations the interpretations relied on (e.g. I-3 for a recognition's validity)
 */
public record Check(String id, Text label, List<Citation> citations, Outcome outcome, AwardReason reason,
                    List<Interpretation> interpretations) {
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        citations = List.copyOf(citations);
        interpretations = List.copyOf(interpretations);
    }

    static Check of(String id, Text label, List<Citation> citations, Outcome outcome, AwardReason reason) {
        return new Check(id, label, citations, outcome, reason, List.of());
    }

    /** "[Không đạt] label — reason (citations)" in the language. */
    public String describe(Lang lang) {
        StringBuilder out = new StringBuilder("[").append(outcome.label().in(lang)).append("] ")
                .append(label.in(lang)).append(" — ").append(reason.message(lang));
        if (!citations.isEmpty()) {
            out.append(" (");
            for (int i = 0; i < citations.size(); i++) {
                out.append(i == 0 ? "" : "; ").append(citations.get(i).render(lang));
            }
            out.append(')');
        }
        return out.toString();
    }

    /** Folds outcomes with {@link Outcome#and}, starting from NOT_APPLICABLE (the identity). */
    static Outcome all(List<Check> checks) {
        Outcome result = Outcome.NOT_APPLICABLE;
        for (Check c : checks) {
            result = result.and(c.outcome());
        }
        return result;
    }
}
