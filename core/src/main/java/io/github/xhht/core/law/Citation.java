package io.github.xhht.core.law;

import io.github.xhht.core.i18n.Lang;
import java.util.Objects;

/**
 * Where a rule stands in the law: document, article (Điều), clause (khoản), point (điểm), or, for plans
 * not divided into articles, a section. Rendered the way a Vietnamese official writes it,
 * "điểm b khoản 5 Điều 6 Thông tư 25/2023/TT-BGDĐT", and in English, "Article 6(5)(b) of Circular
 * 25/2023/TT-BGDĐT".
 *
 * @param document the document
 * @param article  the article number, 0 when the citation names no article
 * @param clause   the clause number, 0 when none
 * @param point    the point letter (a, b, c, d, đ, e, ...), empty when none
 * @param section  a section label for documents without articles, empty when none
 */
public record Citation(LegalDocument document, int article, int clause, String point, String section) {
    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(section, "section");
        if (article < 0 || clause < 0) {
            throw new IllegalArgumentException("article and clause are positive or 0 for none");
        }
        if (clause > 0 && article == 0) {
            throw new IllegalArgumentException("a clause needs an article");
        }
        if (!point.isEmpty() && clause == 0) {
            throw new IllegalArgumentException("a point needs a clause");
        }
    }

    /** The same citation narrowed to a clause. */
    public Citation clause(int clause) {
        return new Citation(document, article, clause, "", section);
    }

    /** The same citation narrowed to a point of its clause. */
    public Citation point(String point) {
        return new Citation(document, article, clause, point, section);
    }

    /** Full form with the document, e.g. "điểm b khoản 5 Điều 6 Thông tư 25/2023/TT-BGDĐT". */
    public String render(Lang lang) {
        String local = local(lang);
        if (local.isEmpty()) {
            return document.name(lang);
        }
        return lang == Lang.VI ? local + " " + document.name(lang) : local + " of " + document.name(lang);
    }

    /** The part inside the document, e.g. "điểm b khoản 5 Điều 6" or "Article 6(5)(b)". */
    public String local(Lang lang) {
        if (article == 0) {
            if (section.isEmpty()) {
                return "";
            }
            return (lang == Lang.VI ? "mục " : "section ") + section;
        }
        if (lang == Lang.VI) {
            StringBuilder out = new StringBuilder();
            if (!point.isEmpty()) {
                out.append("điểm ").append(point).append(' ');
            }
            if (clause > 0) {
                out.append("khoản ").append(clause).append(' ');
            }
            return out.append("Điều ").append(article).toString();
        }
        StringBuilder out = new StringBuilder("Article ").append(article);
        if (clause > 0) {
            out.append('(').append(clause).append(')');
        }
        if (!point.isEmpty()) {
            out.append('(').append(point).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render(Lang.VI);
    }
}
