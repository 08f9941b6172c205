package io.github.xhht.awards.progress;

import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one target is reached.
 *
 * @param target   the target
 * @param achieved the share reached, when it can be counted or was reported
 * @param outcome  MET when achieved × 100 ≥ whole × percent (I-8, exact); NOT_MET below; UNKNOWN when the
 *                 share is not reported or the whole is empty
 * @param gap      how many more must hold it to reach the target (0 when met; 0 when unknown)
 */
public record TargetProgress(Target target, Optional<FactValue.Share> achieved, Outcome outcome, long gap) {
    public TargetProgress {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(outcome, "outcome");
        if (gap < 0) {
            throw new IllegalArgumentException("gap is not negative");
        }
    }

    /** Judges a share against the target, exactly. */
    static TargetProgress of(Target target, Optional<FactValue.Share> share) {
        if (share.isEmpty() || share.get().of() == 0) {
            return new TargetProgress(target, share, Outcome.UNKNOWN, 0);
        }
        FactValue.Share s = share.get();
        // the least count c with c × 100 ≥ of × percent
        long needed = -Math.floorDiv(-Math.multiplyExact(s.of(), (long) target.percent()), 100L);
        return new TargetProgress(target, share, Outcome.of(s.atLeastPercent(target.percent())), Math.max(0, needed - s.count()));
    }

    /** The share reached in percent, cut (not rounded) to two decimals, for display only. */
    public Optional<BigDecimal> percentReached() {
        return achieved.filter(s -> s.of() > 0).map(s -> BigDecimal.valueOf(s.count()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(s.of()), 2, RoundingMode.DOWN));
    }
}
