package io.github.xhht.core.eval;

import io.github.xhht.core.i18n.Text;

/** Whether an evaluation could be made. */
public enum Status {
    /** The rules in force on the as-of date were applied. */
    EVALUATED(Text.of("Đã đánh giá", "Evaluated")),
    /** No rule set of the scheme was in force on the as-of date: nothing was evaluated. */
    NO_RULE_SET_IN_FORCE(Text.of("Không có quy định đang có hiệu lực vào ngày này", "No rule set in force on that date"));

    private final Text label;

    Status(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
