package io.github.xhht.awards.progress;

import static io.github.xhht.awards.progress.Target.counted;
import static io.github.xhht.awards.progress.Target.reported;

import io.github.xhht.awards.AwardDocuments;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.List;

/**
 * The target lists progress is measured against: Bình Dương's 2025 list (letter 09/CV-HKH) and the national
 * Decisions 387/QĐ-TTg, 1373/QĐ-TTg and 677/QĐ-TTg (law/awards.md §5, law/movement-plans.md §6). Only the
 * figures read in a source are encoded; those marked not read or inferred there are left out.
 */
public final class Targets {
    private Targets() {
    }

    private static final Citation BD = Plans.BINH_DUONG_LETTER.whole();
    private static final Citation QD387 = AwardDocuments.DECISION_387.whole();
    private static final Citation QD1373 = AwardDocuments.DECISION_1373.whole();
    private static final Citation QD677 = AwardDocuments.DECISION_677.whole();

    private static final Text FAMILIES = Text.of("Gia đình được công nhận \"Gia đình học tập\"", "Families recognised \"Learning Family\"");
    private static final Text CLANS = Text.of("Dòng họ được công nhận \"Dòng họ học tập\"", "Clans recognised \"Learning Clan\"");
    private static final Text VILLAGES = Text.of("Cộng đồng (thôn, ấp, khu, tổ dân phố) được công nhận \"Cộng đồng học tập\"",
            "Communities (villages, hamlets, residential groups) recognised \"Learning Community\"");
    private static final Text UNITS = Text.of("Cơ quan, tổ chức, đơn vị, trường học được công nhận \"Đơn vị học tập\"",
            "Agencies, organisations, units and schools recognised \"Learning Unit\"");
    private static final Text WORKERS = Text.of("Người lao động trong gia đình, dòng họ, cộng đồng học tập đạt \"Công dân học tập\"",
            "Workers in learning families, clans and communities holding \"Learning Citizen\"");
    private static final Text OFFICIALS = Text.of("Cán bộ, công chức, viên chức, người lao động trong đơn vị học tập đạt \"Công dân học tập\"",
            "Officials, public employees and workers in learning units holding \"Learning Citizen\"");
    private static final Text CLC_IT = Text.of("Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động",
            "Community learning centres using IT in management and activities");
    private static final Text CITIZENS = Text.of("Công dân đạt \"Công dân học tập\"", "Citizens holding \"Learning Citizen\"");

    /** Bình Dương, to reach by 2025 (Hội Khuyến học tỉnh, letter 09/CV-HKH of 2 February 2024). */
    public static final List<Target> BINH_DUONG_2025 = List.of(
            counted("binh-duong.2025.learning-families", FAMILIES, 70, 2025, BD, Counting.LEARNING_FAMILIES),
            counted("binh-duong.2025.learning-villages", Text.of("Cộng đồng khu, ấp đạt danh hiệu \"Cộng đồng học tập\"",
                    "Neighbourhoods and hamlets holding \"Learning Community\""), 65, 2025, BD, Counting.LEARNING_VILLAGES),
            counted("binh-duong.2025.learning-units", Text.of("Các tổ chức cơ quan, trường học được công nhận \"Đơn vị học tập\"",
                    "Organisations, agencies and schools recognised \"Learning Unit\""), 80, 2025, BD, Counting.LEARNING_UNITS),
            counted("binh-duong.2025.workers", Text.of("Người lao động trong Gia đình học tập, Cộng đồng học tập đạt \"Công dân học tập\"",
                    "Workers in Learning Families and Communities holding \"Learning Citizen\""), 40, 2025, BD,
                    Counting.LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_VILLAGES),
            counted("binh-duong.2025.officials", Text.of("Cán bộ, công chức, viên chức trong Đơn vị học tập đạt \"Công dân học tập\"",
                    "Officials and public employees in Learning Units holding \"Learning Citizen\""), 60, 2025, BD,
                    Counting.LEARNING_CITIZENS_IN_LEARNING_UNITS),
            reported("binh-duong.2025.clc-it", Text.of("Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý tổ chức hoạt động giáo dục",
                    "Community learning centres using IT to manage education"), 70, 2025, BD, "communityLearningCentresUsingIt"),
            // "xếp loại tốt" is a rating the letter names, not a TT 25 recognition level: the caller reports it
            reported("binh-duong.2025.communes-rated-good", Text.of("Xã, phường được xếp loại tốt về Cộng đồng học tập cấp xã",
                    "Communes rated good as commune Learning Communities"), 90, 2025, BD, "communesRatedGoodLearningCommunity"),
            counted("binh-duong.2025.learning-districts", Text.of("Huyện, thị, thành đạt danh hiệu \"Huyện học tập\"",
                    "Districts, towns and cities holding \"Learning District\""), 25, 2025, BD, Counting.LEARNING_DISTRICTS));

