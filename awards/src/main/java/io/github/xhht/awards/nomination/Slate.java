package io.github.xhht.awards.nomination;

import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The nominations a body puts forward under one plan, considered on one day, with the quotas the caller
 * gives where the plan states none. Two nominations with the same id, or two given quotas for the same
 * occasion and form, are an input error.
 *
 * @param plan        the plan
 * @param asOf        the day the slate is considered
 * @param nominations the nominations
 * @param quotas      the caller's quotas
 */
public record Slate(MovementPlan plan, LocalDate asOf, List<Nomination> nominations, List<GivenQuota> quotas) {
    public Slate {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        nominations = List.copyOf(nominations);
        quotas = List.copyOf(quotas);
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nominations.size(); i++) {
            if (!ids.add(nominations.get(i).id())) {
                problems.add(Problem.at("/nominations/" + i + "/id", ProblemCode.DUPLICATE_ID, nominations.get(i).id()));
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < quotas.size(); i++) {
            String pair = quotas.get(i).occasion() + "/" + quotas.get(i).form();
            if (!pairs.add(pair)) {
                problems.add(Problem.at("/quotas/" + i, ProblemCode.DUPLICATE_ID, pair));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
