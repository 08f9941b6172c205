package io.github.xhht.awards.progress;

import io.github.xhht.awards.LearningTitle;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.lifecycle.Validity;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.SubjectKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How a target's share is counted from the province's subjects: which subjects form the whole, and which of
 * them hold the recognition or title. Recognitions ({@code tt24}, {@code tt25}) count when valid on the day
 * (I-3); learning titles count when held for the year the caller names.
 */
public enum Counting {
    /** Families holding "Gia đình học tập". */
    LEARNING_FAMILIES(Text.of("gia đình", "families"), SubjectKind.HOUSEHOLD),
    /** Clans holding "Dòng họ học tập". */
    LEARNING_CLANS(Text.of("dòng họ", "clans"), SubjectKind.CLAN),
    /** Villages, hamlets and residential groups holding village "Cộng đồng học tập". */
    LEARNING_VILLAGES(Text.of("thôn, ấp, khu, tổ dân phố", "villages and residential groups"), SubjectKind.VILLAGE),
    /** Units recognised "Đơn vị học tập" (TT 24 or, for units a commune manages, Decision 448/QĐ-KHVN). */
    LEARNING_UNITS(Text.of("cơ quan, tổ chức, đơn vị, trường học", "agencies, organisations, units and schools"), SubjectKind.UNIT),
    /** Communes recognised "Cộng đồng học tập" (TT 25). */
    LEARNING_COMMUNES(Text.of("xã, phường, thị trấn", "communes"), SubjectKind.COMMUNE),
    /** Districts recognised "Cộng đồng học tập" (TT 25), i.e. "huyện học tập". */
    LEARNING_DISTRICTS(Text.of("huyện, thị xã, thành phố thuộc tỉnh", "districts"), SubjectKind.DISTRICT),
    /** Provinces recognised "Cộng đồng học tập" (TT 25), i.e. "tỉnh học tập". */
    LEARNING_PROVINCES(Text.of("tỉnh, thành phố", "provinces"), SubjectKind.PROVINCE),
    /** Every person, holding "Công dân học tập". */
    LEARNING_CITIZENS(Text.of("công dân", "citizens"), SubjectKind.INDIVIDUAL),
    /** People of a learning family, clan or village, holding "Công dân học tập". */
    LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_COMMUNITIES(
            Text.of("người trong gia đình, dòng họ, cộng đồng học tập", "people of learning families, clans and communities"),
            SubjectKind.INDIVIDUAL),
    /** People of a learning unit, holding "Công dân học tập". */
    LEARNING_CITIZENS_IN_LEARNING_UNITS(Text.of("người trong đơn vị học tập", "people of learning units"), SubjectKind.INDIVIDUAL),
    /**
     * People of a learning family or village (not clan), holding "Công dân học tập": Bình Dương's letter 09/CV-HKH
     * names only "Gia đình học tập, Cộng đồng học tập".
     */
    LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_VILLAGES(
            Text.of("người trong gia đình học tập, cộng đồng học tập", "people of learning families and communities"),
            SubjectKind.INDIVIDUAL),
    /**
     * Units a commune manages (subject tier {@code commune}) holding commune "Đơn vị học tập" (Decision
     * 448/QĐ-KHVN): Decision 387's target names commune-level units only.
     */
    COMMUNE_LEARNING_UNITS(Text.of("cơ quan, tổ chức, trường học, doanh nghiệp cấp xã", "commune-level agencies, organisations, schools and enterprises"),
            SubjectKind.UNIT),
    /** People of a commune-level learning unit, holding "Công dân học tập" (Decision 387). */
    LEARNING_CITIZENS_IN_COMMUNE_LEARNING_UNITS(Text.of("người trong đơn vị học tập cấp xã", "people of commune-level learning units"),
            SubjectKind.INDIVIDUAL);

    private final Text whole;
    private final SubjectKind kind;

    Counting(Text whole, SubjectKind kind) {
        this.whole = whole;
        this.kind = kind;
    }

    /** What the whole is made of. */
    public Text whole() {
        return whole;
    }

    /** Whether the member belongs to the whole this counting divides by. */
    boolean inWhole(Member m, Map<String, Member> byId, LocalDate asOf, int titleYear, Interpretations interp) {
        if (m.subject().kind() != kind) {
            return false;
        }
        return switch (this) {
            case LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_COMMUNITIES -> parent(m, byId)
                    .filter(p -> LEARNING_FAMILIES.holds(p, asOf, titleYear, interp) || LEARNING_CLANS.holds(p, asOf, titleYear, interp)
                            || LEARNING_VILLAGES.holds(p, asOf, titleYear, interp)).isPresent();
            case LEARNING_CITIZENS_IN_LEARNING_UNITS -> parent(m, byId)
                    .filter(p -> LEARNING_UNITS.holds(p, asOf, titleYear, interp)).isPresent();
            case LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_VILLAGES -> parent(m, byId)
                    .filter(p -> LEARNING_FAMILIES.holds(p, asOf, titleYear, interp)
                            || LEARNING_VILLAGES.holds(p, asOf, titleYear, interp)).isPresent();
            case COMMUNE_LEARNING_UNITS -> m.subject().tier().equals(Optional.of(AdminLevel.COMMUNE));
            case LEARNING_CITIZENS_IN_COMMUNE_LEARNING_UNITS -> parent(m, byId)
                    .filter(p -> COMMUNE_LEARNING_UNITS.inWhole(p, byId, asOf, titleYear, interp)
                            && COMMUNE_LEARNING_UNITS.holds(p, asOf, titleYear, interp)).isPresent();
            default -> true;
        };
    }

    /** Whether a member of the whole holds what the target counts. */
    boolean holds(Member m, LocalDate asOf, int titleYear, Interpretations interp) {
        if (m.subject().kind() != kind) {
            return false;
        }
        return switch (this) {
            case LEARNING_FAMILIES -> title(m, LearningTitle.LEARNING_FAMILY, asOf, titleYear);
            case LEARNING_CLANS -> title(m, LearningTitle.LEARNING_CLAN, asOf, titleYear);
            case LEARNING_VILLAGES -> title(m, LearningTitle.LEARNING_COMMUNITY_VILLAGE, asOf, titleYear);
            case LEARNING_UNITS -> recognised(m, "tt24", asOf, interp) || title(m, LearningTitle.LEARNING_UNIT_COMMUNE, asOf, titleYear);
            // TT 24 recognises district and provincial units only: a commune-level unit holds the Decision 448 title
            case COMMUNE_LEARNING_UNITS -> title(m, LearningTitle.LEARNING_UNIT_COMMUNE, asOf, titleYear);
            case LEARNING_COMMUNES, LEARNING_DISTRICTS, LEARNING_PROVINCES -> recognised(m, "tt25", asOf, interp);
            default -> title(m, LearningTitle.LEARNING_CITIZEN, asOf, titleYear);
        };
    }

    private static Optional<Member> parent(Member m, Map<String, Member> byId) {
        return m.subject().parentId().map(byId::get);
    }

    private static boolean recognised(Member m, String scheme, LocalDate asOf, Interpretations interp) {
        return Validity.levelHeldOn(m.history().recognitions(), scheme, asOf, interp).isPresent();
    }

    private static boolean title(Member m, LearningTitle title, LocalDate asOf, int year) {
        return m.history().titles().stream().anyMatch(t -> t.title().equals(title.code()) && t.year() == year
                && !t.decisionDate().isAfter(asOf));
    }
}
