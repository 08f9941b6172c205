package io.github.xhht.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AwardFormTest {

    @Test
    void formsRankFromCertificateOfCommendationToLabourOrder() {
        assertEquals(List.of(AwardForm.CERTIFICATE_OF_COMMENDATION, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL,
                AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, AwardForm.LABOUR_ORDER_THIRD_CLASS), List.of(AwardForm.values()));
        assertTrue(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT.atLeast(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL));
        assertTrue(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL.atLeast(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL));
        assertFalse(AwardForm.CERTIFICATE_OF_COMMENDATION.atLeast(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL));
    }

    @Test
    void glossaryLabelsAndArticles() {
        assertEquals("Giấy khen", AwardForm.CERTIFICATE_OF_COMMENDATION.label().vi());
        assertEquals("Bằng khen của Thủ tướng Chính phủ", AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT.label().vi());
        assertEquals("Huân chương Lao động hạng Ba", AwardForm.LABOUR_ORDER_THIRD_CLASS.label().vi());
        assertEquals("Điều 73 Luật 06/2022/QH15", AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT.citation().render(Lang.VI));
        assertEquals("Article 74 of Law 06/2022/QH15", AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL.citation().render(Lang.EN));
    }

    @Test
    void occasionsAndTheirReviewYears() {
        assertEquals(OptionalInt.empty(), Occasion.ANNUAL.reviewYear());
        assertEquals(OptionalInt.of(2025), Occasion.MIDTERM_REVIEW.reviewYear());
        assertEquals(OptionalInt.of(2030), Occasion.FINAL_REVIEW.reviewYear());
        assertEquals("Quyết định 1315/QĐ-TTg", Occasion.FINAL_REVIEW.citation().render(Lang.VI));
        assertTrue(Occasion.MIDTERM_REVIEW.label().vi().startsWith("Sơ kết"));
    }

    /** A title record's code names a learning title; any other code is none of them. */
    @Test
    void learningTitlesAreFoundByTheirCode() {
        assertEquals(java.util.Optional.of(LearningTitle.LEARNING_CLAN), LearningTitle.byCode("LEARNING_CLAN"));
        assertEquals(java.util.Optional.of(LearningTitle.LEARNING_UNIT_COMMUNE), LearningTitle.byCode("LEARNING_UNIT_COMMUNE"));
        assertEquals(java.util.Optional.empty(), LearningTitle.byCode("ADVANCED_WORKER"));
        assertEquals("LEARNING_CITIZEN", LearningTitle.LEARNING_CITIZEN.code());
    }
}
