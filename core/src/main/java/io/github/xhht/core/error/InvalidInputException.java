package io.github.xhht.core.error;

import io.github.xhht.core.i18n.Lang;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input that cannot be used: malformed JSON, a value of the wrong type, a negative count, a numerator
 * above its denominator, a date outside the period. Names every field at fault by its JSON pointer.
 */
public final class InvalidInputException extends XhhtException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception carrying every problem found (at least one). */
    public InvalidInputException(List<Problem> problems) {
        super(render(problems, Lang.EN));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** An exception carrying one problem. */
    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    /** One problem at the JSON pointer, with its code and message arguments. */
    public static InvalidInputException at(String pointer, ProblemCode code, Object... args) {
        return new InvalidInputException(Problem.at(pointer, code, args));
    }

    /** Every problem found, each with its JSON pointer. */
    public List<Problem> problems() {
        return problems;
    }

    /** The same problems below a parent pointer. */
    public InvalidInputException under(String parentPointer) {
        return new InvalidInputException(problems.stream().map(p -> p.under(parentPointer)).toList());
    }

    @Override
    public String message(Lang lang) {
        return render(problems, lang);
    }

    private static String render(List<Problem> problems, Lang lang) {
        return problems.stream().map(p -> p.message(lang)).collect(Collectors.joining("; "));
    }
}
