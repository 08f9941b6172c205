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
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The measure of one point of the circular that has a main requirement and extra limbs for some kinds of
 * unit (e.g. Art. 6(3)(a): members, and for educational institutions also learners). The point is met
 * when the main requirement and every limb that applies to the unit are met; the outcomes combine as
 * {@link Outcome#and}. When only the main part is judged, its reason is the point's reason. When limbs
 * are judged too, a point not met (or unknown) is explained part by part, naming each part that decides
 * ("người học: tỷ lệ 960/1000 thấp hơn mức yêu cầu 97%"), and a point met says every part is met. The
 * observed value is that of the first deciding part; the evidence is that of every part judged.
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

    private final Text mainLabel;
    private final Measure main;
    private final List<Limb> limbs;
    private final Requirement requirement;

    private Limbs(Text mainLabel, Measure main, List<Limb> limbs) {
        this.mainLabel = Objects.requireNonNull(mainLabel, "mainLabel");
        this.main = Objects.requireNonNull(main, "main");
        this.limbs = List.copyOf(limbs);
        this.requirement = Requirement.text(Text.of(describe(Lang.VI), describe(Lang.EN)));
    }

    /**
     * @param mainLabel what the main requirement is about, e.g. "members", to name it when it decides
     * @param main      the main requirement, for every unit
     * @param limbs     the extra limbs
     */
    static Measure of(Text mainLabel, Measure main, Limb... limbs) {
        return new Limbs(mainLabel, main, List.of(limbs));
    }

    private String describe(Lang lang) {
        StringBuilder out = new StringBuilder(mainLabel.in(lang)).append(": ").append(main.requirement().message(lang));
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
        List<Text> labels = new ArrayList<>();
        parts.add(main.assess(context));
        labels.add(mainLabel);
        for (Limb limb : limbs) {
            if (limb.when().appliesTo(context.dossier().subject())) {
                parts.add(limb.measure().assess(context));
                labels.add(limb.label());
            }
        }
        Outcome outcome = Outcome.NOT_APPLICABLE;
        for (Assessment part : parts) {
            outcome = outcome.and(part.outcome());
        }
        LinkedHashSet<Evidence> evidence = new LinkedHashSet<>();
        List<Interpretation> used = new ArrayList<>();
        for (Assessment part : parts) {
            evidence.addAll(part.evidence());
            used.addAll(part.interpretations());
        }
        Assessment first = parts.get(0);
        if (parts.size() == 1) {
            return new Assessment(outcome, first.reason(), first.observed(), List.copyOf(evidence), used);
        }
        if (outcome == Outcome.MET) {
            return new Assessment(outcome, Reason.of(ReasonCode.ALL_PARTS_MET), first.observed(), List.copyOf(evidence), used);
        }
        // name every part that decides, so the reader sees which one failed (or lacks a value)
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        Assessment decisive = null;
        for (int i = 0; i < parts.size(); i++) {
            Assessment part = parts.get(i);
            if (part.outcome() != outcome) {
                continue;
            }
            decisive = decisive == null ? part : decisive;
            String sep = vi.length() == 0 ? "" : "; ";
            vi.append(sep).append(labels.get(i).vi()).append(": ").append(part.reason().message(Lang.VI));
            en.append(sep).append(labels.get(i).en()).append(": ").append(part.reason().message(Lang.EN));
        }
        return new Assessment(outcome, Reason.of(ReasonCode.EXPLAINED, Text.of(vi.toString(), en.toString())),
                decisive.observed(), List.copyOf(evidence), used);
    }
}
