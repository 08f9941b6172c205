package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Subject;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * To whom a rule applies, with the condition said in words for the explanation and the catalogue.
 * A rule whose applicability is false for the subject is {@link Outcome#NOT_APPLICABLE} (I-6).
 *
 * @param description the condition in Vietnamese and English, e.g. "public pre-schools only"
 * @param test        the condition on the subject
 */
public record Applicability(Text description, Predicate<Subject> test) {
    /** Applies to every subject the rule set covers. */
    public static final Applicability ALWAYS =
            new Applicability(Text.of("mọi đối tượng", "every subject"), subject -> true);

    public Applicability {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
    }

    /** Applies to the subjects that pass the test; {@code description} says which, in vi and en. */
    public static Applicability when(Text description, Predicate<Subject> test) {
        return new Applicability(description, test);
    }

    /** Whether the rule applies to the subject. */
    public boolean appliesTo(Subject subject) {
        return test.test(subject);
    }

    /** Whether this applies to every subject. */
    public boolean isAlways() {
        return this == ALWAYS;
    }
}
