package io.github.xhht.core.lifecycle;

import static io.github.xhht.core.lifecycle.ProcedureDocument.APPRAISED_RESULTS_SUMMARY;
import static io.github.xhht.core.lifecycle.ProcedureDocument.COUNCIL_APPRAISAL_REPORT;
import static io.github.xhht.core.lifecycle.ProcedureDocument.DRAFT_DECISION;
import static io.github.xhht.core.lifecycle.ProcedureDocument.PROPOSAL_LETTER;
import static io.github.xhht.core.lifecycle.ProcedureDocument.RESULTS_SUMMARY;
import static io.github.xhht.core.lifecycle.ProcedureDocument.SELF_EVALUATION_REPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void anApplicationNeedsItsThreeDocuments() {
        Completeness.Result full = Completeness.check(Track.TT25_COMMUNE, Completeness.Stage.APPLICATION,
                Set.of(PROPOSAL_LETTER, SELF_EVALUATION_REPORT, RESULTS_SUMMARY));
        assertTrue(full.complete());
        assertEquals(CitedReason.Code.DOCUMENTS_COMPLETE, full.reasons().get(0).code());
        Completeness.Result noReport = Completeness.check(Track.TT25_COMMUNE, Completeness.Stage.APPLICATION,
                Set.of(PROPOSAL_LETTER, RESULTS_SUMMARY));
        assertFalse(noReport.complete());
        assertEquals(List.of(SELF_EVALUATION_REPORT), noReport.missing());
        assertEquals("thiếu: báo cáo tự đánh giá (điểm d khoản 1 Điều 9 Thông tư 25/2023/TT-BGDĐT)",
                noReport.reasons().get(0).message(Lang.VI));
    }

    @Test
    void theFileForDecisionNeedsItsFourDocuments() {
        Completeness.Result empty = Completeness.check(Track.TT24_PROVINCE, Completeness.Stage.SUBMISSION, Set.of());
        assertEquals(List.of(PROPOSAL_LETTER, COUNCIL_APPRAISAL_REPORT, APPRAISED_RESULTS_SUMMARY, DRAFT_DECISION), empty.missing());
        assertEquals("missing: draft recognition decision (Article 16(2) of Circular 24/2023/TT-BGDĐT)",
                empty.reasons().get(3).message(Lang.EN));
        Completeness.Result noDraft = Completeness.check(Track.TT25_PROVINCE, Completeness.Stage.SUBMISSION,
                Set.of(PROPOSAL_LETTER, COUNCIL_APPRAISAL_REPORT, APPRAISED_RESULTS_SUMMARY, SELF_EVALUATION_REPORT));
        assertEquals(List.of(DRAFT_DECISION), noDraft.missing());
        assertEquals("Article 19(2)(đ) of Circular 25/2023/TT-BGDĐT", noDraft.reasons().get(0).citation().orElseThrow().render(Lang.EN));
    }
}
