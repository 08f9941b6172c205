package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.i18n.Text;
import java.util.List;
import java.util.Objects;

/**
 * What a rule requires, as a stable code with parameters: "≥ 60 %", "level ≥ 2", "carried out, with
 * evidence", "higher than the year before". The message is {@code requirement.<name>} in the core bundle.
 *
 * @param code what kind of requirement
 * @param args its parameters
 */
public record Requirement(Code code, List<Object> args) {

    /** The kinds of requirement; parameters beside each. */
    public enum Code {
        /** The qualitative condition is carried out. */
        CARRIED_OUT,
        /** {0} percent. */
        SHARE_AT_LEAST,
        /** {0} minimum count. */
        COUNT_AT_LEAST,
        /** {0} minimum level. */
        LEVEL_AT_LEAST,
        /** {0} the lowest title accepted (Text). */
        TITLE_AT_LEAST,
        /** Strictly higher than the year before. */
        INCREASE,
        /** Strictly lower than the year before. */
        DECREASE,
        /** Every part that applies. */
        ALL_OF,
        /** At least one part. */
        ANY_OF,
        /** {0} how many parts. */
        AT_LEAST_K_OF,
        /** The part is not met. */
        NOT,
        /** {0} a free text (Text). */
        TEXT
    }

    public Requirement {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A requirement with its code and message arguments. */
    public static Requirement of(Code code, Object... args) {
        return args.length == 0 ? BARE.get(Objects.requireNonNull(code, "code").ordinal()) : new Requirement(code, List.of(args));
    }

    // immutable values, so one per code serves every rule that asks for a requirement without parameters
    private static final List<Requirement> BARE = java.util.Arrays.stream(Code.values())
            .map(c -> new Requirement(c, List.of())).toList();

    /** A requirement stated in words, for rules no standard code describes. */
    public static Requirement text(Text text) {
        return of(Code.TEXT, text);
    }

    /** The message in the language. */
    public String message(Lang lang) {
        return message(Messages.of(lang));
    }

    /** The requirement rendered with these messages. */
    public String message(Messages messages) {
        return messages.format("requirement." + code.name(), args);
    }
}
