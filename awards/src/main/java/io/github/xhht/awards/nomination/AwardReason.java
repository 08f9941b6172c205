package io.github.xhht.awards.nomination;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * Why a nomination check has its outcome: a stable code and its parameters (strings, numbers, dates,
 * {@link io.github.xhht.core.i18n.Text}), rendered in Vietnamese or English.
 *
 * @param code the code
 * @param args the parameters
 */
public record AwardReason(AwardReasonCode code, List<Object> args) {
    public AwardReason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A reason with its code and message arguments. */
    public static AwardReason of(AwardReasonCode code, Object... args) {
        return new AwardReason(code, List.of(args));
    }

    /** The message in the language. */
    public String message(Lang lang) {
        return message(AwardMessages.of(lang));
    }

    /** The reason rendered with these messages (awards bundle chained before core). */
    public String message(Messages messages) {
        return messages.format("award.reason." + code.name(), args);
    }
}
