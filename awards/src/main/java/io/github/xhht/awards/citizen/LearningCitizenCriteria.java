package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.LegalDocument;
import java.time.LocalDate;

/**
 * Decision 324/QĐ-KHVN of the Vietnam Association for Promoting Education (25 October 2023): the criteria of
 * the "Công dân học tập" (Learning Citizen) title for 2021-2030, replacing Decision 244/QĐ-KHVN (2022).
 * Its text was not read (awards.md §4.3); what is known is [READ] from provincial training reports: four
 * citizen groups, three competency groups, a score out of 100, met at ≥ 80 with no indicator below 5,
 * assessed on 1 January – 31 December. The list of indicators and their points is a [gap]: the caller gives
 * it as a {@link ScoringFrame}.
 */
public final class LearningCitizenCriteria {
    private LearningCitizenCriteria() {
    }

    /** Quyết định 324/QĐ-KHVN. */
    public static final LegalDocument DECISION = new LegalDocument("QD324/QĐ-KHVN", LegalDocument.DECISION, "324/QĐ-KHVN",
            Text.of("Bộ tiêu chí đánh giá, công nhận danh hiệu \"Công dân học tập\" giai đoạn 2021-2030",
                    "Criteria for assessing and recognising the \"Learning Citizen\" title, 2021-2030"));

    /** The citation of every rule here: the decision as a whole, since its articles were not read. */
    public static final Citation CITATION = DECISION.whole();

    /** The date of the decision, used as the first day the criteria apply (its effect clause was not read). */
    public static final LocalDate DATED = LocalDate.of(2023, 10, 25);

    /** The maximum total score. */
    public static final int MAX_TOTAL = 100;
    /** The lowest total that meets the title. */
    public static final int PASS_TOTAL = 80;
    /** The lowest score any single indicator may have. */
    public static final int MIN_PER_INDICATOR = 5;
}
