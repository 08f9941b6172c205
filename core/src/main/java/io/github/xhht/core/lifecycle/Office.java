package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A body or office holder the procedure names: where a dossier is filed, who decides.
 *
 * @param code         a stable code
 * @param name         its name in Vietnamese and English
 * @param districtTier whether it belongs to the district tier, which ceased to exist on 1 July 2025
 */
public record Office(String code, Text name, boolean districtTier) {
    /** The first day without district-tier government (two-tier local government, tt24.md §6, tt25.md §7.2). */
    public static final LocalDate DISTRICT_TIER_ABOLISHED = LocalDate.of(2025, 7, 1);

    public static final Office DISTRICT_PEOPLES_COMMITTEE_CHAIR = new Office("districtPeoplesCommitteeChair",
            Text.of("Chủ tịch Ủy ban nhân dân cấp huyện", "Chairman of the district People's Committee"), true);
    public static final Office PROVINCIAL_PEOPLES_COMMITTEE_CHAIR = new Office("provincialPeoplesCommitteeChair",
            Text.of("Chủ tịch Ủy ban nhân dân cấp tỉnh", "Chairman of the provincial People's Committee"), false);
    public static final Office DISTRICT_EDUCATION_OFFICE = new Office("districtEducationOffice",
            Text.of("Phòng Giáo dục và Đào tạo", "district Division of Education and Training"), true);
    public static final Office HEAD_OF_DISTRICT_EDUCATION_OFFICE = new Office("headOfDistrictEducationOffice",
            Text.of("Trưởng phòng Giáo dục và Đào tạo", "Head of the district Division of Education and Training"), true);
    public static final Office PROVINCIAL_EDUCATION_DEPARTMENT = new Office("provincialEducationDepartment",
            Text.of("Sở Giáo dục và Đào tạo", "provincial Department of Education and Training"), false);
    public static final Office DIRECTOR_OF_PROVINCIAL_EDUCATION_DEPARTMENT = new Office("directorOfProvincialEducationDepartment",
            Text.of("Giám đốc Sở Giáo dục và Đào tạo", "Director of the provincial Department of Education and Training"), false);
    public static final Office MINISTRY_OF_EDUCATION = new Office("ministryOfEducation",
            Text.of("Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"), false);
    public static final Office MINISTER_OF_EDUCATION = new Office("ministerOfEducation",
            Text.of("Bộ trưởng Bộ Giáo dục và Đào tạo", "Minister of Education and Training"), false);

    public Office {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.isBlank()) {
            throw new IllegalArgumentException("an office needs a code");
        }
    }

    /** An office the caller names, e.g. the one its province designated after 1 July 2025. */
    public static Office configured(String code, Text name) {
        return new Office(code, name, false);
    }

    /** Whether the office exists on the date: district-tier offices end on 30 June 2025. */
    public boolean existsOn(LocalDate date) {
        return !districtTier || date.isBefore(DISTRICT_TIER_ABOLISHED);
    }
}
