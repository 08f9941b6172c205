package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit of the procedure and the last day that meets it. The circulars say "before" (trước ngày)
 * a date, so that date itself is already late; "within 20 working days" ends on the 20th working day.
 *
 * @param kind          what must happen by then
 * @param track         the procedure
 * @param wording       the limit as the law words it, in both languages
 * @param lastDayInTime the last day that meets it; empty when it cannot be known (no holiday data)
 * @param citation      the article that sets it
 * @param unknownReason why the last day is unknown, when it is
 */
public record Deadline(Kind kind, Track track, Text wording, Optional<LocalDate> lastDayInTime, Citation citation,
                       Optional<CitedReason> unknownReason) {

    /** The steps with a time limit. */
    public enum Kind {
        /** The applicant files its dossier. */
        FILING(Text.of("nộp hồ sơ đề nghị", "filing the application")),
        /** Evaluation and recognition are completed. */
        DECISION(Text.of("hoàn thành đánh giá, công nhận", "completing evaluation and recognition")),
        /** TT 24: the district education office reports the district results to the province. */
        REPORT_TO_PROVINCE(Text.of("báo cáo kết quả cấp huyện về Sở Giáo dục và Đào tạo",
                "reporting district results to the provincial Department")),
        /** TT 25 provinces: the Minister decides after a complete dossier. */
        MINISTER_DECISION(Text.of("Bộ trưởng quyết định công nhận", "the Minister's decision"));

        private final Text label;

        Kind(Text label) {
            this.label = label;
        }

        /** The label in Vietnamese and English. */
        public Text label() {
            return label;
        }
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(lastDayInTime, "lastDayInTime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(unknownReason, "unknownReason");
        if (lastDayInTime.isEmpty() == unknownReason.isEmpty()) {
            throw new IllegalArgumentException("a deadline has either a last day or the reason it is unknown");
        }
    }
}
