package io.github.xhht.awards.nomination;

import io.github.xhht.awards.AwardDocuments;
import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.Principle;
import io.github.xhht.awards.plan.Quota;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.rule.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks of a slate: each nomination's own checks ({@link NominationChecks}), then the cross-checks
 * between nominations: one form per achievement of a subject (PR-1), never a collective together with its
 * own sub-unit for the same achievement (PR-3, following the parent chain through the nominated subjects and
 * the slate's {@link UnitLink}s), and the quota of every form proposed at every occasion
 * (the plan's, else the caller's, else reported as not given). A pure function.
 *
 * <pre>{@code
 * Slate slate = SlateJson.strict().read(Path.of("slate.json"));
 * SlateResult result = SlateChecks.check(slate, Interpretations.defaults());
 * }</pre>
 */
public final class SlateChecks {
    private SlateChecks() {
    }

    /** Checks every nomination of the slate and the slate as a whole. */
    public static SlateResult check(Slate slate, Interpretations interpretations) {
        MovementPlan plan = slate.plan();
        String prefix = "plan." + plan.id() + ".";
        Map<String, String> parents = new HashMap<>();
        for (Nomination n : slate.nominations()) {
            n.subject().parentId().ifPresent(p -> parents.putIfAbsent(n.subject().id(), p));
        }
        // the slate's links carry the chain through units that are not nominated (a faculty between college and section)
        for (UnitLink link : slate.units()) {
            parents.putIfAbsent(link.id(), link.parentId());
        }
        List<Eligibility> results = new ArrayList<>();
        for (int i = 0; i < slate.nominations().size(); i++) {
            Nomination n = slate.nominations().get(i);
            Eligibility own;
            try {
                own = NominationChecks.check(plan, n, slate.asOf(), interpretations);
            } catch (InvalidInputException e) {
                throw e.under("/nominations/" + i);
            }
            List<Check> checks = new ArrayList<>(own.checks());
            checks.add(oneFormPerAchievement(plan, slate, n, prefix));
            checks.add(collectiveOrSubUnit(plan, slate, n, parents, prefix));
            results.add(Eligibility.of(n.id(), checks));
        }
        List<Check> slateChecks = quotas(slate, prefix);
        // an empty slate breaks nothing: start from MET, not from the identity
        Outcome outcome = Outcome.MET.and(Check.all(slateChecks));
        for (Eligibility e : results) {
            outcome = outcome.and(e.outcome());
        }
        return new SlateResult(plan.id(), slate.asOf(), outcome, slateChecks, results);
    }

    private static Check oneFormPerAchievement(MovementPlan plan, Slate slate, Nomination n, String prefix) {
        List<String> others = slate.nominations().stream()
                .filter(m -> m != n && m.subject().id().equals(n.subject().id())
                        && m.achievement().id().equals(n.achievement().id()))
                .map(Nomination::id).toList();
        List<Citation> cites = plan.principle(Principle.ONE_FORM_PER_ACHIEVEMENT);
        Text label = Principle.ONE_FORM_PER_ACHIEVEMENT.label();
        if (others.isEmpty()) {
            return Check.of(prefix + "pr1.slate", label, cites, Outcome.MET,
                    AwardReason.of(AwardReasonCode.ONE_FORM_FOR_ACHIEVEMENT, n.achievement().id()));
        }
        return Check.of(prefix + "pr1.slate", label, cites, Outcome.NOT_MET,
                AwardReason.of(AwardReasonCode.SEVERAL_FORMS_FOR_ACHIEVEMENT, n.achievement().id(), String.join(", ", others)));
    }

    private static Check collectiveOrSubUnit(MovementPlan plan, Slate slate, Nomination n, Map<String, String> parents,
                                             String prefix) {
        List<Citation> cites = plan.principle(Principle.COLLECTIVE_OR_SUB_UNIT);
        Text label = Principle.COLLECTIVE_OR_SUB_UNIT.label();
        if (!n.subject().kind().collective()) {
            return Check.of(prefix + "pr3", label, cites, Outcome.NOT_APPLICABLE,
                    AwardReason.of(AwardReasonCode.NO_COLLECTIVE_WITH_SUB_UNIT, n.achievement().id()));
        }
        Set<String> related = new java.util.TreeSet<>();
        for (Nomination m : slate.nominations()) {
            Subject other = m.subject();
            if (m != n && other.kind().collective() && !other.id().equals(n.subject().id())
                    && m.achievement().id().equals(n.achievement().id())
                    && (ancestors(n.subject(), parents).contains(other.id()) || ancestors(other, parents).contains(n.subject().id()))) {
                related.add(other.id());
            }
        }
        if (related.isEmpty()) {
            return Check.of(prefix + "pr3", label, cites, Outcome.MET,
                    AwardReason.of(AwardReasonCode.NO_COLLECTIVE_WITH_SUB_UNIT, n.achievement().id()));
        }
        return Check.of(prefix + "pr3", label, cites, Outcome.NOT_MET,
                AwardReason.of(AwardReasonCode.COLLECTIVE_WITH_SUB_UNIT, n.achievement().id(), String.join(", ", related)));
    }

    /** The subject's parent, grandparent, ... as far as the slate's subjects and links tell; a cycle stops the walk. */
    private static Set<String> ancestors(Subject subject, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        // a subject that names no parent may still have one through the slate's links
        Optional<String> next = subject.parentId().or(() -> Optional.ofNullable(parents.get(subject.id())));
        while (next.isPresent() && seen.add(next.get())) {
            next = Optional.ofNullable(parents.get(next.get()));
        }
        return seen;
    }

    private static List<Check> quotas(Slate slate, String prefix) {
        MovementPlan plan = slate.plan();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Nomination> sample = new HashMap<>();
        for (Nomination n : slate.nominations()) {
            String key = n.occasion().ordinal() + "/" + n.form().ordinal();
            counts.merge(key, 1, Integer::sum);
            sample.putIfAbsent(key, n);
        }
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Occasion occasion = sample.get(entry.getKey()).occasion();
            AwardForm form = sample.get(entry.getKey()).form();
            int count = entry.getValue();
            String id = prefix + "quota." + occasion.code() + "." + form.code();
            Text label = Text.of("Số lượng đề nghị " + form.label().vi() + " trong dịp " + occasion.label().vi(),
                    "Number of nominations for " + form.label().en() + " at " + occasion.label().en());
            Optional<Quota> stated = plan.quota(occasion, form);
            if (stated.isPresent()) {
                checks.add(within(id, label, List.of(stated.get().citation()), count, stated.get().max(), form, occasion));
                continue;
            }
            Optional<GivenQuota> given = slate.quotas().stream()
                    .filter(q -> q.occasion() == occasion && q.form() == form).findFirst();
            if (given.isEmpty()) {
                checks.add(Check.of(id, label, List.of(plan.document().whole(), AwardDocuments.GUIDANCE_216.whole()),
                        Outcome.UNKNOWN, AwardReason.of(AwardReasonCode.QUOTA_NOT_GIVEN, form.label(), occasion.label())));
            } else if (given.get().max().isEmpty()) {
                checks.add(Check.of(id, label, List.of(), Outcome.MET,
                        AwardReason.of(AwardReasonCode.QUOTA_UNLIMITED, form.label(), occasion.label())));
            } else {
                checks.add(within(id, label, List.of(), count, given.get().max().getAsInt(), form, occasion));
            }
        }
        return checks;
    }

    private static Check within(String id, Text label, List<Citation> cites, int count, int max, AwardForm form,
                                Occasion occasion) {
        boolean ok = count <= max;
        return Check.of(id, label, cites, Outcome.of(ok), AwardReason.of(ok ? AwardReasonCode.QUOTA_WITHIN
                : AwardReasonCode.QUOTA_EXCEEDED, count, form.label(), occasion.label(), max));
    }
}
