package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Requirement;
import java.util.List;

/**
 * Art. 6(3)(d), 7(3)(d), 12(3)(d)-(đ), 13(3)(d)-(đ): the digital-transformation level at or above "mức
 * đáp ứng cơ bản" (Level 1) or "mức đáp ứng tốt" (Level 2). The level is given on the library's coded
 * scale 0 = below basic, 1 = basic response, 2 = good response ({@link Tt24Facts#DIGITAL_TRANSFORMATION_LEVEL});
 * the requirement says the code and the level it stands for, so a reader never has to guess. Judged as
 * {@link Measures#levelAtLeast}.
 */
final class DigitalLevel implements Measure {
    private final Measure measure;
    private final Requirement requirement;

    DigitalLevel(int minimum, String decision) {
        this.measure = Measures.levelAtLeast(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, minimum);
        Text name = name(minimum);
        this.requirement = Requirement.text(Text.of(
                "đạt " + name.vi() + " theo Quyết định " + decision + ": mức mã hóa ≥ " + minimum
                        + " (0 = chưa đạt mức đáp ứng cơ bản, 1 = mức đáp ứng cơ bản, 2 = mức đáp ứng tốt)",
                "\"" + name.en() + "\" under Decision " + decision + ": coded level ≥ " + minimum
                        + " (0 = below basic response, 1 = basic response, 2 = good response)"));
    }

    /** The name of a coded level, as the articles say it. */
    static Text name(int level) {
        return level == Tt24Facts.DIGITAL_GOOD ? Text.of("mức đáp ứng tốt", "good response")
                : Text.of("mức đáp ứng cơ bản", "basic response");
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
        return measure.test(context);
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        return measure.assess(context);
    }
}
