package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** The kinds of value a fact can hold; each has one JSON shape (see {@link FactValue}). */
public enum FactKind {
    FLAG("flag", Text.of("có/không", "yes/no")),
    COUNT("count", Text.of("số lượng", "count")),
    SHARE("share", Text.of("số lượng trên tổng số", "count out of a total")),
    LEVEL("level", Text.of("mức", "level")),
    TITLE("title", Text.of("danh hiệu", "title")),
    DATE("date", Text.of("ngày", "date")),
    AMOUNT("amount", Text.of("giá trị", "amount")),
    TREND("trend", Text.of("so sánh với năm trước", "comparison with the previous year"));

    private final String json;
    private final Text label;

    FactKind(String json, Text label) {
        this.json = json;
        this.label = label;
    }

    /** The code used in the dossier JSON. */
    public String json() {
        return json;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
