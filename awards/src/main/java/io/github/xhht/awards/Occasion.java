package io.github.xhht.awards;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.OptionalInt;

/**
 * When the movement commends: every year, at the mid-term review of phase 2023-2025 (in 2025) and at the
 * final review of 2023-2030 (in 2030). Decision 1315/QĐ-TTg sets the two phases; the review years are
 * printed in the provincial plans (e.g. HCMC plan §III.2-3).
 */
public enum Occasion {
    /** "Khen thưởng hằng năm". */
    ANNUAL(Text.of("Khen thưởng hằng năm", "Annual commendation"), OptionalInt.empty()),
    /** "Sơ kết giai đoạn 2023 - 2025", in 2025. */
    MIDTERM_REVIEW(Text.of("Sơ kết giai đoạn 2023 - 2025 (năm 2025)", "Mid-term review of 2023-2025 (in 2025)"),
            OptionalInt.of(2025)),
    /** "Tổng kết giai đoạn 2023 - 2030", in 2030. */
    FINAL_REVIEW(Text.of("Tổng kết giai đoạn 2023 - 2030 (năm 2030)", "Final review of 2023-2030 (in 2030)"),
            OptionalInt.of(2030));

    private final Text label;
    private final OptionalInt reviewYear;

    Occasion(Text label, OptionalInt reviewYear) {
        this.label = label;
        this.reviewYear = reviewYear;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The year of the review; empty for annual commendation. */
    public OptionalInt reviewYear() {
        return reviewYear;
    }

    /** The national plan that sets the movement's phases and reviews. */
    public Citation citation() {
        return AwardDocuments.DECISION_1315.whole();
    }

    /** The code used in JSON. */
    public String code() {
        return name();
    }
}
