package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.FactKey;
import java.util.List;

/**
 * The test inside an indicator: reads facts from the dossier and judges them against a requirement.
 * Implementations are stateless; {@link Measures} has the ones the law needs.
 */
public interface Measure {

    /** What it requires, for the explanation and the catalogue. */
    Requirement requirement();

    /** The facts it reads. */
    List<FactKey<?>> facts();

    /**
     * What it reads besides {@link #facts()} (the member units' recognitions, an attribute of the subject), in
     * words, for the explanation and the catalogue; empty for a measure that reads facts only.
     */
    default List<Text> otherInputs() {
        return List.of();
    }

    /** The full assessment, with observed value, evidence and reason. */
    Assessment assess(EvaluationContext context);

    /** The outcome alone; measures override it to skip building the explanation. */
    default Outcome test(EvaluationContext context) {
        return assess(context).outcome();
    }
}
