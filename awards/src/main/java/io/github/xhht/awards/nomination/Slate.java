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
 * gives where the plan states none, and the links of the organisation's chain through units that are not
 * nominated (PR-3). Two nominations with the same id, two given quotas for the same occasion and form, two
 * links for one unit, or a link that gives a nominated subject another parent than its own are input errors.
 *
 * @param plan        the plan
 * @param asOf        the day the slate is considered
 * @param nominations the nominations
 * @param quotas      the caller's quotas
 * @param units       links of the organisation's chain for units not nominated (may be empty)
 */
public record Slate(MovementPlan plan, LocalDate asOf, List<Nomination> nominations, List<GivenQuota> quotas,
                    List<UnitLink> units) {

    /** A slate without links: PR-3 then follows the chain only through the nominated subjects. */
    public Slate(MovementPlan plan, LocalDate asOf, List<Nomination> nominations, List<GivenQuota> quotas) {
        this(plan, asOf, nominations, quotas, List.of());
    }

    public Slate {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        nominations = List.copyOf(nominations);
        quotas = List.copyOf(quotas);
        units = List.copyOf(units);
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
        java.util.Map<String, String> nominatedParents = new java.util.HashMap<>();
        for (Nomination n : nominations) {
            n.subject().parentId().ifPresent(parent -> nominatedParents.putIfAbsent(n.subject().id(), parent));
        }
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            UnitLink link = units.get(i);
            if (!linked.add(link.id())) {
                problems.add(Problem.at("/units/" + i + "/id", ProblemCode.DUPLICATE_ID, link.id()));
            } else if (nominatedParents.containsKey(link.id()) && !link.parentId().equals(nominatedParents.get(link.id()))) {
                // the nominated subject's own parentId is authoritative; a link may not contradict it
                problems.add(Problem.at("/units/" + i + "/parentId", ProblemCode.UNKNOWN_VALUE, link.parentId(),
                        nominatedParents.get(link.id())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
