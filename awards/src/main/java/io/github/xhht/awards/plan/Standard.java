package io.github.xhht.awards.plan;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.LearningTitle;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.AdminLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard that a plan sets for a kind of subject and that can be checked on the subject's history: a
 * recognition it must hold, or a learning title it must hold. Each applies to the forms from
 * {@link #fromForm()} upward (An Giang: provincial level or above).
 */
public sealed interface Standard permits Standard.HoldsRecognition, Standard.HoldsTitle {
    /** The rule id, e.g. {@code plan.hcmc-education.school.learning-unit}. */
    String id();

    /** The label in Vietnamese and English. */
    Text label();

    /** The plan's section that sets it. */
    Citation citation();

    /** The lowest form it applies to. */
    AwardForm fromForm();

    /** Whether it applies to a nomination for this form. */
    default boolean appliesTo(AwardForm form) {
        return form.atLeast(fromForm());
    }

    /**
     * The subject must hold a recognition of the scheme ({@code tt24} "Đơn vị học tập", {@code tt25}
     * "Cộng đồng học tập") that is valid on the date considered (I-3).
     *
     * @param tier the level that must have recognised it, if the plan names one (checked on
     *             {@link io.github.xhht.core.model.Subject#tier()})
     */
    record HoldsRecognition(String id, Text label, Citation citation, String scheme, Optional<AdminLevel> tier,
                            AwardForm fromForm) implements Standard {
        public HoldsRecognition {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(fromForm, "fromForm");
        }
    }

    /**
     * The subject must hold a learning title ("Công dân học tập", "Gia đình học tập", ...) for a year from the
     * start of the achievement period to the year considered.
     */
    record HoldsTitle(String id, Text label, Citation citation, LearningTitle title, AwardForm fromForm)
            implements Standard {
        public HoldsTitle {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(fromForm, "fromForm");
        }
    }
}
