package io.github.xhht.tt24;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of unit of TT 24/2023 Art. 2(1)-(4), with the code a dossier gives in {@code subject.unitKind}
 * and the traits that decide which type-specific indicators apply (I-6). Each kind lists the tiers
 * (district, province) that evaluate it.
 */
public enum UnitKind {
    /** Art. 2(3): commune-level People's Committee (district tier only). */
    COMMUNE_PEOPLES_COMMITTEE("communePeoplesCommittee", Category.COMMUNE_AUTHORITY, Tiers.DISTRICT,
            Text.of("Ủy ban nhân dân xã, phường, thị trấn", "Commune, ward or township People's Committee")),
    /** Art. 2(3), 2(4): advisory and support bodies of the district or provincial Party committee. */
    PARTY_BODY("partyBody", Category.PARTY, Tiers.BOTH,
            Text.of("Cơ quan tham mưu, giúp việc của cấp ủy Đảng", "Advisory or support body of the Party committee")),
    /** Art. 2(3), 2(4): bodies and units under the district or provincial People's Committee. */
    STATE_BODY("stateBody", Category.STATE, Tiers.BOTH,
            Text.of("Cơ quan, đơn vị thuộc Ủy ban nhân dân", "Body or unit under the People's Committee")),
    /** Art. 2(4): management boards of industrial parks, export-processing zones, hi-tech parks, economic zones. */
    ECONOMIC_ZONE_BOARD("economicZoneBoard", Category.STATE, Tiers.PROVINCE,
            Text.of("Ban quản lý khu công nghiệp, khu chế xuất, khu công nghệ cao, khu kinh tế",
                    "Management board of an industrial park, export-processing zone, hi-tech park or economic zone")),
    /** Art. 2(3), 2(4): district or provincial military command; the Hanoi Capital and HCMC Commands. */
    MILITARY_COMMAND("militaryCommand", Category.ARMED_FORCES, Tiers.BOTH,
            Text.of("Cơ quan quân sự (Ban, Bộ Chỉ huy quân sự; Bộ Tư lệnh Thủ đô Hà Nội, Bộ Tư lệnh TP. Hồ Chí Minh)",
                    "Military command (district or provincial military command; Hanoi Capital or HCMC Command)")),
    /** Art. 2(3), 2(4): district or provincial police. */
    POLICE("police", Category.ARMED_FORCES, Tiers.BOTH, Text.of("Công an", "Police")),
    /** Art. 2(3), 2(4): Fatherland Front office, labour federation, Youth Union, Farmers', Women's, Veterans' associations. */
    SOCIO_POLITICAL_ORGANISATION("socioPoliticalOrganisation", Category.SOCIO_POLITICAL, Tiers.BOTH,
            Text.of("Cơ quan Mặt trận Tổ quốc, tổ chức chính trị - xã hội", "Fatherland Front office or socio-political organisation")),
    /** Art. 2(3), 2(4): the Study Promotion Association and other social and socio-professional organisations. */
    SOCIAL_ORGANISATION("socialOrganisation", Category.SOCIAL_PROFESSIONAL, Tiers.BOTH,
            Text.of("Hội Khuyến học, tổ chức xã hội, tổ chức xã hội - nghề nghiệp",
                    "Study Promotion Association, social or socio-professional organisation")),
    /** Art. 2(3), 2(4): an enterprise under the People's Committee's state management. */
    ENTERPRISE("enterprise", Category.ECONOMIC, Tiers.BOTH, Text.of("Doanh nghiệp", "Enterprise")),
    /** Art. 2(3), 2(4): a cooperative. */
    COOPERATIVE("cooperative", Category.ECONOMIC, Tiers.BOTH, Text.of("Hợp tác xã", "Cooperative")),
    /** Art. 2(3), 2(4): another economic organisation. */
    OTHER_ECONOMIC_ORGANISATION("otherEconomicOrganisation", Category.ECONOMIC, Tiers.BOTH,
            Text.of("Tổ chức kinh tế khác", "Other economic organisation")),