    /** Decision 387/QĐ-TTg, 2025 figures (the 2030 figures were read only in provincial plans or inferred). */
    public static final List<Target> DECISION_387_2025 = List.of(
            counted("qd387.2025.learning-families", FAMILIES, 70, 2025, QD387, Counting.LEARNING_FAMILIES),
            counted("qd387.2025.learning-clans", CLANS, 65, 2025, QD387, Counting.LEARNING_CLANS),
            counted("qd387.2025.learning-villages", VILLAGES, 65, 2025, QD387, Counting.LEARNING_VILLAGES),
            counted("qd387.2025.learning-units", Text.of("Cơ quan, tổ chức, trường học, doanh nghiệp cấp xã được công nhận \"Đơn vị học tập\"",
                    "Commune-level organisations, agencies, schools and enterprises recognised \"Learning Unit\""), 80, 2025, QD387,
                    Counting.COMMUNE_LEARNING_UNITS),
            counted("qd387.2025.workers", WORKERS, 40, 2025, QD387, Counting.LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_COMMUNITIES),
            counted("qd387.2025.officials", Text.of("Cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã đạt \"Công dân học tập\"",
                    "Officials and staff in commune-level learning units holding \"Learning Citizen\""), 60, 2025, QD387,
                    Counting.LEARNING_CITIZENS_IN_COMMUNE_LEARNING_UNITS),
            reported("qd387.2025.clc-managed-by-association", Text.of("Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học cấp xã quản lý trung tâm học tập cộng đồng",
                    "Commune education-promotion chair or vice-chair managing the community learning centre"), 100, 2025, QD387,
                    "communityLearningCentresManagedByAssociation"),
            reported("qd387.2025.staff-trained-it", Text.of("Cán bộ khuyến học cấp xã được bồi dưỡng công nghệ thông tin",
                    "Commune education-promotion staff trained in IT"), 40, 2025, QD387, "associationStaffTrainedInIt"));

    /** Decision 1373/QĐ-TTg, 2025 and 2030 figures as read. */
    public static final List<Target> DECISION_1373 = List.of(
            reported("qd1373.2025.literacy-level-2", Text.of("Tỉnh đạt chuẩn xóa mù chữ mức độ 2", "Provinces at literacy level 2"), 70, 2025,
                    QD1373, "provincesLiteracyLevel2"),
            reported("qd1373.2030.literacy-level-2", Text.of("Tỉnh đạt chuẩn xóa mù chữ mức độ 2", "Provinces at literacy level 2"), 90, 2030,
                    QD1373, "provincesLiteracyLevel2"),
            reported("qd1373.2025.universal-preschool", Text.of("Tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ em mẫu giáo",
                    "Provinces with universal preschool education"), 70, 2025, QD1373, "provincesUniversalPreschool"),
            reported("qd1373.2030.universal-preschool", Text.of("Tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ em mẫu giáo",
                    "Provinces with universal preschool education"), 100, 2030, QD1373, "provincesUniversalPreschool"),
            reported("qd1373.2025.primary-level-3", Text.of("Tỉnh đạt phổ cập giáo dục tiểu học mức độ 3", "Provinces at universal primary level 3"),
                    50, 2025, QD1373, "provincesPrimaryLevel3"),
            reported("qd1373.2030.primary-level-3", Text.of("Tỉnh đạt phổ cập giáo dục tiểu học mức độ 3", "Provinces at universal primary level 3"),
                    70, 2030, QD1373, "provincesPrimaryLevel3"),
            reported("qd1373.2025.lower-secondary-level-2", Text.of("Tỉnh đạt phổ cập giáo dục trung học cơ sở mức độ 2",
                    "Provinces at universal lower-secondary level 2"), 100, 2025, QD1373, "provincesLowerSecondaryLevel2"),
            reported("qd1373.2025.lower-secondary-level-3", Text.of("Tỉnh đạt phổ cập giáo dục trung học cơ sở mức độ 3",
                    "Provinces at universal lower-secondary level 3"), 20, 2025, QD1373, "provincesLowerSecondaryLevel3"),
            reported("qd1373.2030.lower-secondary-level-3", Text.of("Tỉnh đạt phổ cập giáo dục trung học cơ sở mức độ 3",
                    "Provinces at universal lower-secondary level 3"), 40, 2030, QD1373, "provincesLowerSecondaryLevel3"),
            reported("qd1373.2025.information-competence", Text.of("Người trong độ tuổi lao động có năng lực thông tin",
                    "Working-age people with information competence"), 50, 2025, QD1373, "workingAgeInformationCompetence"),
            reported("qd1373.2030.information-competence", Text.of("Người trong độ tuổi lao động có năng lực thông tin",
                    "Working-age people with information competence"), 70, 2030, QD1373, "workingAgeInformationCompetence"),
            reported("qd1373.2025.life-skills", Text.of("Người trong độ tuổi lao động có kỹ năng sống", "Working-age people with life skills"),
                    50, 2025, QD1373, "workingAgeLifeSkills"),
            reported("qd1373.2030.life-skills", Text.of("Người trong độ tuổi lao động có kỹ năng sống", "Working-age people with life skills"),
                    70, 2030, QD1373, "workingAgeLifeSkills"),
            reported("qd1373.2025.trained", Text.of("Dân số từ 15 tuổi trở lên có trình độ chuyên môn kỹ thuật",
                    "Population aged 15+ with technical or professional training"), 50, 2025, QD1373, "population15PlusTrained"),
            reported("qd1373.2030.trained", Text.of("Dân số từ 15 tuổi trở lên có trình độ chuyên môn kỹ thuật",
                    "Population aged 15+ with technical or professional training"), 60, 2030, QD1373, "population15PlusTrained"),
            reported("qd1373.2025.university", Text.of("Dân số từ 15 tuổi trở lên có trình độ đại học trở lên",
                    "Population aged 15+ with university education or higher"), 12, 2025, QD1373, "population15PlusUniversity"),
            reported("qd1373.2030.university", Text.of("Dân số từ 15 tuổi trở lên có trình độ đại học trở lên",
                    "Population aged 15+ with university education or higher"), 15, 2030, QD1373, "population15PlusUniversity"),
            reported("qd1373.2025.digital-universities", Text.of("Cơ sở giáo dục đại học triển khai đại học số, học liệu số",
                    "Universities running a digital university or digital materials"), 70, 2025, QD1373, "digitalUniversities"),
            reported("qd1373.2030.digital-universities", Text.of("Cơ sở giáo dục đại học triển khai đại học số, học liệu số",
                    "Universities running a digital university or digital materials"), 90, 2030, QD1373, "digitalUniversities"),
            reported("qd1373.2025.digital-schools", Text.of("Cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp quản lý, dạy, học trong môi trường số",
                    "Schools, continuing-education and VET institutions working in a digital environment"), 60, 2025, QD1373, "digitalSchools"),
            reported("qd1373.2030.digital-schools", Text.of("Cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp quản lý, dạy, học trong môi trường số",
                    "Schools, continuing-education and VET institutions working in a digital environment"), 80, 2030, QD1373, "digitalSchools"),
            reported("qd1373.2025.clc-it", CLC_IT, 70, 2025, QD1373, "communityLearningCentresUsingIt"),
            counted("qd1373.2025.learning-citizens", CITIZENS, 40, 2025, QD1373, Counting.LEARNING_CITIZENS),
            counted("qd1373.2030.learning-citizens", CITIZENS, 60, 2030, QD1373, Counting.LEARNING_CITIZENS),
            counted("qd1373.2030.learning-districts", Text.of("Huyện được công nhận \"huyện học tập\"", "Districts recognised \"learning district\""),
                    50, 2030, QD1373, Counting.LEARNING_DISTRICTS),
            counted("qd1373.2030.learning-provinces", Text.of("Tỉnh được công nhận \"tỉnh học tập\"", "Provinces recognised \"learning province\""),
                    35, 2030, QD1373, Counting.LEARNING_PROVINCES));

