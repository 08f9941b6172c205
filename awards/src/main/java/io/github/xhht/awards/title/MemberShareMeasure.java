package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A share of members against a {@link TitleOptions.ShareThreshold}, which may be strict ("more than 50 %"),
 * a case {@code Measures.shareAtLeast} does not cover. Judges in core's order: absent → UNKNOWN, below →
 * NOT_MET with the share, no evidence → NOT_MET (I-7), else MET; exact on counts (I-8).
 *
 * @param key       the share fact
 * @param threshold the threshold
 */
record MemberShareMeasure(FactKey<FactValue.Share> key, TitleOptions.ShareThreshold threshold) implements Measure {

    MemberShareMeasure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(threshold, "threshold");
    }

    @Override
    public Requirement requirement() {
        return Requirement.text(Text.of("tỷ lệ " + threshold.describe().vi(), "share " + threshold.describe().en()));
    }

    @Override
    public List<FactKey<?>> facts() {
        return List.of(key);
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        Fact fact = context.factOrNull(key);
        if (fact == null) {
            return new Assessment(Outcome.UNKNOWN, Reason.of(ReasonCode.VALUE_ABSENT, key.label()), Optional.empty(),
                    List.of(), List.of());
        }
        FactValue.Share share = (FactValue.Share) fact.value();
        if (!threshold.passes(share.count(), share.of())) {
            String observed = share.count() + "/" + share.of();
            Text why = Text.of("tỷ lệ " + observed + " không đạt mức " + threshold.describe().vi(),
                    "share " + observed + " is not " + threshold.describe().en());
            return new Assessment(Outcome.NOT_MET, Reason.of(ReasonCode.EXPLAINED, why), Optional.of(share),
                    fact.evidence(), List.of(Interpretation.I_8));
        }
        if (!fact.hasEvidence() && context.interpretations().evidenceRequired()) {
            return new Assessment(Outcome.NOT_MET, Reason.of(ReasonCode.NO_EVIDENCE), Optional.of(share), List.of(),
                    List.of(Interpretation.I_7, Interpretation.I_8));
        }
        return new Assessment(Outcome.MET, Reason.of(ReasonCode.SATISFIED), Optional.of(share), fact.evidence(),
                List.of(Interpretation.I_8));
    }
}