    /** Art. 2(1): crèche. */
    CRECHE("creche", Tiers.DISTRICT, Text.of("Nhà trẻ", "Crèche"), Trait.PRESCHOOL),
    /** Art. 2(1): kindergarten. */
    KINDERGARTEN("kindergarten", Tiers.DISTRICT, Text.of("Trường mẫu giáo", "Kindergarten"), Trait.PRESCHOOL),
    /** Art. 2(1): pre-school. */
    PRESCHOOL("preschool", Tiers.DISTRICT, Text.of("Trường mầm non", "Pre-school"), Trait.PRESCHOOL),
    /** Art. 2(1): primary school. */
    PRIMARY_SCHOOL("primarySchool", Tiers.DISTRICT, Text.of("Trường tiểu học", "Primary school"), Trait.DIGITAL_4725),
    /** Art. 2(1): lower-secondary school. */
    LOWER_SECONDARY_SCHOOL("lowerSecondarySchool", Tiers.DISTRICT,
            Text.of("Trường trung học cơ sở", "Lower-secondary school"), Trait.DIGITAL_4725),
    /** Art. 2(1): multi-level school whose top level is lower secondary. */
    MULTI_LEVEL_LOWER_SECONDARY_SCHOOL("multiLevelLowerSecondarySchool", Tiers.DISTRICT,
            Text.of("Trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở",
                    "Multi-level school whose top level is lower secondary"), Trait.DIGITAL_4725),
    /** Art. 2(1): semi-boarding school for ethnic-minority pupils. */
    SEMI_BOARDING_ETHNIC_SCHOOL("semiBoardingEthnicSchool", Tiers.DISTRICT,
            Text.of("Trường phổ thông dân tộc bán trú", "Semi-boarding ethnic-minority school"), Trait.DIGITAL_4725),
    /** Art. 2(1): ethnic boarding school managed by the district People's Committee. */
    DISTRICT_ETHNIC_BOARDING_SCHOOL("districtEthnicBoardingSchool", Tiers.DISTRICT,
            Text.of("Trường phổ thông dân tộc nội trú cấp huyện", "District ethnic-minority boarding school"), Trait.DIGITAL_4725),
    /**
     * Art. 2(1): vocational-education centre. Also accepted at provincial tier, as one of the "other
     * institutions" of Art. 2(2) that is a vocational-education institution.
     */
    VOCATIONAL_EDUCATION_CENTRE("vocationalEducationCentre", Tiers.BOTH,
            Text.of("Trung tâm giáo dục nghề nghiệp", "Vocational-education centre"), Trait.LEARNERS, Trait.VOCATIONAL),
    /** Art. 2(1): another educational institution under the district People's Committee. */
    OTHER_DISTRICT_EDUCATIONAL_INSTITUTION("otherDistrictEducationalInstitution", Tiers.DISTRICT,
            Text.of("Cơ sở giáo dục khác thuộc Ủy ban nhân dân cấp huyện quản lý",
                    "Other educational institution under the district People's Committee"), Trait.LEARNERS),

