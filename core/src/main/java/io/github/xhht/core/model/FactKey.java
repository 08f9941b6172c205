package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name and kind of a fact that rules read, declared once by the rules that read it. The name is the
 * key under {@code "facts"} in the JSON dossier.
 *
 * @param name  the key, letters, digits, '.', '_' and '-'
 * @param kind  the kind of value
 * @param type  the Java type of the value, matching the kind
 * @param label what the fact is, in Vietnamese and English
 * @param <V>   the Java type of the value
 */
public record FactKey<V extends FactValue>(String name, FactKind kind, Class<V> type, Text label) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,99}");

    public FactKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad fact name: " + name);
        }
    }

    /** A fact key of kind {@code flag} with its JSON name and label. */
    public static FactKey<FactValue.Flag> flag(String name, Text label) {
        return new FactKey<>(name, FactKind.FLAG, FactValue.Flag.class, label);
    }

    /** A fact key of kind {@code count} with its JSON name and label. */
    public static FactKey<FactValue.Count> count(String name, Text label) {
        return new FactKey<>(name, FactKind.COUNT, FactValue.Count.class, label);
    }

    /** A fact key of kind {@code share} with its JSON name and label. */
    public static FactKey<FactValue.Share> share(String name, Text label) {
        return new FactKey<>(name, FactKind.SHARE, FactValue.Share.class, label);
    }

    /** A fact key of kind {@code level} with its JSON name and label. */
    public static FactKey<FactValue.LevelValue> level(String name, Text label) {
        return new FactKey<>(name, FactKind.LEVEL, FactValue.LevelValue.class, label);
    }

    /** A fact key of kind {@code title} with its JSON name and label. */
    public static FactKey<FactValue.Title> title(String name, Text label) {
        return new FactKey<>(name, FactKind.TITLE, FactValue.Title.class, label);
    }

    /** A fact key of kind {@code date} with its JSON name and label. */
    public static FactKey<FactValue.DateValue> date(String name, Text label) {
        return new FactKey<>(name, FactKind.DATE, FactValue.DateValue.class, label);
    }

    /** A fact key of kind {@code amount} with its JSON name and label. */
    public static FactKey<FactValue.Amount> amount(String name, Text label) {
        return new FactKey<>(name, FactKind.AMOUNT, FactValue.Amount.class, label);
    }

    /** A fact key of kind {@code trend} with its JSON name and label. */
    public static FactKey<FactValue.Trend> trend(String name, Text label) {
        return new FactKey<>(name, FactKind.TREND, FactValue.Trend.class, label);
    }
}
