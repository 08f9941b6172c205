package io.github.xhht.awards.progress;

import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.FactValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress of a province against a target list: each counted target's share from the province's subjects,
 * each reported target's share from the caller, and the gap. A pure function.
 */
public final class Progress {
    private Progress() {
    }

    /**
     * Measures every target.
     *
     * @param targets   the target list, e.g. {@link Targets#BINH_DUONG_2025}
     * @param members   the province's subjects with their recognitions and titles
     * @param reported  the shares the caller reports, by each target's {@link Target#reportedAs()} name; a
     *                  missing one leaves its target UNKNOWN
     * @param asOf      the day recognitions must be valid on (I-3)
     * @param titleYear the year whose learning titles count
     */
    public static List<TargetProgress> measure(List<Target> targets, List<Member> members, Map<String, FactValue.Share> reported,
                                               LocalDate asOf, int titleYear, Interpretations interpretations) {
        Map<String, Member> byId = new HashMap<>();
        members.forEach(m -> byId.putIfAbsent(m.subject().id(), m));
        List<TargetProgress> out = new ArrayList<>();
        for (Target t : targets) {
            Optional<FactValue.Share> share;
            if (t.counting().isPresent()) {
                Counting c = t.counting().get();
                long whole = 0;
                long holding = 0;
                for (Member m : members) {
                    if (c.inWhole(m, byId, asOf, titleYear, interpretations)) {
                        whole++;
                        if (c.holds(m, asOf, titleYear, interpretations)) {
                            holding++;
                        }
                    }
                }
                share = Optional.of(new FactValue.Share(holding, whole));
            } else {
                share = Optional.ofNullable(reported.get(t.reportedAs().orElseThrow()));
            }
            out.add(TargetProgress.of(t, share));
        }
        return out;
    }
}