    /** Art. 2(2): upper-secondary school. */
    UPPER_SECONDARY_SCHOOL("upperSecondarySchool", Tiers.PROVINCE,
            Text.of("Trường trung học phổ thông", "Upper-secondary school"), Trait.LEARNERS, Trait.DIGITAL_4725),
    /** Art. 2(2): multi-level school whose top level is upper secondary. */
    MULTI_LEVEL_UPPER_SECONDARY_SCHOOL("multiLevelUpperSecondarySchool", Tiers.PROVINCE,
            Text.of("Trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông",
                    "Multi-level school whose top level is upper secondary"), Trait.LEARNERS, Trait.DIGITAL_4725),
    /** Art. 2(2): provincial ethnic boarding school (its learners count: Art. 2(8) excludes only district ones). */
    PROVINCIAL_ETHNIC_BOARDING_SCHOOL("provincialEthnicBoardingSchool", Tiers.PROVINCE,
            Text.of("Trường phổ thông dân tộc nội trú cấp tỉnh", "Provincial ethnic-minority boarding school"), Trait.LEARNERS),
    /** Art. 2(2): pre-university school. */
    PRE_UNIVERSITY_SCHOOL("preUniversitySchool", Tiers.PROVINCE,
            Text.of("Trường dự bị đại học", "Pre-university school"), Trait.LEARNERS),
    /** Art. 2(2): specialised (gifted) school. */
    SPECIALISED_SCHOOL("specialisedSchool", Tiers.PROVINCE,
            Text.of("Trường chuyên", "Specialised (gifted) school"), Trait.LEARNERS),
    /** Art. 2(2): school for people with disabilities. */
    SCHOOL_FOR_PEOPLE_WITH_DISABILITIES("schoolForPeopleWithDisabilities", Tiers.PROVINCE,
            Text.of("Trường dành cho người khuyết tật", "School for people with disabilities"), Trait.LEARNERS),
    /** Art. 2(2): reform school. */
    REFORM_SCHOOL("reformSchool", Tiers.PROVINCE, Text.of("Trường giáo dưỡng", "Reform school"), Trait.LEARNERS),
    /** Art. 2(2): continuing-education (GDTX) centre. */
    CONTINUING_EDUCATION_CENTRE("continuingEducationCentre", Tiers.PROVINCE,
            Text.of("Trung tâm giáo dục thường xuyên", "Continuing-education centre"), Trait.LEARNERS, Trait.DIGITAL_4725),
    /** Art. 2(2): centre supporting the development of inclusive education. */
    INCLUSIVE_EDUCATION_CENTRE("inclusiveEducationCentre", Tiers.PROVINCE,
            Text.of("Trung tâm hỗ trợ phát triển giáo dục hòa nhập", "Inclusive-education support centre"), Trait.LEARNERS),
    /** Art. 2(2): intermediate (vocational) school. */
    INTERMEDIATE_SCHOOL("intermediateSchool", Tiers.PROVINCE,
            Text.of("Trường trung cấp", "Intermediate school"), Trait.LEARNERS, Trait.VOCATIONAL),
    /** Art. 2(2): college. */
    COLLEGE("college", Tiers.PROVINCE, Text.of("Trường cao đẳng", "College"), Trait.LEARNERS, Trait.VOCATIONAL),
    /** Art. 2(2): university (higher-education institution). */
    UNIVERSITY("university", Tiers.PROVINCE,
            Text.of("Cơ sở giáo dục đại học", "Higher-education institution"), Trait.LEARNERS, Trait.DIGITAL_4740),
    /** Art. 2(2): another educational institution under the provincial People's Committee. */
    OTHER_PROVINCIAL_EDUCATIONAL_INSTITUTION("otherProvincialEducationalInstitution", Tiers.PROVINCE,
            Text.of("Cơ sở giáo dục khác thuộc Ủy ban nhân dân cấp tỉnh quản lý",
                    "Other educational institution under the provincial People's Committee"), Trait.LEARNERS);

    /** The broad kind of a unit, as Art. 1(2) and 2(3)-(4) group them. */
    public enum Category {
        COMMUNE_AUTHORITY(Text.of("chính quyền cấp xã", "commune authority")),
        PARTY(Text.of("cơ quan Đảng", "Party body")),
        STATE(Text.of("cơ quan, đơn vị nhà nước", "state body")),
        ARMED_FORCES(Text.of("lực lượng vũ trang", "armed forces")),
        SOCIO_POLITICAL(Text.of("tổ chức chính trị - xã hội", "socio-political organisation")),
        SOCIAL_PROFESSIONAL(Text.of("tổ chức xã hội, xã hội - nghề nghiệp", "social or socio-professional organisation")),
        ECONOMIC(Text.of("tổ chức kinh tế", "economic organisation")),
        EDUCATION(Text.of("cơ sở giáo dục", "educational institution"));

        private final Text label;

        Category(Text label) {
            this.label = label;
        }

        /** The label in Vietnamese and English. */
        public Text label() {
            return label;
        }
    }

    /** What decides the type-specific indicators of an educational institution. */
    public enum Trait {
        /** A crèche, kindergarten or pre-school: the extra limbs of Art. 6(1)(b) and 6(3)(b) when public. */
        PRESCHOOL,
        /** Its pupils or students are "learners" of Art. 2(8) (not in the list that article excludes). */
        LEARNERS,
        /** Its digital transformation is judged under Decision 4725/QĐ-BGDĐT (Art. 6(3)(d), 12(3)(d)). */
        DIGITAL_4725,
        /** Its digital transformation is judged under Decision 4740/QĐ-BGDĐT (Art. 12(3)(đ)). */
        DIGITAL_4740,
        /** A vocational-education (GDNN) institution: quality accreditation (Art. 6(3)(đ), 12(3)(e)). */
        VOCATIONAL
    }

