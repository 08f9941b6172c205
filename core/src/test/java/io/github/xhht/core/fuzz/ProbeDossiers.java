package io.github.xhht.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Generates dossier JSON for the {@link ProbeScheme} from a stream of choices: mostly valid dossiers with
 * values on both sides of every threshold, and now and then a wrong value (numerator above denominator,
 * unknown title, unknown fact, uncovered subject kind) so that errors and verdicts are both exercised.
 */
public final class ProbeDossiers {

    /** Where the choices come from: the fuzzer or a seeded random source. */
    public interface Choices {
        /** A number in [0, bound). */
        int below(int bound);
    }

    private ProbeDossiers() {
    }

    /** Choices taken from the fuzzer's input. */
    public static Choices of(FuzzedDataProvider data) {
        return bound -> data.consumeInt(0, bound - 1);
    }

    /** Choices from a seeded random source, reproducible by seed. */
    public static Choices seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random::nextInt;
    }

    public static byte[] json(FuzzedDataProvider data) {
        return json(of(data)).getBytes(StandardCharsets.UTF_8);
    }

    /** One dossier as JSON text. */
    public static String json(Choices c) {
        int year = 2023 + c.below(4);
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"formatVersion\": 1, \"scheme\": \"").append(c.below(20) == 0 ? "tt99" : ProbeScheme.ID).append("\", ");
        String kind = c.below(15) == 0 ? "district" : "commune";
        b.append("\"subject\": {\"kind\": \"").append(kind).append("\", \"id\": \"VN-").append(c.below(100_000))
                .append("\", \"name\": \"Xã Thử ").append(c.below(1000)).append("\", \"jurisdiction\": \"Hà Nội\"");
        if (c.below(3) == 0) {
            b.append(", \"attributes\": {\"difficultArea\": ").append(c.below(2) == 0).append('}');
        }
        b.append("}, \"period\": {\"from\": \"").append(year).append("-01-01\", \"to\": \"").append(year).append("-12-31\"}, ");
        b.append("\"facts\": {");
        String sep = "";
        if (c.below(8) != 0) {
            b.append(sep).append("\"awarenessRaising\": {\"flag\": ").append(c.below(4) != 0).append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(8) != 0) {
            int of = c.below(3) == 0 ? c.below(3) : 100 + c.below(1000);
            int count = c.below(25) == 0 ? of + 1 : nearPercent(c, of);
            b.append(sep).append("\"learningCitizens\": {\"count\": ").append(count).append(", \"of\": ").append(of)
                    .append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(8) != 0) {
            b.append(sep).append("\"programmes\": {\"count\": ").append(pick(c, 0, 3, 4, 5, 7, 8, 9, 1_000_000)).append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(8) != 0) {
            b.append(sep).append("\"universalPrimaryLevel\": {\"level\": ").append(c.below(5)).append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(4) != 0) {
            b.append(sep).append("\"incomePerCapita\": {\"previous\": ").append(amount(c)).append(", \"current\": ").append(amount(c))
                    .append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(4) != 0) {
            b.append(sep).append("\"poorHouseholds\": {\"previous\": ").append(amount(c)).append(", \"current\": ").append(amount(c))
                    .append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(3) != 0) {
            String title = c.below(20) == 0 ? "GOLDEN_COLLECTIVE" : ProbeScheme.TITLES.get(c.below(ProbeScheme.TITLES.size()));
            b.append(sep).append("\"collectiveTitle\": {\"title\": \"").append(title).append('"').append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(4) != 0) {
            b.append(sep).append("\"seriousViolation\": {\"flag\": ").append(c.below(5) == 0).append(evidence(c, year)).append('}');
            sep = ", ";
        }
        if (c.below(4) == 0) {
            b.append(sep).append("\"reviewedOn\": {\"date\": \"").append(year).append("-0").append(1 + c.below(9)).append("-1")
                    .append(c.below(10)).append("\"}");
            sep = ", ";
        }
        if (c.below(4) == 0) {
            b.append(sep).append("\"budget\": {\"amount\": ").append(amount(c)).append('}');
            sep = ", ";
        }
        if (c.below(30) == 0) {
            b.append(sep).append("\"unheardOf\": {\"flag\": true}");
        }
        b.append("}}");
        return b.toString();
    }

    /** A count close to one of the thresholds' percentages of {@code of}: at, just below or just above. */
    private static int nearPercent(Choices c, int of) {
        int percent = pick(c, 0, 60, 80, 100, 59, 79);
        int exact = (int) ((long) of * percent / 100);
        int count = exact + c.below(3) - 1;
        return Math.max(0, Math.min(of, count));
    }

    private static String evidence(Choices c, int year) {
        if (c.below(4) == 0) {
            return "";
        }
        return ", \"evidence\": [{\"document\": \"" + (1 + c.below(99)) + "/QĐ-UBND\", \"issuer\": \"UBND xã\", \"date\": \""
                + year + "-03-1" + c.below(10) + "\"}]";
    }

    private static String amount(Choices c) {
        return (10 + c.below(5)) + "." + c.below(10);
    }

    private static int pick(Choices c, int... values) {
        return values[c.below(values.length)];
    }
}
