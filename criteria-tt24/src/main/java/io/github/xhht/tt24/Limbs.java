package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The measure of one point of the circular that has a main requirement and extra limbs for some kinds of
 * unit (e.g. Art. 6(3)(a): members, and for educational institutions also learners). The point is met
 * when the main requirement and every limb that applies to the unit are met; the outcomes combine as
 * {@link Outcome#and}. The reason and the observed value are those of the first part that decides the
 * outcome; the evidence is that of every part judged.
 */
final class Limbs implements Measure {

    /**
     * One extra limb of a point.
     *
     * @param label   what the limb is about, e.g. "learners"
     * @param when    to whom it applies
     * @param measure its test
     */
    record Limb(Text label, Applicability when, Measure measure) {
        Limb {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(measure, "measure");
        }
    }

    private final Measure main;
    private final List<Limb> limbs;
    private final Requirement requirement;

    private Limbs(Measure main, List<Limb> limbs) {
        this.main = Objects.requireNonNull(main, "main");
        this.limbs = List.copyOf(limbs);
        this.requirement = Requirement.text(Text.of(describe(Lang.VI), describe(Lang.EN)));
    }

    static Measure of(Measure main, Limb... limbs) {
        return new Limbs(main, List.of(limbs));
    }

    private String describe(Lang lang) {
        StringBuilder out = new StringBuilder(main.requirement().message(lang));
        for (Limb limb : limbs) {
            out.append("; ").append(limb.when().description().in(lang)).append(" — ")
                    .append(limb.label().in(lang)).append(": ").append(limb.measure().requirement().message(lang));
        }
        return out.toString();
    }

    @Override
    public Requirement requirement() {
        return requirement;
    }

    @Override
    public List<FactKey<?>> facts() {
        List<FactKey<?>> all = new ArrayList<>(main.facts());
        limbs.forEach(l -> all.addAll(l.measure().facts()));
        return List.copyOf(all);
    }

    @Override
    public Outcome test(EvaluationContext context) {
        Outcome result = main.test(context);
        for (Limb limb : limbs) {
            if (result == Outcome.NOT_MET) {
                return result;
            }
            if (limb.when().appliesTo(context.dossier().subject())) {
                result = result.and(limb.measure().test(context));
            }
        }
        return result;
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        List<Assessment> parts = new ArrayList<>();
        parts.add(main.assess(context));
        for (Limb limb : limbs) {
            if (limb.when().appliesTo(context.dossier().subject())) {
                parts.add(limb.measure().assess(context));
            }
        }
        Outcome outcome = Outcome.NOT_APPLICABLE;
        for (Assessment part : parts) {
            outcome = outcome.and(part.outcome());
        }
        Outcome decided = outcome;
        Assessment decisive = parts.stream().filter(p -> p.outcome() == decided).findFirst().orElse(parts.get(0));
        LinkedHashSet<Evidence> evidence = new LinkedHashSet<>();
        List<Interpretation> used = new ArrayList<>();
        for (Assessment part : parts) {
            evidence.addAll(part.evidence());
            used.addAll(part.interpretations());
        }
        return new Assessment(outcome, decisive.reason(), decisive.observed(), List.copyOf(evidence), used);
    }
}
