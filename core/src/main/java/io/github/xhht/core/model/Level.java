package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** The two recognition levels of TT 24 and TT 25 ("mức độ 1", "mức độ 2"). */
public enum Level {
    LEVEL_1(1, Text.of("Mức độ 1", "Level 1")),
    LEVEL_2(2, Text.of("Mức độ 2", "Level 2"));

    private final int number;
    private final Text label;

    Level(int number, Text label) {
        this.number = number;
        this.label = label;
    }

    /** The level number (1 or 2). */
    public int number() {
        return number;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The level with this number (1 or 2). */
    public static Level of(int number) {
        for (Level level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("no level " + number);
    }
}
