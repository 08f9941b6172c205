package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import java.util.Objects;

/**
 * The readings this package makes where its sources conflict or are silent, each a named option with a
 * documented default that a caller may override. They complement core's I-1..I-10, which do not cover
 * emulation titles. The rules built with an option name it in their label, so the explanation shows it.
 *
 * @param grassrootsFighter T-1: which achievements count for limb 2 of "Chiến sĩ thi đua cơ sở"
 * @param advancedCollective T-2: the members' share of "Lao động tiên tiến" that "Tập thể lao động tiên
 *                           tiến" needs, since the 2022 wording was not read
 */
public record TitleOptions(GrassrootsFighterReading grassrootsFighter, ShareThreshold advancedCollective) {

    /**
     * T-1. LTĐKT 06/2022 Art. 23(2) [text] accepts any one of: excellent completion of duties, a recognised
     * initiative, an accepted science work, or (armed forces) combat ingenuity. Pre-2024 rules and
     * several secondary summaries still require an initiative or science work.
     */
    public enum GrassrootsFighterReading {
        /** Default: the 2022 text, any one of the alternatives (excellent completion suffices). */
        LAW_2022_ANY_ALTERNATIVE(Text.of(
                "T-1 (mặc định): theo Điều 23 Luật 2022, chỉ cần một trong các thành tích, kể cả hoàn thành xuất sắc nhiệm vụ",
                "T-1 (default): per Art. 23 of the 2022 law, any one achievement suffices, excellent completion included")),
        /** Override: the pre-2024 reading, an initiative, science work or combat ingenuity is required. */
        INITIATIVE_REQUIRED(Text.of(
                "T-1 (thay thế): phải có sáng kiến, đề tài khoa học hoặc mưu trí sáng tạo trong chiến đấu; hoàn thành xuất sắc nhiệm vụ không đủ",
                "T-1 (override): an initiative, science work or combat ingenuity is required; excellent completion is not enough"));

        private final Text reading;

        GrassrootsFighterReading(Text reading) {
            this.reading = reading;
        }

        /** The reading, for the explanation. */
        public Text reading() {
            return reading;
        }
    }

    /**
     * T-2: a share threshold on members, either "more than p %" (strict) or "at least p %".
     *
     * @param percent  p, 0..100
     * @param strictly true for "more than", false for "at least"
     */
    public record ShareThreshold(int percent, boolean strictly) {
        public ShareThreshold {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent out of 0..100: " + percent);
            }
        }

        /** "More than p %" (trên p %). */
        public static ShareThreshold moreThan(int percent) {
            return new ShareThreshold(percent, true);
        }

        /** "At least p %" (từ p % trở lên). */
        public static ShareThreshold atLeast(int percent) {
            return new ShareThreshold(percent, false);
        }

        /** Exact test on counts: count × 100 &gt; (or ≥) of × p; an empty total never passes. */
        public boolean passes(long count, long of) {
            if (of <= 0) {
                return false;
            }
            long left = count * 100;
            long right = of * percent;
            return strictly ? left > right : left >= right;
        }

        /** "trên 50%" / "more than 50%", or "từ 70% trở lên" / "at least 70%". */
        public Text describe() {
            return strictly
                    ? Text.of("trên " + percent + "%", "more than " + percent + "%")
                    : Text.of("từ " + percent + "% trở lên", "at least " + percent + "%");
        }
    }

    public TitleOptions {
        Objects.requireNonNull(grassrootsFighter, "grassrootsFighter");
        Objects.requireNonNull(advancedCollective, "advancedCollective");
    }

    private static final TitleOptions DEFAULTS = new TitleOptions(
            GrassrootsFighterReading.LAW_2022_ANY_ALTERNATIVE, ShareThreshold.moreThan(50));

    /** T-1 the 2022 text; T-2 "more than 50 %", the old-law figure (awards.md §2.2, [OLD-LAW]). */
    public static TitleOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with the reading of the grassroots-fighter rule replaced. */
    public TitleOptions withGrassrootsFighter(GrassrootsFighterReading value) {
        return new TitleOptions(value, advancedCollective);
    }

    /** E.g. {@code ShareThreshold.atLeast(70)} as detailed by Bắc Ninh QĐ 86/2025/QĐ-UBND or TT 01/2024/TT-VPCP. */
    public TitleOptions withAdvancedCollective(ShareThreshold value) {
        return new TitleOptions(grassrootsFighter, value);
    }
}
