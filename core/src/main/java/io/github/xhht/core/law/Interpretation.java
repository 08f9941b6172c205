package io.github.xhht.core.law;

import io.github.xhht.core.i18n.Text;

/**
 * The named interpretations the library makes where the law is silent or unclear (law/README.md).
 * Each finding lists the ones it relied on, so an auditor sees where the code chose a reading.
 */
public enum Interpretation {
    I_1("I-1",
            Text.of("Xã (huyện) đạt mức độ 2 được tính vào tỷ lệ đạt mức độ 1 ở chỉ tiêu 1 tiêu chí 4 cấp huyện, cấp tỉnh (TT 25).",
                    "A commune (district) recognised at Level 2 counts toward the Level 1 share of district/province criterion 4, indicator 1 (TT 25).")),
    I_2("I-2",
            Text.of("Điểm c khoản 3 Điều 7 TT 24 đọc theo câu chữ: danh hiệu \"Tập thể lao động tiên tiến\" ở mức độ 2 cấp huyện chỉ áp dụng cho cơ quan nhà nước, đơn vị sự nghiệp công lập.",
                    "TT 24 Art. 7(3)(c) read literally: at district Level 2 the title \"Advanced labour collective\" applies only to state agencies and public service units.")),
    I_3("I-3",
            Text.of("Kết quả công nhận được bảo lưu đến hết ngày 31/12 của năm (năm quyết định + 3).",
                    "A recognition stays valid until 31 December of (the decision year + 3).")),
    I_4("I-4",
            Text.of("Đơn vị đề nghị lần đầu được công nhận thẳng mức độ 2; nâng mức cần ít nhất 12 tháng sau quyết định mức độ 1.",
                    "A first-time applicant may be recognised directly at Level 2; an upgrade needs at least 12 months after the Level 1 decision.")),
    I_5("I-5",
            Text.of("Từ 01/7/2025 (bỏ cấp huyện), thẩm quyền mà văn bản giao cho cơ quan cấp huyện chưa được xác định nếu người dùng không cấu hình.",
                    "From 1 July 2025 (district tier abolished), an authority the text gives to a district body is unresolved unless the caller configures it.")),
    I_6("I-6",
            Text.of("Chỉ tiêu chỉ dành cho một số loại đơn vị thì không áp dụng cho loại đơn vị khác.",
                    "An indicator meant for some kinds of unit is not applicable to other kinds.")),
    I_7("I-7",
            Text.of("Chỉ tiêu không có minh chứng thì không đạt, lý do \"không có minh chứng\".",
                    "An indicator without evidence is not met, with the reason \"no evidence\".")),
    I_8("I-8",
            Text.of("Ngưỡng tỷ lệ phần trăm được so sánh chính xác trên số đếm (tử × 100 ≥ mẫu × phần trăm), không làm tròn.",
                    "Percent thresholds are compared exactly on counts (numerator × 100 ≥ denominator × percent), never rounded.")),
    I_9("I-9",
            Text.of("\"Xã thuộc vùng khó khăn\" (TT 25) và \"xã có điều kiện kinh tế - xã hội đặc biệt khó khăn\" (NĐ 20/2014) là hai thông tin đầu vào riêng.",
                    "\"Commune in a difficult area\" (TT 25) and \"commune with especially difficult conditions\" (Decree 20/2014) are two separate inputs.")),
    I_10("I-10",
            Text.of("Chỉ tiêu 1 tiêu chí 3 cấp tỉnh (TT 25) không áp dụng khi tỉnh không có trường đại học.",
                    "TT 25 province criterion 3, indicator 1 is not applicable when the province has no university."));

    private final String id;
    private final Text reading;

    Interpretation(String id, Text reading) {
        this.id = id;
        this.reading = reading;
    }

    /** The id used in documents, e.g. "I-3". */
    public String id() {
        return id;
    }

    /** The reading the library applies by default. */
    public Text reading() {
        return reading;
    }

    /** Finds an interpretation by its id, e.g. "I-3". */
    public static Interpretation byId(String id) {
        for (Interpretation i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown interpretation " + id);
    }
}
