package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * I-2: TT 24 Art. 7(3)(c) names only state agencies and public service units. Read literally (the
 * default), the collective title is not applicable to other units at district Level 2; read the other
 * way, it applies to every unit as at Level 1. Either way the finding names I-2.
 */
final class LiteralReadingMeasure implements Measure {
    private final Measure measure;
    private final Applicability literalScope;
    private final Requirement requirement;

    LiteralReadingMeasure(Measure measure, Applicability literalScope) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.literalScope = Objects.requireNonNull(literalScope, "literalScope");
        // the requirement is the same under either reading, so it names both; the finding's outcome and reason say which was used
        this.requirement = Requirement.text(Text.of(
                measure.requirement().message(Lang.VI) + " (I-2: đọc theo câu chữ, mặc định, chỉ áp dụng cho "
                        + literalScope.description().vi() + "; cách đọc khác áp dụng cho mọi đơn vị như ở mức độ 1)",
                measure.requirement().message(Lang.EN) + " (I-2: read literally, the default, only for "
                        + literalScope.description().en() + "; the other reading applies it to every unit, as at Level 1)"));
    }

    private boolean exempt(EvaluationContext context) {
        return context.interpretations().tt24Art7LiteralReading() && !literalScope.appliesTo(context.dossier().subject());
    }

    @Override
    public Requirement requirement() {
        return requirement;
    }

    @Override
    public List<FactKey<?>> facts() {
        return measure.facts();
    }

    @Override
    public Outcome test(EvaluationContext context) {
        return exempt(context) ? Outcome.NOT_APPLICABLE : measure.test(context);
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        if (exempt(context)) {
            return new Assessment(Outcome.NOT_APPLICABLE,
                    Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, literalScope.description()), Optional.empty(),
                    List.of(), List.of(Interpretation.I_2, Interpretation.I_6));
        }
        Assessment found = measure.assess(context);
        List<Interpretation> used = new ArrayList<>(found.interpretations());
        used.add(Interpretation.I_2);
        return new Assessment(found.outcome(), found.reason(), found.observed(), found.evidence(), used);
    }
}
