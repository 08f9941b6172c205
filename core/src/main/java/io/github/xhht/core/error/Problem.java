package io.github.xhht.core.error;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input, located by a JSON pointer (RFC 6901) into the dossier as its JSON form
 * writes it, e.g. {@code /facts/citizens/count}. Builders use the same pointers, so a problem reads the
 * same whether the dossier came from JSON or from Java.
 *
 * @param pointer the JSON pointer of the field, "" for the whole document
 * @param code    the stable problem code
 * @param args    the parameters of the message, immutable values (strings, numbers, dates)
 */
public record Problem(String pointer, ProblemCode code, List<Object> args) {
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A problem at the JSON pointer, with its code and message arguments. */
    public static Problem at(String pointer, ProblemCode code, Object... args) {
        return new Problem(pointer, code, List.of(args));
    }

    /** The same problem below a parent pointer, e.g. {@code /facts/x} + {@code /count}. */
    public Problem under(String parentPointer) {
        return new Problem(parentPointer + pointer, code, args);
    }

    /** "/facts/citizens/count: ..." in the given language. */
    public String message(Lang lang) {
        Messages messages = Messages.of(lang);
        String where = pointer.isEmpty() ? messages.format("problem.where.document") : pointer;
        return where + ": " + messages.format("problem." + code.name(), args);
    }

    /** Escapes one reference token of a JSON pointer. */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
