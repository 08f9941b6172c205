package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;

/** The circulars whose procedure this package encodes. */
public final class Documents {
    /** Thông tư 24/2023/TT-BGDĐT (11 Dec 2023, in force 26 Jan 2024): Learning Units. */
    public static final LegalDocument TT24 = LegalDocument.circular("24/2023/TT-BGDĐT",
            Text.of("Quy định đánh giá, công nhận \"Đơn vị học tập\" cấp huyện, cấp tỉnh",
                    "Evaluation and recognition of district- and provincial-level \"Learning Units\""));
    /** Thông tư 25/2023/TT-BGDĐT (27 Dec 2023, in force 12 Feb 2024): Learning Communities. */
    public static final LegalDocument TT25 = LegalDocument.circular("25/2023/TT-BGDĐT",
            Text.of("Quy định đánh giá, công nhận \"Cộng đồng học tập\" cấp xã, huyện, tỉnh",
                    "Evaluation and recognition of commune-, district- and provincial-level \"Learning Communities\""));

    /** TT 24 Art. 22(1). */
    public static final java.time.LocalDate TT24_IN_FORCE = java.time.LocalDate.of(2024, 1, 26);
    /** TT 25 Art. 25(1). */
    public static final java.time.LocalDate TT25_IN_FORCE = java.time.LocalDate.of(2024, 2, 12);

    private Documents() {
    }
}
