package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.AdminLevel;
import java.time.MonthDay;
import java.util.Optional;

/**
 * One recognition procedure: a scheme at one tier, with the articles that set who decides, the levels,
 * the upgrade wait and the validity ("status" article) and the steps and deadlines ("procedure" article).
 * TT 24 recognises units managed at district or provincial level; TT 25 recognises communes, districts
 * and provinces.
 */
public enum Track {
    /** TT 24 Art. 5 and 10: district-level Learning Units. */
    TT24_DISTRICT("tt24", AdminLevel.DISTRICT, Documents.TT24, 5, 10, "c",
            MonthDay.of(1, 15), MonthDay.of(2, 15), 4,
            Office.DISTRICT_EDUCATION_OFFICE, Office.DISTRICT_PEOPLES_COMMITTEE_CHAIR),
    /** TT 24 Art. 11 and 16: provincial-level Learning Units. */
    TT24_PROVINCE("tt24", AdminLevel.PROVINCE, Documents.TT24, 11, 16, "c",
            MonthDay.of(1, 15), MonthDay.of(2, 15), 4,
            Office.PROVINCIAL_EDUCATION_DEPARTMENT, Office.PROVINCIAL_PEOPLES_COMMITTEE_CHAIR),
    /** TT 25 Art. 5 and 9: commune Learning Communities. */
    TT25_COMMUNE("tt25", AdminLevel.COMMUNE, Documents.TT25, 5, 9, "d",
            MonthDay.of(2, 28), MonthDay.of(3, 31), 4,
            Office.DISTRICT_EDUCATION_OFFICE, Office.HEAD_OF_DISTRICT_EDUCATION_OFFICE),
    /** TT 25 Art. 10 and 14: district Learning Communities. */
    TT25_DISTRICT("tt25", AdminLevel.DISTRICT, Documents.TT25, 10, 14, "d",
            MonthDay.of(4, 30), MonthDay.of(5, 31), 4,
            Office.PROVINCIAL_EDUCATION_DEPARTMENT, Office.DIRECTOR_OF_PROVINCIAL_EDUCATION_DEPARTMENT),
    /** TT 25 Art. 15 and 19: provincial Learning Communities; the Minister decides within 20 working days. */
    TT25_PROVINCE("tt25", AdminLevel.PROVINCE, Documents.TT25, 15, 19, "d",
            MonthDay.of(7, 31), null, 3,
            Office.MINISTRY_OF_EDUCATION, Office.MINISTER_OF_EDUCATION);

    private final String scheme;
    private final AdminLevel tier;
    private final LegalDocument document;
    private final int statusArticle;
    private final int procedureArticle;
    private final String filingPoint;
    private final MonthDay filingBefore;
    private final MonthDay decisionBefore;
    private final int repeatClause;
    private final Office receiver;
    private final Office decider;

    Track(String scheme, AdminLevel tier, LegalDocument document, int statusArticle, int procedureArticle,
          String filingPoint, MonthDay filingBefore, MonthDay decisionBefore, int repeatClause,
          Office receiver, Office decider) {
        this.scheme = scheme;
        this.tier = tier;
        this.document = document;
        this.statusArticle = statusArticle;
        this.procedureArticle = procedureArticle;
        this.filingPoint = filingPoint;
        this.filingBefore = filingBefore;
        this.decisionBefore = decisionBefore;
        this.repeatClause = repeatClause;
        this.receiver = receiver;
        this.decider = decider;
    }

    /** The track of a scheme id ({@code tt24}, {@code tt25}) at a tier. */
    public static Optional<Track> of(String scheme, AdminLevel tier) {
        for (Track track : values()) {
            if (track.scheme.equals(scheme) && track.tier == tier) {
                return Optional.of(track);
            }
        }
        return Optional.empty();
    }

    /** The scheme of the track. */
    public String scheme() {
        return scheme;
    }

    /** The tier of the subjects on this track. */
    public AdminLevel tier() {
        return tier;
    }

    /** The legal document that sets the procedure. */
    public LegalDocument document() {
        return document;
    }

