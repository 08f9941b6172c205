package io.github.xhht.core.rule;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one evaluation reads: the dossier, the as-of date and the interpretations chosen. Immutable.
 *
 * @param dossier         the dossier
 * @param asOf            the date the question is asked for: selects the rules in force and decides
 *                        which past recognitions are still valid
 * @param interpretations the interpretations applied
 */
public record EvaluationContext(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
    public EvaluationContext {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(interpretations, "interpretations");
    }

    /** The context for evaluating the dossier on the as-of date with the default interpretations. */
    public static EvaluationContext of(Dossier dossier, LocalDate asOf) {
        return new EvaluationContext(dossier, asOf, Interpretations.defaults());
    }

    /** The fact under the key or null; a fact of another kind under that name is an input error. */
    public Fact factOrNull(FactKey<?> key) {
        Fact fact = dossier.facts().get(key.name());
        if (fact != null && fact.value().kind() != key.kind()) {
            throw InvalidInputException.at("/facts/" + Problem.token(key.name()), ProblemCode.WRONG_FACT_KIND,
                    key.name(), key.kind().json(), fact.value().kind().json());
        }
        return fact;
    }
}
