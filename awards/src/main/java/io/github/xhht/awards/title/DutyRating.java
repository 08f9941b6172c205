package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import java.util.Arrays;
import java.util.List;

/**
 * The yearly rating of how a person completed their duties, lowest first. LTĐKT Art. 24(1)(a) asks for
 * at least {@link #COMPLETED_WELL}; Art. 23(2) accepts {@link #COMPLETED_EXCELLENTLY} as one achievement.
 * The code is the value of the title-kind fact {@code dutyRating}.
 */
public enum DutyRating {
    /** "Không hoàn thành nhiệm vụ". */
    NOT_COMPLETED(Text.of("Không hoàn thành nhiệm vụ", "Did not complete duties")),
    /** "Hoàn thành nhiệm vụ". */
    COMPLETED(Text.of("Hoàn thành nhiệm vụ", "Completed duties")),
    /** "Hoàn thành tốt nhiệm vụ". */
    COMPLETED_WELL(Text.of("Hoàn thành tốt nhiệm vụ", "Completed duties well")),
    /** "Hoàn thành xuất sắc nhiệm vụ". */
    COMPLETED_EXCELLENTLY(Text.of("Hoàn thành xuất sắc nhiệm vụ", "Completed duties excellently"));

    private final Text label;

    DutyRating(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The codes, lowest first, for {@code Measures.titleAtLeast}. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The labels in the order of {@link #codes()}. */
    public static List<Text> labels() {
        return Arrays.stream(values()).map(DutyRating::label).toList();
    }
}