    /** The day the circular took effect (TT 24 Art. 22(1), TT 25 Art. 25(1)). */
    public java.time.LocalDate inForceFrom() {
        return document == Documents.TT24 ? Documents.TT24_IN_FORCE : Documents.TT25_IN_FORCE;
    }

    /** The article that sets the date of effect. */
    public Citation inForceCitation() {
        return document == Documents.TT24 ? document.article(22).clause(1) : document.article(25).clause(1);
    }

    /** "TT 25, cấp xã" / "TT 25, commune level". */
    public Text label() {
        String number = document.number();
        return Text.of(LegalDocument.CIRCULAR.vi() + " " + number + ", " + tier.label().vi(),
                LegalDocument.CIRCULAR.en() + " " + number + ", " + tier.label().en());
    }

    /** Where the dossier is filed, as the law names it (before any 2025 change). */
    public Office receiverByLaw() {
        return receiver;
    }

    /** Who decides, as the law names it (before any 2025 change). */
    public Office deciderByLaw() {
        return decider;
    }

    /** The filing deadline: "before" this day of the year after the assessment year. */
    public MonthDay filingBefore() {
        return filingBefore;
    }

    /** The decision deadline as a day of the following year; empty for TT 25 provinces (20 working days instead). */
    public Optional<MonthDay> decisionBefore() {
        return Optional.ofNullable(decisionBefore);
    }

    /** Who decides: clause 1 of the status article. */
    public Citation authorityCitation() {
        return document.article(statusArticle).clause(1);
    }

    /** The upgrade wait of 12 months: clause 3 of the status article. */
    public Citation upgradeCitation() {
        return document.article(statusArticle).clause(3);
    }

    /** The 3-year retention of the result: clause 4 of the status article. */
    public Citation validityCitation() {
        return document.article(statusArticle).clause(4);
    }

    /** Data from 1 January to 31 December of the assessment year: point b of clause 1 of the procedure article. */
    public Citation dataPeriodCitation() {
        return document.article(procedureArticle).clause(1).point("b");
    }

    /** The application, its three documents, the body and the filing deadline. */
    public Citation filingCitation() {
        return document.article(procedureArticle).clause(1).point(filingPoint);
    }

    /** The appraisal by the council, the written refusal and the file sent for decision: clause 2. */
    public Citation appraisalCitation() {
        return document.article(procedureArticle).clause(2);
    }

    /**
     * The file sent for decision after the council passes the dossier: TT 25 point đ of clause 2 (read in
     * Art. 9, 14, 19); TT 24 clause 2 (the point letter was not read).
     */
    public Citation submissionCitation() {
        Citation clause = appraisalCitation();
        return document == Documents.TT25 ? clause.point("đ") : clause;
    }

    /**
     * The written reply with reasons when the council finds the level not met: TT 24 point d of clause 2
     * (Art. 10(2)(d), 16(2)(d), read); TT 25 clause 2 (Art. 9(2), 14(2), 19(2); the point letter was not read).
     */
    public Citation refusalCitation() {
        Citation clause = appraisalCitation();
        return document == Documents.TT24 ? clause.point("d") : clause;
    }

    /** The decision deadline: clause 3 of the procedure article; for TT 25 provinces, clause 2 (20 working days). */
    public Citation decisionDeadlineCitation() {
        return document.article(procedureArticle).clause(decisionBefore == null ? 2 : 3);
    }

    /** Re-recognition (and upgrade) follow the same steps. */
    public Citation repeatCitation() {
        return document.article(procedureArticle).clause(repeatClause);
    }

    /** What re-recognition means: TT 24 Art. 2(10); TT 25 has no readable definition, so its repeat clause. */
    public Citation renewalCitation() {
        return document == Documents.TT24 ? document.article(2).clause(10) : repeatCitation();
    }

    /** TT 24 only: the district education office reports the district results to the province before 15 March. */
    public Optional<Citation> reportCitation() {
        return this == TT24_DISTRICT ? Optional.of(Documents.TT24.article(20).clause(3)) : Optional.empty();
    }
}
