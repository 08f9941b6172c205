package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.i18n.Text;
import java.util.List;
import java.util.Objects;

/**
 * Why a Learning Citizen score has its outcome: a stable code and its parameters, rendered in Vietnamese
 * or English with core's number formatting.
 *
 * @param code the code
 * @param args its parameters, listed beside each code
 */
public record CitizenReason(Code code, List<Object> args) {

    /** The reasons. */
    public enum Code {
        /** {0} total: at least 80 and no indicator below 5. */
        MET(Text.of("tổng điểm {0}/100: đạt từ 80 điểm trở lên và không tiêu chí nào dưới 5 điểm",
                "total {0}/100: at least 80 and no indicator below 5")),
        /** {0} total, {1} pass mark. */
        TOTAL_BELOW_PASS(Text.of("tổng điểm {0} thấp hơn mức đạt {1} điểm", "total {0} is below the pass mark of {1}")),
        /** {0} the most the total can still reach with the missing scores at their maximum, {1} pass mark. */
        TOTAL_CANNOT_REACH_PASS(Text.of("tổng điểm tối đa còn có thể đạt là {0}, thấp hơn mức đạt {1} điểm",
                "the total can reach at most {0}, below the pass mark of {1}")),
        /** {0} indicator id, {1} its label, {2} score, {3} minimum. */
        INDICATOR_BELOW_MINIMUM(Text.of("tiêu chí {0} \"{1}\" được {2} điểm, thấp hơn mức tối thiểu {3} điểm",
                "indicator {0} \"{1}\" scored {2}, below the minimum of {3}")),
        /** {0} indicator id, {1} its label. */
        SCORE_MISSING(Text.of("chưa có điểm của tiêu chí {0} \"{1}\"", "no score for indicator {0} \"{1}\""));

        private final Text pattern;

        Code(Text pattern) {
            this.pattern = pattern;
        }

        /** The message pattern with positional parameters {0}, {1}, .... */
        public Text pattern() {
            return pattern;
        }
    }

    public CitizenReason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A reason with its code and message arguments. */
    public static CitizenReason of(Code code, Object... args) {
        return new CitizenReason(code, List.of(args));
    }

    /** The reason in the language. */
    public String message(Lang lang) {
        return Messages.of(lang).fill(code.pattern.in(lang), args);
    }

    /** The message in both languages. */
    public Text text() {
        return Text.of(message(Lang.VI), message(Lang.EN));
    }
}
