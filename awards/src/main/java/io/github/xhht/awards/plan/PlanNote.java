package io.github.xhht.awards.plan;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.Objects;

/**
 * Something a plan says that is shown to the reader but never blocks a nomination: an advisory priority
 * (PR-6), a minimum of exemplary models, a printed value that looks wrong.
 *
 * @param text     what it says
 * @param citation where
 */
public record PlanNote(Text text, Citation citation) {
    public PlanNote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }
}
