package io.github.xhht.core.lifecycle;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation council ("Hội đồng đánh giá") that appraises a dossier: how many members, whether it has
 * its chair and secretary, and whom the members represent.
 *
 * <p>TT 24 Art. 10(2), 16(2) and TT 25 Art. 9(2), 14(2): a chair, a secretary and members, an odd number
 * of at least 5, representing the relevant agencies, the Association for Promoting Education (Hội
 * Khuyến học) and the socio-political organisations, and for TT 25 also the Fatherland Front. TT 25
 * Art. 19(2): the Ministry's council is made of the relevant units of the Ministry, no size given.
 *
 * @param members     the number of members, chair and secretary included
 * @param chair       whether it has a chair
 * @param secretary   whether it has a secretary
 * @param represented the bodies its members represent
 */
public record EvaluationCouncil(int members, boolean chair, boolean secretary, Set<Representation> represented) {
    /** TT 24 Art. 10(2), 16(2); TT 25 Art. 9(2), 14(2): at least this many members. */
    public static final int MINIMUM_MEMBERS = 5;

    /** Whom a member represents. */
    public enum Representation {
        RELEVANT_AGENCIES(Text.of("các cơ quan chuyên môn, cơ quan liên quan", "the relevant (specialised) agencies")),
        STUDY_PROMOTION_ASSOCIATION(Text.of("Hội Khuyến học", "the Association for Promoting Education (Hội Khuyến học)")),
        FATHERLAND_FRONT(Text.of("Ủy ban Mặt trận Tổ quốc Việt Nam", "the Vietnam Fatherland Front")),
        SOCIO_POLITICAL_ORGANISATIONS(Text.of("các tổ chức chính trị - xã hội", "the socio-political organisations")),
        MINISTRY_UNITS(Text.of("các đơn vị liên quan thuộc Bộ Giáo dục và Đào tạo", "the relevant units of the Ministry"));

        private final Text label;

        Representation(Text label) {
            this.label = label;
        }

        /** The label in Vietnamese and English. */
        public Text label() {
            return label;
        }
    }

    public EvaluationCouncil {
        if (members < 0) {
            throw InvalidInputException.at("/members", ProblemCode.NEGATIVE_COUNT, members);
        }
        represented = Set.copyOf(represented);
    }

    /**
     * The answer.
     *
     * @param track   the procedure
     * @param council the council
     * @param reasons each requirement not met, or the ones met
     * @param valid   whether the council meets every requirement
     */
    public record Check(Track track, EvaluationCouncil council, boolean valid, List<CitedReason> reasons) {
        public Check {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(council, "council");
            reasons = List.copyOf(reasons);
        }
    }

    /** The roles and representation the track's article requires. */
    public static Set<Representation> required(Track track) {
        return switch (track) {
            case TT24_DISTRICT, TT24_PROVINCE -> EnumSet.of(Representation.RELEVANT_AGENCIES,
                    Representation.STUDY_PROMOTION_ASSOCIATION, Representation.SOCIO_POLITICAL_ORGANISATIONS);
            case TT25_COMMUNE, TT25_DISTRICT -> EnumSet.of(Representation.RELEVANT_AGENCIES,
                    Representation.STUDY_PROMOTION_ASSOCIATION, Representation.FATHERLAND_FRONT,
                    Representation.SOCIO_POLITICAL_ORGANISATIONS);
            case TT25_PROVINCE -> EnumSet.of(Representation.MINISTRY_UNITS);
        };
    }

    /** Whether the article sets a size and the chair/secretary roles (all but the Ministry's council). */
    public static boolean sizeAndRolesSet(Track track) {
        return track != Track.TT25_PROVINCE;
    }

    /** Checks this council against the track's article. */
    public Check check(Track track) {
        Citation citation = track.appraisalCitation();
        List<CitedReason> failures = new ArrayList<>();
        List<CitedReason> met = new ArrayList<>();
        if (sizeAndRolesSet(track)) {
            if (members % 2 == 0) {
                failures.add(CitedReason.of(CitedReason.Code.COUNCIL_EVEN, citation, members));
            }
            if (members < MINIMUM_MEMBERS) {
                failures.add(CitedReason.of(CitedReason.Code.COUNCIL_TOO_SMALL, citation, members, MINIMUM_MEMBERS));
            }
            if (failures.isEmpty()) {
                met.add(CitedReason.of(CitedReason.Code.COUNCIL_SIZE_MET, citation, members));
            }
            if (!chair) {
                failures.add(CitedReason.of(CitedReason.Code.COUNCIL_ROLE_MISSING, citation, Text.of("chủ tịch", "chair")));
            }
            if (!secretary) {
                failures.add(CitedReason.of(CitedReason.Code.COUNCIL_ROLE_MISSING, citation, Text.of("thư ký", "secretary")));
            }
        } else {
            met.add(CitedReason.of(CitedReason.Code.COUNCIL_SIZE_NOT_SET, citation));
        }
        int before = failures.size();
        for (Representation r : required(track)) {
            if (!represented.contains(r)) {
                failures.add(CitedReason.of(CitedReason.Code.COUNCIL_REPRESENTATION_MISSING, citation, r.label()));
            }
        }
        if (failures.size() == before) {
            met.add(CitedReason.of(CitedReason.Code.COUNCIL_COMPOSITION_MET, citation));
        }
        List<CitedReason> reasons = new ArrayList<>(failures);
        reasons.addAll(met);
        return new Check(track, this, failures.isEmpty(), reasons);
    }
}
