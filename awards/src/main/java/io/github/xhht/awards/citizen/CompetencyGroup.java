package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Text;

/** The three competency groups every "Công dân học tập" form scores (awards.md §4.3, [READ]). */
public enum CompetencyGroup {
    /** Self-study and lifelong learning. */
    SELF_STUDY(Text.of("Năng lực tự học và học tập suốt đời", "Self-study and lifelong learning")),
    /** Use of interactive tools: ICT, foreign language, numeracy, critical thinking. */
    INTERACTIVE_TOOLS(Text.of("Năng lực sử dụng công cụ tương tác (công nghệ thông tin, ngoại ngữ, tính toán, tư duy phản biện)",
            "Use of interactive tools (ICT, foreign language, numeracy, critical thinking)")),
    /** Building social relationships: getting along, cooperating, sharing. */
    SOCIAL_RELATIONSHIPS(Text.of("Năng lực xây dựng các mối quan hệ xã hội (hòa nhập, hợp tác, chia sẻ)",
            "Building social relationships (getting along, cooperating, sharing)"));

    private final Text label;

    CompetencyGroup(Text label) {
        this.label = label;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
