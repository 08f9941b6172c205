package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;
import java.time.LocalDate;

/** The document this module encodes and the facts about it that every article needs. */
public final class Circular25 {
    private Circular25() {
    }

    /** Thông tư 25/2023/TT-BGDĐT of 27 December 2023. */
    public static final LegalDocument DOCUMENT = LegalDocument.circular("25/2023/TT-BGDĐT",
            Text.of("Quy định đánh giá, công nhận \"Cộng đồng học tập\" cấp xã, huyện, tỉnh",
                    "Evaluating and recognising \"Learning Communities\" at commune, district and provincial level"));

    /** In force from 12 February 2024 (Art. 25(1)); earlier dates have no rule set (TT 44/2014 is not encoded). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2024, 2, 12);

    /** The scheme id used in dossiers and recognitions. */
    public static final String SCHEME = "tt25";
}
