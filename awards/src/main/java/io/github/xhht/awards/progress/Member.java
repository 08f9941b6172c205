package io.github.xhht.awards.progress;

import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Subject;
import java.util.Objects;

/**
 * One subject of a province (a family, clan, village, unit, commune, district, person) with its recognitions
 * and titles. A person's {@link Subject#parentId()} names the family, village or unit they belong to.
 *
 * @param subject the subject
 * @param history its recognitions and titles
 */
public record Member(Subject subject, History history) {
    public Member {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(history, "history");
    }
}
