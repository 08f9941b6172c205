package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Recognition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a subject stands on a date in one procedure: never recognised, recognised at Level 1 or 2, or
 * recognised once but expired.
 *
 * @param state        the state
 * @param date         the date asked about
 * @param basis        the recognition the state rests on (for EXPIRED, the one that lapsed last)
 * @param lastValidDay that recognition's last valid day under I-3
 * @param reason       the state in words, with the validity article and I-3
 */
public record RecognitionStatus(State state, LocalDate date, Optional<Recognition> basis,
                                Optional<LocalDate> lastValidDay, CitedReason reason) {

    /** The four states. */
    public enum State {
        NONE(Text.of("Chưa được công nhận", "Not recognised")),
        LEVEL_1(Text.of("Đang được công nhận mức độ 1", "Recognised at Level 1")),
        LEVEL_2(Text.of("Đang được công nhận mức độ 2", "Recognised at Level 2")),
        EXPIRED(Text.of("Kết quả công nhận đã hết thời hạn bảo lưu", "Recognition expired"));

        private final Text label;

        State(Text label) {
            this.label = label;
        }

        /** The label in Vietnamese and English. */
        public Text label() {
            return label;
        }
    }

    public RecognitionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(lastValidDay, "lastValidDay");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether a recognition is in force on the date. */
    public boolean recognised() {
        return state == State.LEVEL_1 || state == State.LEVEL_2;
    }
}
