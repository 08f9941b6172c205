package io.github.xhht.core.i18n;

import java.util.Locale;

/** The two languages of every label and message: Vietnamese first, English second. */
public enum Lang {
    VI(Locale.forLanguageTag("vi")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale of the language. */
    public Locale locale() {
        return locale;
    }

    /** Parses {@code vi} or {@code en} (case-insensitive). */
    public static Lang parse(String code) {
        for (Lang lang : values()) {
            if (lang.name().equalsIgnoreCase(code)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected vi or en)");
    }
}
