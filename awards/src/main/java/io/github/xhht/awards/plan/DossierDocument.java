package io.github.xhht.awards.plan;

import io.github.xhht.core.i18n.Text;

/** The documents of a nomination dossier (hồ sơ đề nghị khen thưởng) that plans and decrees list. */
public enum DossierDocument {
    /** "Tờ trình đề nghị khen thưởng". */
    PROPOSAL_LETTER(Text.of("Tờ trình đề nghị khen thưởng", "Proposal letter")),
    /** "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng". */
    COUNCIL_MINUTES(Text.of("Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng",
            "Minutes of the emulation and commendation council's meeting")),
    /** "Báo cáo thành tích" (thematic template where the plan says so). */
    ACHIEVEMENT_REPORT(Text.of("Báo cáo thành tích", "Achievement report")),
    /** Confirmation by the competent state body of an invention's or initiative's scope and effect. */
    INITIATIVE_CONFIRMATION(Text.of("Xác nhận của cơ quan quản lý nhà nước có thẩm quyền về phạm vi ảnh hưởng và hiệu quả của phát minh, sáng chế, sáng kiến",
            "Competent body's confirmation of the scope and effect of the invention or initiative")),
    /** "Quyết định công nhận đề tài nghiên cứu khoa học, sáng kiến cải tiến". */
    RESEARCH_OR_INITIATIVE_DECISION(Text.of("Quyết định công nhận đề tài nghiên cứu khoa học, sáng kiến cải tiến",
            "Decision recognising the research topic or initiative"));

    private final Text label;

    DossierDocument(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
