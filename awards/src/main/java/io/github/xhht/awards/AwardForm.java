package io.github.xhht.awards;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;

/**
 * The award forms (hình thức khen thưởng) the movement plans use, in ascending order: the enum order is the
 * order of rank, so {@code compareTo} tells which form is higher (LTĐKT Art. 9 lists them; the standards
 * are in Arts. 44, 73, 74, 75).
 */
public enum AwardForm {
    /** "Giấy khen": the lowest form; its standards are set by each ministry or province (LTĐKT Art. 75). */
    CERTIFICATE_OF_COMMENDATION(Text.of("Giấy khen", "Certificate of commendation"),
            AwardDocuments.LAW_06_2022.article(75)),
    /** "Bằng khen" of a ministry, sector, province or central mass organisation (LTĐKT Art. 74). */
    CERTIFICATE_OF_MERIT_PROVINCIAL(Text.of("Bằng khen cấp bộ, ban, ngành, tỉnh",
            "Certificate of merit of a ministry, sector or province"), AwardDocuments.LAW_06_2022.article(74)),
    /** "Bằng khen của Thủ tướng Chính phủ" (LTĐKT Art. 73). */
    PRIME_MINISTER_CERTIFICATE_OF_MERIT(Text.of("Bằng khen của Thủ tướng Chính phủ",
            "Prime Minister's certificate of merit"), AwardDocuments.LAW_06_2022.article(73)),
    /** "Huân chương Lao động hạng Ba" (LTĐKT Art. 44). */
    LABOUR_ORDER_THIRD_CLASS(Text.of("Huân chương Lao động hạng Ba", "Labour Order, third class"),
            AwardDocuments.LAW_06_2022.article(44));

    private final Text label;
    private final Citation citation;

    AwardForm(Text label, Citation citation) {
        this.label = label;
        this.citation = citation;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The article that sets the form's standards. */
    public Citation citation() {
        return citation;
    }

    /** Whether this form ranks at least as high as {@code other}. */
    public boolean atLeast(AwardForm other) {
        return compareTo(other) >= 0;
    }

    /** The code used in JSON and in {@link io.github.xhht.core.model.AwardRecord#form()}. */
    public String code() {
        return name();
    }
}
