package io.github.xhht.awards;

import io.github.xhht.awards.title.EmulationLaw;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;

/** The national documents that the award forms, occasions and targets of the movement cite (law/awards.md). */
public final class AwardDocuments {
    private AwardDocuments() {
    }

    /** Luật Thi đua, khen thưởng 06/2022/QH15, in force 1 January 2024 (defined beside the emulation titles). */
    public static final LegalDocument LAW_06_2022 = EmulationLaw.LAW;

    /** Nghị định 152/2025/NĐ-CP, in force 1 July 2025 (repeals Decree 98/2023). */
    public static final LegalDocument DECREE_152_2025 = new LegalDocument("ND152/2025/NĐ-CP", LegalDocument.DECREE,
            "152/2025/NĐ-CP", Text.of("Quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
                    "Detailing the Law on Emulation and Commendation"));

    /**
     * Nghị định 98/2023/NĐ-CP, in force 1 January 2024 until 30 June 2025 (repealed by Decree 152/2025 Art. 59).
     * Its Art. 4 held the pending-proceeding bar before Decree 152 Art. 4(4) (awards.md §1.3 P5).
     */
    public static final LegalDocument DECREE_98_2023 = new LegalDocument("ND98/2023/NĐ-CP", LegalDocument.DECREE,
            "98/2023/NĐ-CP", Text.of("Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
                    "Detailing the Law on Emulation and Commendation"));

    /** Quyết định 1315/QĐ-TTg of 9 November 2023: the Prime Minister's plan for the movement. */
    public static final LegalDocument DECISION_1315 = decision("1315/QĐ-TTg",
            Text.of("Kế hoạch triển khai Phong trào \"Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030\"",
                    "Plan for the movement \"The whole country competes to build a learning society and promote lifelong learning, 2023-2030\""));

    /**
     * Hướng dẫn 216/HD-BNV of 14 January 2024: the Ministry of Home Affairs' guidance on commendation in the
     * movement. Its text was not found (awards.md §4.2): the national quotas it sets are unknown here.
     */
    public static final LegalDocument GUIDANCE_216 = new LegalDocument("HD216/HD-BNV", Text.of("Hướng dẫn", "Guidance"),
            "216/HD-BNV", Text.of("Hướng dẫn khen thưởng thành tích trong Phong trào thi đua \"Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030\"",
                    "Guidance on commendation in the learning-society emulation movement 2023-2030"));

    /** Quyết định 1373/QĐ-TTg of 30 July 2021: the scheme "Xây dựng xã hội học tập giai đoạn 2021-2030". */
    public static final LegalDocument DECISION_1373 = decision("1373/QĐ-TTg",
            Text.of("Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\"", "Scheme \"Building a learning society, 2021-2030\""));

    /** Quyết định 387/QĐ-TTg of 25 March 2022: lifelong learning in families, clans, communities and units. */
    public static final LegalDocument DECISION_387 = decision("387/QĐ-TTg",
            Text.of("Chương trình \"Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030\"",
                    "Programme \"Promoting lifelong learning in families, clans, communities and units, 2021-2030\""));

    /** Quyết định 677/QĐ-TTg of 3 June 2022: the Learning Citizen programme. */
    public static final LegalDocument DECISION_677 = decision("677/QĐ-TTg",
            Text.of("Chương trình \"Xây dựng mô hình Công dân học tập giai đoạn 2021 - 2030\"",
                    "Programme \"Building the Learning Citizen model, 2021-2030\""));

    /** Quyết định 324/QĐ-KHVN of 25 October 2023: the criteria of "Công dân học tập". */
    public static final LegalDocument DECISION_324_KHVN = decision("324/QĐ-KHVN",
            Text.of("Bộ tiêu chí đánh giá, công nhận danh hiệu \"Công dân học tập\"",
                    "Criteria for recognising the title \"Learning Citizen\""));

    /** Quyết định 448/QĐ-KHVN of 1 December 2015: criteria of Gia đình, Dòng họ, village Cộng đồng học tập. */
    public static final LegalDocument DECISION_448_KHVN = decision("448/QĐ-KHVN",
            Text.of("Tiêu chí đánh giá, công nhận \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\" cấp thôn và \"Đơn vị học tập\" cấp xã",
                    "Criteria for \"Learning Family\", \"Learning Clan\", village \"Learning Community\" and commune \"Learning Unit\""));

    private static LegalDocument decision(String number, Text title) {
        return new LegalDocument("QD" + number, LegalDocument.DECISION, number, title);
    }
}
