package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * Why a rule has its outcome: a stable code and its parameters, so a caller can translate it.
 *
 * @param code the code
 * @param args the parameters, immutable values (strings, numbers, dates, {@link io.github.xhht.core.i18n.Text})
 */
public record Reason(ReasonCode code, List<Object> args) {
    public Reason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A reason with its code and message arguments. */
    public static Reason of(ReasonCode code, Object... args) {
        return args.length == 0 ? BARE.get(Objects.requireNonNull(code, "code").ordinal()) : new Reason(code, List.of(args));
    }

    // immutable values, so one per code serves every finding whose reason has no parameters
    private static final List<Reason> BARE = java.util.Arrays.stream(ReasonCode.values())
            .map(c -> new Reason(c, List.of())).toList();

    /** The message in the language. */
    public String message(Lang lang) {
        return message(Messages.of(lang));
    }

    /** The reason rendered with these messages. */
    public String message(Messages messages) {
        return messages.format("reason." + code.name(), args);
    }
}
