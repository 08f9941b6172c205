package io.github.xhht.awards.plan;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;

/**
 * The seed plans as cited documents. Kept apart from {@link Plans} so that {@link MovementPlan.Builder} can
 * cite the An Giang plan for PR-3 while {@link Plans} is still building its presets.
 */
final class SeedDocuments {
    private SeedDocuments() {
    }

    private static final String MOVEMENT_VI = "Phong trào thi đua \"Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030\"";
    private static final String MOVEMENT_EN = "the movement \"The whole country competes to build a learning society and promote lifelong learning, 2023-2030\"";

    /** Seed 003: Trường Cao đẳng nghề An Giang, plan (2024) implementing UBND An Giang 135/KH-UBND of 20/02/2024. */
    static final LegalDocument AN_GIANG = plan("KH-CDN-AG-2024", "… (Trường Cao đẳng nghề An Giang, 2024)");

    /** A plan of the movement with its id and printed number. */
    static LegalDocument plan(String id, String number) {
        return new LegalDocument(id, LegalDocument.PLAN, number,
                Text.of("Kế hoạch thực hiện " + MOVEMENT_VI, "Plan carrying out " + MOVEMENT_EN));
    }
}
