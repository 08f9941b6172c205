package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Text;

/**
 * The documents of the procedure: the three of the application (TT 24 Art. 10(1)(c), 16(1)(c); TT 25
 * Art. 9(1)(d), 14(1)(d), 19(1)(d)) and the four of the file sent for decision after a passing appraisal
 * (TT 24 Art. 10(2), 16(2); TT 25 Art. 9(2)(đ), 14(2)(đ), 19(2)(đ)).
 */
public enum ProcedureDocument {
    PROPOSAL_LETTER(Text.of("tờ trình đề nghị công nhận", "proposal letter")),
    SELF_EVALUATION_REPORT(Text.of("báo cáo tự đánh giá", "self-evaluation report")),
    RESULTS_SUMMARY(Text.of("bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu",
            "summary of the self-evaluated criteria and indicators")),
    COUNCIL_APPRAISAL_REPORT(Text.of("báo cáo kết quả thẩm định của Hội đồng đánh giá",
            "appraisal report of the evaluation council")),
    APPRAISED_RESULTS_SUMMARY(Text.of("bản tổng hợp kết quả các tiêu chí, chỉ tiêu sau thẩm định của Hội đồng",
            "summary of the criteria and indicators as appraised by the council")),
    DRAFT_DECISION(Text.of("dự thảo quyết định công nhận", "draft recognition decision"));

    private final Text label;

    ProcedureDocument(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
