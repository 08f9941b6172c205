package io.github.xhht.core.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders stable message codes with their parameters in one language, from the resource bundles
 * {@code io/github/xhht/core/i18n/messages_vi.properties} and {@code messages_en.properties}.
 *
 * <p>Parameters are positional ({0}, {1}, ...). Numbers and dates are formatted the way each language
 * writes them: {@code 1.234,5} and {@code 31/12/2024} in Vietnamese, {@code 1,234.5} and
 * {@code 2024-12-31} in English. Instances are immutable and thread-safe.
 */
public final class Messages {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Messages VI = new Messages(Lang.VI, load(Messages.class, "messages", Lang.VI));
    private static final Messages EN = new Messages(Lang.EN, load(Messages.class, "messages", Lang.EN));

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    /** The core messages in the given language. */
    public static Messages of(Lang lang) {
        return lang == Lang.VI ? VI : EN;
    }

    /**
     * Loads the UTF-8 properties file {@code name_vi.properties} or {@code name_en.properties} that lies
     * beside {@code anchor}; reading it through the anchor keeps it working inside a named module.
     */
    public static ResourceBundle load(Class<?> anchor, String name, Lang lang) {
        String file = name + "_" + lang.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
        try (java.io.InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + file + " beside " + anchor.getName());
            }
            return new java.util.PropertyResourceBundle(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Messages that look a key up in {@code first} and then in the core bundle. */
    public Messages with(ResourceBundle first) {
        Messages core = this;
        ResourceBundle chained = new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                if (first.containsKey(key)) {
                    return first.getObject(key);
                }
                return core.bundle.containsKey(key) ? core.bundle.getObject(key) : null;
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                java.util.Set<String> keys = new java.util.TreeSet<>(first.keySet());
                keys.addAll(core.bundle.keySet());
                return java.util.Collections.enumeration(keys);
            }
        };
        return new Messages(lang, chained);
    }

    /** The language of these messages. */
    public Lang lang() {
        return lang;
    }

    /** The message for {@code key} with the parameters filled in; the key itself if it is unknown. */
    public String format(String key, List<?> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        return fill(pattern, args);
    }

    /** The message {@code key} filled with the arguments. */
    public String format(String key, Object... args) {
        return format(key, List.of(args));
    }

    /** Whether the bundle knows the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Replaces {0}, {1}, ... by the rendered arguments; no other syntax, so apostrophes stay literal. */
    public String fill(String pattern, List<?> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.size() ? render(args.get(index)) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Renders one parameter in this language. */
    public String render(Object value) {
        if (value instanceof Text text) {
            return text.in(lang);
        }
        if (value instanceof LocalDate date) {
            return lang == Lang.VI ? VI_DATE.format(date) : date.toString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return number(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        return String.valueOf(value);
    }

    /**
     * A fact value as a person reads it: "có"/"yes", "3.200/5.200 (61,53 %)", "mức 3", "40,1 → 42".
     * Percentages are cut (not rounded) to two decimals so a share below a threshold never displays as
     * reaching it.
     */
    public String value(io.github.xhht.core.model.FactValue value) {
        if (value instanceof io.github.xhht.core.model.FactValue.Flag f) {
            return f.value() ? (lang == Lang.VI ? "có" : "yes") : (lang == Lang.VI ? "không" : "no");
        }
        if (value instanceof io.github.xhht.core.model.FactValue.Count c) {
            return render(c.value());
        }
        if (value instanceof io.github.xhht.core.model.FactValue.Share s) {
            String share = render(s.count()) + "/" + render(s.of());
            if (s.of() == 0) {
                return share;
            }
            BigDecimal percent = BigDecimal.valueOf(s.count()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(s.of()), 2, java.math.RoundingMode.DOWN);
            return share + " (" + number(percent) + " %)";
        }
        if (value instanceof io.github.xhht.core.model.FactValue.LevelValue l) {
            return (lang == Lang.VI ? "mức " : "level ") + l.level();
        }
        if (value instanceof io.github.xhht.core.model.FactValue.Title t) {
            return t.code();
        }
        if (value instanceof io.github.xhht.core.model.FactValue.DateValue d) {
            return render(d.date());
        }
        if (value instanceof io.github.xhht.core.model.FactValue.Amount a) {
            return number(a.value());
        }
        io.github.xhht.core.model.FactValue.Trend t = (io.github.xhht.core.model.FactValue.Trend) value;
        return number(t.previous()) + " → " + number(t.current());
    }

    /** A number with this language's grouping and decimal separators, never in exponent form. */
    public String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(lang.locale());
        if (lang == Lang.VI) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
        } else {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
