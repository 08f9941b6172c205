package io.github.xhht.awards.progress;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.Objects;
import java.util.Optional;

/**
 * A target share to reach by a year ("đến năm 2025, 70 % gia đình được công nhận Gia đình học tập").
 * Either counted from the province's subjects, or reported by the caller under {@link #reportedAs()} where
 * no recognition tells it (community learning centres using IT, literacy standards, ...).
 *
 * @param id         a stable id, e.g. {@code qd387.2025.learning-families}
 * @param label      the target as the document words it
 * @param percent    the share to reach, in percent
 * @param year       the year to reach it by
 * @param citation   where it is set
 * @param counting   how it is counted from subjects, if it is
 * @param reportedAs the input name under which the caller reports it, if it is not counted
 */
public record Target(String id, Text label, int percent, int year, Citation citation, Optional<Counting> counting,
                     Optional<String> reportedAs) {
    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(reportedAs, "reportedAs");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent in 0..100");
        }
        if (counting.isPresent() == reportedAs.isPresent()) {
            throw new IllegalArgumentException("a target is either counted or reported");
        }
    }

    static Target counted(String id, Text label, int percent, int year, Citation citation, Counting counting) {
        return new Target(id, label, percent, year, citation, Optional.of(counting), Optional.empty());
    }

    static Target reported(String id, Text label, int percent, int year, Citation citation, String input) {
        return new Target(id, label, percent, year, citation, Optional.empty(), Optional.of(input));
    }
}
