package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;

/** The Law on Emulation and Commendation 06/2022/QH15 (in force 1 January 2024), which defines the emulation titles. */
public final class EmulationLaw {
    private EmulationLaw() {
    }

    /** Luật Thi đua, khen thưởng 06/2022/QH15. */
    public static final LegalDocument LAW = new LegalDocument("LTDKT06/2022/QH15", LegalDocument.LAW, "06/2022/QH15",
            Text.of("Luật Thi đua, khen thưởng", "Law on Emulation and Commendation"));
}
