package io.github.xhht.core.i18n;

import java.util.Objects;

/**
 * A short text in Vietnamese and in English, such as the label of an indicator.
 *
 * @param vi the Vietnamese text, with diacritics
 * @param en the English text
 */
public record Text(String vi, String en) {
    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** A text in Vietnamese and English (both required). */
    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }

    /** The text in the language. */
    public String in(Lang lang) {
        return lang == Lang.VI ? vi : en;
    }
}
