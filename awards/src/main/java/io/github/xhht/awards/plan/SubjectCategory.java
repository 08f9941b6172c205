package io.github.xhht.awards.plan;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.SubjectKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of subject for which a plan sets its own standards, e.g. HCMC "(d) schools and vocational
 * institutions" (§II.3.1.d). A nomination names its category; the subject's kind must be one of
 * {@link #kinds()}.
 *
 * @param id        a short id unique in the plan, e.g. {@code school}
 * @param label     the plan's name for it
 * @param kinds     the subject kinds it may hold
 * @param citation  where the plan sets its standards
 * @param standards the checkable standards (qualitative ones are left to the council)
 */
public record SubjectCategory(String id, Text label, Set<SubjectKind> kinds, Citation citation, List<Standard> standards) {
    public SubjectCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        if (id.isBlank() || kinds.isEmpty()) {
            throw new IllegalArgumentException("a category needs an id and at least one subject kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        standards = List.copyOf(standards);
    }
}
