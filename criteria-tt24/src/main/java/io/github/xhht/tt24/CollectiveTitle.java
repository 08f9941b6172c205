package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import java.util.Arrays;
import java.util.List;

/**
 * The collective emulation titles of Law 06/2022/QH15 that TT 24 Art. 6(3)(c), 7(3)(c), 12(3)(c) and
 * 13(3)(c) accept as "Tập thể lao động tiên tiến" or higher, lowest first. The armed-forces counterparts
 * sit beside their civilian titles; the order follows the bonus coefficients of Decree 152/2025 Art. 50(2)
 * (awards.md): 0.8, 1.5, 8.0, 12.0. The codes are those of the awards module's {@code EmulationTitle}.
 */
public enum CollectiveTitle {
    /** The unit holds no collective emulation title for the year. */
    NONE(Text.of("Không có danh hiệu thi đua tập thể", "No collective emulation title")),
    /** "Tập thể lao động tiên tiến". */
    ADVANCED_LABOUR_COLLECTIVE(Text.of("Tập thể lao động tiên tiến", "Advanced labour collective")),
    /** "Đơn vị tiên tiến", the armed-forces counterpart of the above. */
    ADVANCED_UNIT(Text.of("Đơn vị tiên tiến", "Advanced unit")),
    /** "Tập thể lao động xuất sắc". */
    EXCELLENT_LABOUR_COLLECTIVE(Text.of("Tập thể lao động xuất sắc", "Excellent labour collective")),
    /** "Đơn vị quyết thắng", the armed-forces counterpart of the above. */
    DETERMINED_TO_WIN_UNIT(Text.of("Đơn vị quyết thắng", "Determined-to-win unit")),
    /** "Cờ thi đua cấp bộ, ban, ngành, tỉnh". */
    MINISTERIAL_EMULATION_FLAG(Text.of("Cờ thi đua cấp bộ, ban, ngành, tỉnh", "Ministry, sector or provincial emulation flag")),
    /** "Cờ thi đua của Chính phủ". */
    GOVERNMENT_EMULATION_FLAG(Text.of("Cờ thi đua của Chính phủ", "Government emulation flag"));

    /** The lowest title the circular accepts. */
    public static final CollectiveTitle MINIMUM = ADVANCED_LABOUR_COLLECTIVE;

    private final Text label;

    CollectiveTitle(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The codes, lowest first. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The labels, in the order of {@link #codes()}. */
    public static List<Text> labels() {
        return Arrays.stream(values()).map(CollectiveTitle::label).toList();
    }
}
