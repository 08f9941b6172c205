package io.github.xhht.cli;

import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.law.Interpretations.Expiry;
import io.github.xhht.core.law.Interpretations.WithoutUniversity;
import java.util.List;

/**
 * The {@code --interpretation I-n=VALUE} option: overrides one default of
 * {@link Interpretations#defaults()}. I-5, I-6, I-8 and I-9 are fixed by the library and not options.
 */
public final class InterpretationOptions {
    private static final String OPTION = "--interpretation";

    private InterpretationOptions() {
    }

    /** Applies every {@code I-n=VALUE} in order to the defaults. */
    public static Interpretations apply(String command, List<String> specs) {
        Interpretations result = Interpretations.defaults();
        for (String spec : specs) {
            result = apply(command, result, spec);
        }
        return result;
    }

    static Interpretations apply(String command, Interpretations base, String spec) {
        int eq = spec.indexOf('=');
        String id = eq < 0 ? spec : spec.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT);
        String value = eq < 0 ? "" : spec.substring(eq + 1).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (id) {
            case "I-1" -> base.withLevel2CountsAsLevel1(yesNo(command, spec, value));
            case "I-2" -> base.withTt24Art7LiteralReading(pick(command, spec, value, "literal", "all"));
            case "I-3" -> base.withExpiry(pick(command, spec, value, "end-of-year", "36-months")
                    ? Expiry.END_OF_THIRD_FOLLOWING_YEAR : Expiry.THIRTY_SIX_MONTHS_FROM_DECISION);
            case "I-4" -> base.withDirectLevel2(yesNo(command, spec, value));
            case "I-7" -> base.withEvidenceRequired(yesNo(command, spec, value));
            case "I-10" -> base.withProvinceWithoutUniversity(pick(command, spec, value, "not-applicable", "not-met")
                    ? WithoutUniversity.NOT_APPLICABLE : WithoutUniversity.NOT_MET);
            case "I-5", "I-6", "I-8", "I-9" -> throw CliException.usage(command, "usage.interpretationFixed", id,
                    io.github.xhht.core.law.Interpretation.byId(id).reading());
            default -> throw CliException.usage(command, "usage.badValue", OPTION, spec,
                    "I-1=yes|no, I-2=literal|all, I-3=end-of-year|36-months, I-4=yes|no, I-7=yes|no, I-10=not-applicable|not-met");
        };
    }

    private static boolean yesNo(String command, String spec, String value) {
        return pick(command, spec, value, "yes", "no");
    }

    /** True for {@code first}, false for {@code second}, a usage error otherwise. */
    private static boolean pick(String command, String spec, String value, String first, String second) {
        if (value.equals(first)) {
            return true;
        }
        if (value.equals(second)) {
            return false;
        }
        throw CliException.usage(command, "usage.badValue", OPTION, spec, spec.substring(0, Math.max(0, spec.indexOf('=')))
                + "=" + first + "|" + second);
    }
}
