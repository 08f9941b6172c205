package io.github.xhht.awards.plan;

import io.github.xhht.core.i18n.Text;

/** The principles the plans repeat, checked on every nomination and slate (movement-plans.md §1). */
public enum Principle {
    /** PR-1: one achievement earns at most one award form. */
    ONE_FORM_PER_ACHIEVEMENT("PR-1", Text.of("Không tặng nhiều hình thức khen thưởng cho một thành tích",
            "One achievement earns at most one award form")),
    /** PR-2: no award or proposal while a discipline, investigation, inspection or complaint is pending. */
    NO_PENDING_PROCEEDING("PR-2", Text.of("Chưa xét tặng hoặc đề nghị khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn thư đang được xác minh",
            "No award or proposal while a discipline, investigation, inspection or complaint is pending")),
    /** PR-3: for one achievement, not both a collective and its own sub-units. */
    COLLECTIVE_OR_SUB_UNIT("PR-3", Text.of("Trong cùng một thành tích, đề nghị khen thưởng tập thể lớn thì không đề nghị đơn vị thuộc, trực thuộc và ngược lại",
            "For one achievement, either the larger collective or its sub-units, never both")),
    /** PR-5: every participant registers for emulation. */
    REGISTRATION("PR-5", Text.of("Mọi tập thể, cá nhân tham gia phong trào thi đua phải đăng ký thi đua",
            "Every collective and individual taking part must register for emulation"));

    private final String id;
    private final Text label;

    Principle(String id, Text label) {
        this.id = id;
        this.label = label;
    }

    /** The id in movement-plans.md, e.g. "PR-1". */
    public String id() {
        return id;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