    /** Decision 677/QĐ-TTg, 2025 and 2030 figures as read. */
    public static final List<Target> DECISION_677 = List.of(
            reported("qd677.2025.association-trained", Text.of("Cán bộ, hội viên Hội Khuyến học được tập huấn về bộ tiêu chí",
                    "Association officials and members trained on the criteria"), 100, 2025, QD677, "associationMembersTrainedOnCriteria"),
            counted("qd677.2025.adults", Text.of("Người lớn trong gia đình, dòng họ, cộng đồng học tập đạt \"Công dân học tập\"",
                    "Adults in learning families, clans and communities holding \"Learning Citizen\""), 40, 2025, QD677,
                    Counting.LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_COMMUNITIES),
            counted("qd677.2030.adults", Text.of("Người lớn trong gia đình, dòng họ, cộng đồng học tập đạt \"Công dân học tập\"",
                    "Adults in learning families, clans and communities holding \"Learning Citizen\""), 60, 2030, QD677,
                    Counting.LEARNING_CITIZENS_IN_LEARNING_FAMILIES_AND_COMMUNITIES),
            counted("qd677.2025.officials", OFFICIALS, 60, 2025, QD677, Counting.LEARNING_CITIZENS_IN_LEARNING_UNITS),
            counted("qd677.2030.officials", OFFICIALS, 80, 2030, QD677, Counting.LEARNING_CITIZENS_IN_LEARNING_UNITS),
            reported("qd677.2025.digital-skills", Text.of("Công dân học tập có kỹ năng số đáp ứng yêu cầu công việc",
                    "Learning Citizens with digital skills their work needs"), 70, 2025, QD677, "learningCitizensWithDigitalSkills"),
            reported("qd677.2030.digital-skills", Text.of("Công dân học tập có kỹ năng số đáp ứng yêu cầu công việc",
                    "Learning Citizens with digital skills their work needs"), 90, 2030, QD677, "learningCitizensWithDigitalSkills"),
            reported("qd677.2025.self-update", Text.of("Công dân học tập tự cập nhật theo bộ tiêu chí trên mạng",
                    "Learning Citizens updating themselves on the criteria online"), 60, 2025, QD677, "learningCitizensSelfUpdating"),
            reported("qd677.2030.self-update", Text.of("Công dân học tập tự cập nhật theo bộ tiêu chí trên mạng",
                    "Learning Citizens updating themselves on the criteria online"), 80, 2030, QD677, "learningCitizensSelfUpdating"));
}
