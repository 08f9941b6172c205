package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Applicability;

/**
 * To whom the type-specific indicators and limbs of TT 24 apply. A type-specific indicator is not
 * applicable to a unit of another type (I-6).
 */
public final class UnitTypes {
    private UnitTypes() {
    }

    /** Art. 6(1)(b), 6(3)(b): public crèches, kindergartens and pre-schools. */
    public static final Applicability PUBLIC_PRESCHOOL = Applicability.when(
            Text.of("nhà trẻ, trường mẫu giáo, trường mầm non công lập", "public crèches, kindergartens and pre-schools"),
            s -> UnitKind.of(s).has(UnitKind.Trait.PRESCHOOL) && isPublic(s));

    /**
     * Art. 6(1)(c), 7(3)(c): state agencies and public service units. A commune People's Committee, a body
     * under a People's Committee and an economic-zone board are state agencies by their kind; another
     * unit is one when the dossier says so ({@code stateAgency}, {@code publicServiceUnit}), and a public
     * educational institution is a public service unit. An economic organisation never is.
     */
    public static final Applicability STATE_AGENCY_OR_PUBLIC_SERVICE_UNIT = Applicability.when(
            Text.of("cơ quan, đơn vị sự nghiệp công lập (theo loại đơn vị: Ủy ban nhân dân cấp xã, cơ quan, đơn vị thuộc"
                    + " Ủy ban nhân dân, ban quản lý khu công nghiệp, khu kinh tế, cơ sở giáo dục công lập; đơn vị khác"
                    + " không phải tổ chức kinh tế: khi hồ sơ ghi stateAgency hoặc publicServiceUnit)",
                    "state agencies and public service units (by kind: commune People's Committees, bodies and units"
                    + " under a People's Committee, industrial-park and economic-zone boards, public educational"
                    + " institutions; any other unit that is not an economic organisation: when the dossier says"
                    + " stateAgency or publicServiceUnit)"),
            UnitTypes::stateAgencyOrPublicServiceUnit);

    /** Art. 6(2)(d), 7(2)(d): every unit except economic organisations. */
    public static final Applicability NOT_ECONOMIC_ORGANISATION = Applicability.when(
            Text.of("đơn vị không phải là tổ chức kinh tế", "units other than economic organisations"),
            s -> UnitKind.of(s).category() != UnitKind.Category.ECONOMIC);

    /** Art. 6(3)(a) second sentence with Art. 2(8): educational institutions whose pupils are "learners". */
    public static final Applicability WITH_LEARNERS = Applicability.when(
            Text.of("cơ sở giáo dục có người học theo khoản 8 Điều 2", "educational institutions with learners under Article 2(8)"),
            s -> UnitKind.of(s).has(UnitKind.Trait.LEARNERS));

    /** Art. 6(3)(d), 7(3)(d): general-education institutions evaluated at district level. */
    public static final Applicability DIGITAL_4725_DISTRICT = Applicability.when(
            Text.of("cơ sở giáo dục phổ thông", "general-education institutions"),
            s -> UnitKind.of(s).has(UnitKind.Trait.DIGITAL_4725));

    /** Art. 12(3)(d), 13(3)(d): upper-secondary schools, multi-level schools topping at upper secondary, GDTX centres. */
    public static final Applicability DIGITAL_4725_PROVINCE = Applicability.when(
            Text.of("trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học"
                    + " phổ thông, trung tâm giáo dục thường xuyên",
                    "upper-secondary schools, multi-level schools whose top level is upper secondary, continuing-education"
                    + " centres"),
            s -> UnitKind.of(s).has(UnitKind.Trait.DIGITAL_4725));

    /** Art. 12(3)(đ), 13(3)(đ): higher-education institutions. */
    public static final Applicability DIGITAL_4740 = Applicability.when(
            Text.of("cơ sở giáo dục đại học", "higher-education institutions"),
            s -> UnitKind.of(s).has(UnitKind.Trait.DIGITAL_4740));

    /** Art. 6(3)(đ), 12(3)(e): vocational-education institutions. */
    public static final Applicability VOCATIONAL = Applicability.when(
            Text.of("cơ sở giáo dục nghề nghiệp", "vocational-education institutions"),
            s -> UnitKind.of(s).has(UnitKind.Trait.VOCATIONAL));

    /** Whether the unit is a state agency or public service unit; see {@link #STATE_AGENCY_OR_PUBLIC_SERVICE_UNIT}. */
    public static boolean stateAgencyOrPublicServiceUnit(Subject subject) {
        UnitKind kind = UnitKind.of(subject);
        return switch (kind.category()) {
            case ECONOMIC -> false;
            case COMMUNE_AUTHORITY, STATE -> true;
            case EDUCATION -> isPublic(subject) || subject.has(SubjectAttribute.STATE_AGENCY);
            default -> subject.has(SubjectAttribute.STATE_AGENCY) || subject.has(SubjectAttribute.PUBLIC_SERVICE_UNIT);
        };
    }

    private static boolean isPublic(Subject subject) {
        return subject.has(SubjectAttribute.PUBLIC_INSTITUTION) || subject.has(SubjectAttribute.PUBLIC_SERVICE_UNIT);
    }
}
