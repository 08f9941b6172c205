package io.github.xhht.core.testing;

import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.EvaluationContext;
import java.time.LocalDate;

/**
 * Test-only subjects, dossiers and evidence for the assessment year 2024. Public so other modules'
 * tests can use it through the core test-jar.
 */
public final class TestDossiers {
    /** The assessment period of every dossier here. */
    public static final AssessmentPeriod PERIOD = AssessmentPeriod.calendarYear(2024);

    /** An as-of date after the period, when a decision would be made. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    private TestDossiers() {
    }

    /** A commune with no attributes. */
    public static Subject commune() {
        return Subject.builder(SubjectKind.COMMUNE, "VN-01-00001", "Xã Minh Khai").jurisdiction("Hà Nội").build();
    }

    /** A builder for a dossier of {@link #commune()} under the scheme for 2024. */
    public static Dossier.Builder builder(String scheme) {
        return Dossier.builder(scheme, commune(), PERIOD);
    }

    /** A dossier without facts. */
    public static Dossier empty() {
        return builder("test").build();
    }

    /** An evaluation context over {@link #empty()} with the default interpretations. */
    public static EvaluationContext context() {
        return EvaluationContext.of(empty(), AS_OF);
    }

    /** One piece of evidence dated inside the period. */
    public static Evidence evidence() {
        return Evidence.of("12/KH-UBND", "UBND xã Minh Khai", LocalDate.of(2024, 1, 15), "Kế hoạch thực hiện");
    }
}
