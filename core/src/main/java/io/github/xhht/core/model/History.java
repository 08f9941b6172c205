package io.github.xhht.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * What the subject already received: recognitions, awards and emulation titles, each kept in date order.
 *
 * @param recognitions past recognition decisions
 * @param awards       past awards
 * @param titles       past emulation titles
 */
public record History(List<Recognition> recognitions, List<AwardRecord> awards, List<TitleRecord> titles) {
    private static final History EMPTY = new History(List.of(), List.of(), List.of());

    public History {
        recognitions = recognitions.stream().sorted(Comparator.comparing(Recognition::decisionDate)).toList();
        awards = awards.stream().sorted(Comparator.comparing(AwardRecord::decisionDate)).toList();
        titles = titles.stream()
                .sorted(Comparator.comparingInt(TitleRecord::year).thenComparing(TitleRecord::decisionDate))
                .toList();
    }

    /** No recognitions, awards or titles. */
    public static History empty() {
        return EMPTY;
    }

    /** A history of recognitions only. */
    public static History ofRecognitions(List<Recognition> recognitions) {
        return new History(recognitions, List.of(), List.of());
    }

    /** Whether the history holds nothing. */
    public boolean isEmpty() {
        return recognitions.isEmpty() && awards.isEmpty() && titles.isEmpty();
    }
}
