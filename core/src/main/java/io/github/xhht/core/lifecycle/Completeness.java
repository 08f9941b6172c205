package io.github.xhht.core.lifecycle;

import static io.github.xhht.core.lifecycle.ProcedureDocument.COUNCIL_APPRAISAL_REPORT;
import static io.github.xhht.core.lifecycle.ProcedureDocument.DRAFT_DECISION;
import static io.github.xhht.core.lifecycle.ProcedureDocument.PROPOSAL_LETTER;
import static io.github.xhht.core.lifecycle.ProcedureDocument.RESULTS_SUMMARY;
import static io.github.xhht.core.lifecycle.ProcedureDocument.SELF_EVALUATION_REPORT;
import static io.github.xhht.core.lifecycle.ProcedureDocument.APPRAISED_RESULTS_SUMMARY;

import io.github.xhht.core.law.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Whether a dossier holds every document the article lists, and which are missing. */
public final class Completeness {
    private Completeness() {
    }

    /** The two files of the procedure. */
    public enum Stage {
        /** The applicant's dossier: proposal letter, self-evaluation report, summary of results. */
        APPLICATION(List.of(PROPOSAL_LETTER, SELF_EVALUATION_REPORT, RESULTS_SUMMARY)),
        /** The file sent to the decider: proposal letter, council report, appraised summary, draft decision. */
        SUBMISSION(List.of(PROPOSAL_LETTER, COUNCIL_APPRAISAL_REPORT, APPRAISED_RESULTS_SUMMARY, DRAFT_DECISION));

        private final List<ProcedureDocument> required;

        Stage(List<ProcedureDocument> required) {
            this.required = required;
        }

        /** The documents the article lists, in its order. */
        public List<ProcedureDocument> required() {
            return required;
        }

        Citation citation(Track track) {
            return this == APPLICATION ? track.filingCitation() : track.submissionCitation();
        }
    }

    /**
     * The answer.
     *
     * @param track   the procedure
     * @param stage   which file
     * @param missing the documents missing, in the article's order
     * @param reasons one reason per missing document, or one saying the file is complete
     */
    public record Result(Track track, Stage stage, List<ProcedureDocument> missing, List<CitedReason> reasons) {
        public Result {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(stage, "stage");
            missing = List.copyOf(missing);
            reasons = List.copyOf(reasons);
        }

        /** Whether every required document is present. */
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** Checks the documents present against the stage's list. */
    public static Result check(Track track, Stage stage, Set<ProcedureDocument> present) {
        Citation citation = stage.citation(track);
        List<ProcedureDocument> missing = new ArrayList<>();
        List<CitedReason> reasons = new ArrayList<>();
        for (ProcedureDocument document : stage.required()) {
            if (!present.contains(document)) {
                missing.add(document);
                reasons.add(CitedReason.of(CitedReason.Code.DOCUMENT_MISSING, citation, document.label()));
            }
        }
        if (missing.isEmpty()) {
            reasons.add(CitedReason.of(CitedReason.Code.DOCUMENTS_COMPLETE, citation));
        }
        return new Result(track, stage, missing, reasons);
    }
}
