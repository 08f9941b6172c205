package io.github.xhht.core.law;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import java.util.Objects;

/**
 * A legal or administrative document that rules cite: a circular, a decree, a law, a decision, or a
 * province's movement plan.
 *
 * @param id     a stable short id, e.g. {@code TT25/2023/TT-BGDĐT}
 * @param kind   the kind of document, e.g. "Thông tư" / "Circular"
 * @param number the official number, e.g. {@code 25/2023/TT-BGDĐT}
 * @param title  the title in Vietnamese and English
 */
public record LegalDocument(String id, Text kind, String number, Text title) {
    public LegalDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }

    public static final Text CIRCULAR = Text.of("Thông tư", "Circular");
    public static final Text DECREE = Text.of("Nghị định", "Decree");
    public static final Text LAW = Text.of("Luật", "Law");
    public static final Text DECISION = Text.of("Quyết định", "Decision");
    public static final Text PLAN = Text.of("Kế hoạch", "Plan");

    /** A circular of the Ministry of Education and Training, e.g. {@code circular("25/2023/TT-BGDĐT", ...)}. */
    public static LegalDocument circular(String number, Text title) {
        return new LegalDocument("TT" + number, CIRCULAR, number, title);
    }

    /** "Thông tư 25/2023/TT-BGDĐT" or "Circular 25/2023/TT-BGDĐT". */
    public String name(Lang lang) {
        return kind.in(lang) + " " + number;
    }

    /** Starts a citation of this document's article. */
    public Citation article(int article) {
        return new Citation(this, article, 0, "", "");
    }

    /** Cites a section of a plan or another document not divided into articles, e.g. "II.2". */
    public Citation section(String section) {
        return new Citation(this, 0, 0, "", section);
    }

    /** Cites the document as a whole. */
    public Citation whole() {
        return new Citation(this, 0, 0, "", "");
    }
}
