package io.github.xhht.awards;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.Optional;

/**
 * The learning-model titles conferred outside TT 24/TT 25 that plans and targets use: "Công dân học tập",
 * "Gia đình học tập", "Dòng họ học tập", village "Cộng đồng học tập" and commune-managed "Đơn vị học tập".
 * A subject holds one for a year when its history has a {@link io.github.xhht.core.model.TitleRecord}
 * with the {@link #code()} for that year.
 */
public enum LearningTitle {
    /** Decision 324/QĐ-KHVN. */
    LEARNING_CITIZEN(Text.of("Công dân học tập", "Learning Citizen"), AwardDocuments.DECISION_324_KHVN.whole()),
    /** Decision 448/QĐ-KHVN (the last national criteria found). */
    LEARNING_FAMILY(Text.of("Gia đình học tập", "Learning Family"), AwardDocuments.DECISION_448_KHVN.whole()),
    /** Decision 448/QĐ-KHVN. */
    LEARNING_CLAN(Text.of("Dòng họ học tập", "Learning Clan"), AwardDocuments.DECISION_448_KHVN.whole()),
    /** Village, hamlet or residential-group "Cộng đồng học tập", Decision 448/QĐ-KHVN. */
    LEARNING_COMMUNITY_VILLAGE(Text.of("Cộng đồng học tập cấp thôn", "Village Learning Community"),
            AwardDocuments.DECISION_448_KHVN.whole()),
    /** "Đơn vị học tập" managed by a commune, Decision 448/QĐ-KHVN. */
    LEARNING_UNIT_COMMUNE(Text.of("Đơn vị học tập cấp xã", "Commune-level Learning Unit"),
            AwardDocuments.DECISION_448_KHVN.whole());

    private final Text label;
    private final Citation citation;

    LearningTitle(Text label, Citation citation) {
        this.label = label;
        this.citation = citation;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The criteria the title is conferred under. */
    public Citation citation() {
        return citation;
    }

    /** The title code in a {@link io.github.xhht.core.model.TitleRecord}. */
    public String code() {
        return name();
    }

    /** The title with this code, if it is one. */
    public static Optional<LearningTitle> byCode(String code) {
        for (LearningTitle t : values()) {
            if (t.name().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
