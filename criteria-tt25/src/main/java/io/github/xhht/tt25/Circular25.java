package io.github.xhht.tt25;

import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.lifecycle.Documents;
import java.time.LocalDate;

/** The document this module encodes and the facts about it that every article needs. */
public final class Circular25 {
    private Circular25() {
    }

    /** Thông tư 25/2023/TT-BGDĐT of 27 December 2023; core's, so citations of other modules compare equal. */
    public static final LegalDocument DOCUMENT = Documents.TT25;

    /** In force from 12 February 2024 (Art. 25(1)); earlier dates have no rule set (TT 44/2014 is not encoded). */
    public static final LocalDate EFFECTIVE_FROM = Documents.TT25_IN_FORCE;

    /** The scheme id used in dossiers and recognitions. */
    public static final String SCHEME = "tt25";
}