    /** The tiers that evaluate a kind. */
    private enum Tiers {
        DISTRICT(EnumSet.of(AdminLevel.DISTRICT)),
        PROVINCE(EnumSet.of(AdminLevel.PROVINCE)),
        BOTH(EnumSet.of(AdminLevel.DISTRICT, AdminLevel.PROVINCE));

        private final Set<AdminLevel> levels;

        Tiers(Set<AdminLevel> levels) {
            this.levels = levels;
        }
    }

    private final String code;
    private final Category category;
    private final Set<AdminLevel> tiers;
    private final Text label;
    private final Set<Trait> traits;

    UnitKind(String code, Category category, Tiers tiers, Text label) {
        this.code = code;
        this.category = category;
        this.tiers = Set.copyOf(tiers.levels);
        this.label = label;
        this.traits = Set.of();
    }

    UnitKind(String code, Tiers tiers, Text label, Trait... traits) {
        this.code = code;
        this.category = Category.EDUCATION;
        this.tiers = Set.copyOf(tiers.levels);
        this.label = label;
        this.traits = Set.of(traits);
    }

    /** The code used in {@code subject.unitKind}. */
    public String code() {
        return code;
    }

    /** The category the unit kind belongs to. */
    public Category category() {
        return category;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The tiers that evaluate this kind of unit (Art. 2(1)-(4)). */
    public Set<AdminLevel> tiers() {
        return tiers;
    }

    /** Whether units of this kind have the trait. */
    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    /** Whether units of this kind are evaluated at the tier. */
    public boolean evaluatedAt(AdminLevel tier) {
        return tiers.contains(tier);
    }

    /** The kinds evaluated at a tier, in declaration order. */
    public static List<UnitKind> at(AdminLevel tier) {
        return Arrays.stream(values()).filter(k -> k.evaluatedAt(tier)).toList();
    }

    /** The kind with this code, if any. */
    public static java.util.Optional<UnitKind> byCode(String code) {
        return java.util.Optional.ofNullable(ByCode.KINDS.get(code));
    }

    /** Every kind by its code, built once: applicability tests look the kind up on every evaluation. */
    private static final class ByCode {
        static final java.util.Map<String, UnitKind> KINDS =
                Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(UnitKind::code, k -> k));
    }

    /**
     * The kind of a unit subject, checked against its tier.
     *
     * @throws InvalidInputException naming {@code /subject/tier} or {@code /subject/unitKind} when the
     *                               tier or kind is missing, unknown, or the kind is not evaluated at that tier
     */
    public static UnitKind of(Subject subject) {
        AdminLevel tier = tierOf(subject);
        String code = subject.unitKind().orElseThrow(() -> InvalidInputException.at("/subject/unitKind",
                ProblemCode.REQUIRED_FOR_KIND, "unitKind", SubjectKind.UNIT.json()));
        UnitKind kind = ByCode.KINDS.get(code);
        if (kind == null || !kind.evaluatedAt(tier)) {
            throw InvalidInputException.at("/subject/unitKind", ProblemCode.UNKNOWN_VALUE, code,
                    at(tier).stream().map(UnitKind::code).collect(Collectors.joining(", ")));
        }
        return kind;
    }

    /**
     * The tier of a unit subject.
     *
     * @throws InvalidInputException naming {@code /subject/tier} when it is missing or not district/province
     */
    public static AdminLevel tierOf(Subject subject) {
        AdminLevel tier = subject.tier().orElseThrow(() -> InvalidInputException.at("/subject/tier",
                ProblemCode.REQUIRED_FOR_KIND, "tier", SubjectKind.UNIT.json()));
        if (tier == AdminLevel.COMMUNE) {
            throw InvalidInputException.at("/subject/tier", ProblemCode.UNKNOWN_VALUE, tier.json(),
                    AdminLevel.DISTRICT.json() + ", " + AdminLevel.PROVINCE.json());
        }
        return tier;
    }
}
