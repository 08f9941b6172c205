package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue.Count;
import io.github.xhht.core.model.FactValue.Flag;
import io.github.xhht.core.model.FactValue.LevelValue;
import io.github.xhht.core.model.FactValue.Share;
import io.github.xhht.core.model.FactValue.Trend;
import java.util.List;

/**
 * Every fact a TT 25 dossier may report, by the name it has under {@code "facts"} in the JSON dossier.
 * Levels 1 and 2 read the same facts with other thresholds; a name shared by two tiers means the law
 * asks the same thing of both. Recognitions of the communes of a district (districts of a province)
 * are not facts: they come from the dossier's {@code constituents}.
 */
public final class Tt25Facts {
    private Tt25Facts() {
    }

    // --- shared by several tiers -------------------------------------------------------------------

    /** Commune, district, province criterion 1, indicator 1. */
    public static final FactKey<Flag> AWARENESS_RAISING = FactKey.flag("awarenessRaising",
            Text.of("Công tác tuyên truyền, nâng cao nhận thức về học tập suốt đời, xây dựng xã hội học tập",
                    "Awareness-raising on lifelong learning and building a learning society"));
    /** Commune and district criterion 1, indicator 3. */
    public static final FactKey<Flag> LIFELONG_LEARNING_WEEK = FactKey.flag("lifelongLearningWeek",
            Text.of("Kế hoạch, hoạt động cụ thể và báo cáo Tuần lễ hưởng ứng học tập suốt đời",
                    "Plan, concrete activities and reporting for the Lifelong Learning Week"));
    /** District and province criterion 1, indicator 2. */
    public static final FactKey<Flag> DIRECTING_DOCUMENTS = FactKey.flag("directingDocuments",
            Text.of("Ban hành theo thẩm quyền chương trình, kế hoạch, văn bản chỉ đạo và tổ chức thực hiện đầy đủ, kịp thời",
                    "Programmes, plans and guidance issued within its powers and implemented fully and on time"));
    /** Criterion 2, indicator 1 at every tier. */
    public static final FactKey<Flag> STATE_BUDGET = FactKey.flag("stateBudget",
            Text.of("Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm cho xây dựng xã hội học tập",
                    "Sufficient annual state-budget funding for building a learning society"));
    /** Commune and district criterion 2, indicator 2. */
    public static final FactKey<Flag> SOCIAL_MOBILISATION = FactKey.flag("socialMobilisation",
            Text.of("Huy động nguồn lực xã hội (xã hội hóa) có kết quả tích cực",
                    "Social resources mobilised with positive results"));
    /** District criterion 2, indicator 4; province criterion 2, indicator 5. */
    public static final FactKey<Flag> DIGITAL_SERVICES_AND_TOOLS = FactKey.flag("digitalServicesAndTools",
            Text.of("Các đơn vị cùng cấp được trang bị dịch vụ và công cụ số để làm việc, học tập trên môi trường số",
                    "Units of that tier equipped with digital services and tools to work and learn digitally"));
    /** District criterion 3, indicator 1; province criterion 3, indicator 2. */
    public static final FactKey<Flag> DIGITAL_LEARNING_ENVIRONMENT = FactKey.flag("digitalLearningEnvironment",
            Text.of("Cơ sở giáo dục được đánh giá, công nhận ở cấp này quản lý, dạy và học trên môi trường số",
                    "Educational institutions evaluated at that tier manage, teach and learn in a digital environment"));
    /** District criterion 3, indicator 2; province criterion 3, indicator 3. */
    public static final FactKey<Flag> PUBLIC_LIBRARY_SERVICES = FactKey.flag("publicLibraryServices",
            Text.of("Thư viện công cộng cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số",
                    "Public library provides lifelong-learning services and applies IT and digital transformation"));

    // --- commune (Art. 6, 7) ------------------------------------------------------------------------

    public static final FactKey<Flag> ANNUAL_PLAN = FactKey.flag("annualPlan",
            Text.of("Chương trình, kế hoạch xây dựng xã hội học tập hằng năm và thực hiện đầy đủ",
                    "Annual learning-society programme or plan, fully implemented"));
    public static final FactKey<Flag> COORDINATION_MECHANISM = FactKey.flag("coordinationMechanism",
            Text.of("Cơ chế phối hợp giữa Hội Khuyến học, các tổ chức chính trị - xã hội, nhà trường và thiết chế văn hóa",
                    "Coordination among the Association for Promoting Education, socio-political organisations, schools and cultural institutions"));
    public static final FactKey<Flag> COMMUNITY_LEARNING_CENTRE = FactKey.flag("communityLearningCentreFacilities",
            Text.of("Trung tâm học tập cộng đồng có 1 phòng làm việc đủ bàn, ghế, tủ, giá, tủ sách dùng chung và thiết bị công nghệ thông tin phù hợp",
                    "Community learning centre with one furnished office, a shared bookcase and suitable IT equipment"));
    public static final FactKey<Flag> COMMUNE_LIBRARY = FactKey.flag("communeLibraryDigitalTransformation",
            Text.of("Thư viện công cộng cấp xã ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và phục vụ học tập suốt đời",
                    "Commune public library applies IT and digital transformation to management and lifelong-learning services"));
    public static final FactKey<Flag> CULTURE_SPORTS_CENTRE = FactKey.flag("cultureSportsCentreActivities",
            Text.of("Trung tâm văn hóa, thể thao cấp xã có lớp năng khiếu, câu lạc bộ, nhóm sở thích và thường xuyên tổ chức hoạt động thu hút người dân",
                    "Commune culture-sports centre runs talent classes, clubs or interest groups and regular activities that draw residents"));
    /** Decree 20/2014/NĐ-CP standard, recognised or not. */
    public static final FactKey<Flag> UNIVERSAL_PRESCHOOL = FactKey.flag("universalPreschoolFiveYearOlds",
            Text.of("Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
                    "Recognised as meeting universal pre-school education for 5-year-olds"));
    /** Recognised level 0 (none) to 3 under Decree 20/2014/NĐ-CP. */
    public static final FactKey<LevelValue> UNIVERSAL_PRIMARY = FactKey.level("universalPrimaryLevel",
            Text.of("Mức độ đạt chuẩn phổ cập giáo dục tiểu học", "Recognised level of universal primary education"));
    /** Recognised level 0 (none) to 3 under Decree 20/2014/NĐ-CP. */
    public static final FactKey<LevelValue> UNIVERSAL_LOWER_SECONDARY = FactKey.level("universalLowerSecondaryLevel",
            Text.of("Mức độ đạt chuẩn phổ cập giáo dục trung học cơ sở",
                    "Recognised level of universal lower-secondary education"));
    /** Recognised level 0 (none) to 2 under Decree 20/2014/NĐ-CP. */
    public static final FactKey<LevelValue> LITERACY = FactKey.level("literacyLevel",
            Text.of("Mức độ đạt chuẩn xóa mù chữ", "Recognised level of literacy"));
    /** Citizens holding the title, out of all citizens of the commune. */
    public static final FactKey<Share> LEARNING_CITIZENS = FactKey.share("learningCitizens",
            Text.of("Số công dân đạt danh hiệu \"Công dân học tập\" trên tổng số công dân trong xã",
                    "Citizens holding the \"Learning Citizen\" title, out of all citizens of the commune"));
    /** Citizens with vocational or technical qualifications, out of all citizens of the commune. */
    public static final FactKey<Share> TRAINED_CITIZENS = FactKey.share("trainedCitizens",
            Text.of("Số công dân có trình độ chuyên môn kỹ thuật trên tổng số công dân trong xã",
                    "Citizens with vocational or technical qualifications, out of all citizens of the commune"));
    /** Citizens with a university degree or higher, out of all citizens of the commune. */
    public static final FactKey<Share> UNIVERSITY_EDUCATED_CITIZENS = FactKey.share("universityEducatedCitizens",
            Text.of("Số công dân có trình độ đại học trở lên trên tổng số công dân trong xã",
                    "Citizens with a university degree or higher, out of all citizens of the commune"));

    /** The shares of criterion 5, all out of the citizens of the commune (Art. 6(5), 7(5)). */
    public static final List<FactKey<Share>> CITIZEN_SHARES = List.of(LEARNING_CITIZENS, TRAINED_CITIZENS,
            UNIVERSITY_EDUCATED_CITIZENS);

    // --- district (Art. 11, 12) ---------------------------------------------------------------------

    public static final FactKey<Flag> CENTRAL_AND_PROVINCIAL_POLICIES = FactKey.flag("centralAndProvincialPolicies",
            Text.of("Thực hiện đầy đủ chính sách của trung ương và của tỉnh về học tập suốt đời",
                    "Central and provincial lifelong-learning policies implemented in full"));
    public static final FactKey<Flag> CULTURE_SPORTS_WITH_COMMUNES = FactKey.flag("cultureSportsActivitiesWithCommunes",
            Text.of("Trung tâm văn hóa, thể thao cấp huyện tổ chức nhiều hoạt động văn hóa, thể thao gắn với các xã",
                    "District culture-sports centre runs many cultural and sports activities linked with the communes"));
    /** Per-capita income of the district, the year before and the assessment year. */
    public static final FactKey<Trend> INCOME_PER_CAPITA = FactKey.trend("incomePerCapita",
            Text.of("Thu nhập bình quân đầu người (năm trước, năm đánh giá)",
                    "Per-capita income (previous year, assessment year)"));
    /** Employed share of the labour force, the year before and the assessment year. */
    public static final FactKey<Trend> EMPLOYED_LABOUR_RATE = FactKey.trend("employedLabourRate",
            Text.of("Tỷ lệ lao động có việc làm (năm trước, năm đánh giá)",
                    "Employed share of the labour force (previous year, assessment year)"));

    // --- province (Art. 16, 17) ---------------------------------------------------------------------

    public static final FactKey<Flag> EMULATION_MOVEMENT = FactKey.flag("emulationMovement",
            Text.of("Tổ chức phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời",
                    "Emulation movement for building a learning society and promoting lifelong learning"));
    public static final FactKey<Flag> CENTRAL_POLICIES = FactKey.flag("centralPolicies",
            Text.of("Thực hiện đầy đủ chính sách do trung ương ban hành về học tập suốt đời",
                    "Central lifelong-learning policies implemented in full"));
    public static final FactKey<Flag> LOCAL_POLICIES = FactKey.flag("localPolicies",
            Text.of("Ban hành chính sách phù hợp điều kiện kinh tế - xã hội của địa phương để thúc đẩy học tập suốt đời",
                    "Own policies suited to local socio-economic conditions to promote lifelong learning"));
    public static final FactKey<Flag> INTERNATIONAL_COOPERATION = FactKey.flag("internationalCooperation",
            Text.of("Hoạt động, mô hình thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời, xây dựng xã hội học tập",
                    "Activities or models promoting international cooperation on adult education, lifelong learning and the learning society"));
    public static final FactKey<Flag> UNIVERSITY_DIGITAL_TRANSFORMATION = FactKey.flag("universityDigitalTransformation",
            Text.of("Trường đại học trực thuộc tỉnh thực hiện chuyển đổi số, xây dựng học liệu số",
                    "The province's own university carries out digital transformation and builds digital learning materials"));
    /** Education programmes the provincial museum ran in the assessment year. */
    public static final FactKey<Count> MUSEUM_PROGRAMMES = FactKey.count("museumEducationProgrammes",
            Text.of("Số chương trình giáo dục bảo tàng tỉnh xây dựng, tổ chức trong năm",
                    "Education programmes the provincial museum built and ran in the year"));
    /** Education programmes the provincial radio-TV station aired in the assessment year. */
    public static final FactKey<Count> RADIO_TV_PROGRAMMES = FactKey.count("radioTelevisionEducationProgrammes",
            Text.of("Số chương trình giáo dục Đài phát thanh và truyền hình tỉnh phát sóng trong năm",
                    "Education programmes the provincial radio-TV station aired in the year"));
    public static final FactKey<Flag> RADIO_TV_LEARNING_CONTENT = FactKey.flag("radioTelevisionLearningContent",
            Text.of("Đài phát thanh và truyền hình tỉnh xây dựng chủ đề, nội dung học tập và đóng góp tài nguyên số, học liệu mở",
                    "The provincial radio-TV station develops learning topics and content and contributes to shared digital and open learning resources"));
    /** Multidimensional poor-household rate, the year before and the assessment year. */
    public static final FactKey<Trend> MULTIDIMENSIONAL_POVERTY_RATE = FactKey.trend("multidimensionalPovertyRate",
            Text.of("Tỷ lệ hộ nghèo đa chiều (năm trước, năm đánh giá)",
                    "Multidimensional poor-household rate (previous year, assessment year)"));
    /** Gross regional domestic product, the year before and the assessment year. */
    public static final FactKey<Trend> GRDP = FactKey.trend("grdp",
            Text.of("Tổng sản phẩm trên địa bàn - GRDP (năm trước, năm đánh giá)",
                    "Gross regional domestic product, GRDP (previous year, assessment year)"));

    /** Every fact key above, in declaration order. */
    public static List<FactKey<?>> all() {
        return List.of(AWARENESS_RAISING, LIFELONG_LEARNING_WEEK, DIRECTING_DOCUMENTS, STATE_BUDGET,
                SOCIAL_MOBILISATION, DIGITAL_SERVICES_AND_TOOLS, DIGITAL_LEARNING_ENVIRONMENT, PUBLIC_LIBRARY_SERVICES,
                ANNUAL_PLAN, COORDINATION_MECHANISM, COMMUNITY_LEARNING_CENTRE, COMMUNE_LIBRARY, CULTURE_SPORTS_CENTRE,
                UNIVERSAL_PRESCHOOL, UNIVERSAL_PRIMARY, UNIVERSAL_LOWER_SECONDARY, LITERACY, LEARNING_CITIZENS,
                TRAINED_CITIZENS, UNIVERSITY_EDUCATED_CITIZENS, CENTRAL_AND_PROVINCIAL_POLICIES,
                CULTURE_SPORTS_WITH_COMMUNES, INCOME_PER_CAPITA, EMPLOYED_LABOUR_RATE, EMULATION_MOVEMENT,
                CENTRAL_POLICIES, LOCAL_POLICIES, INTERNATIONAL_COOPERATION, UNIVERSITY_DIGITAL_TRANSFORMATION,
                MUSEUM_PROGRAMMES, RADIO_TV_PROGRAMMES, RADIO_TV_LEARNING_CONTENT, MULTIDIMENSIONAL_POVERTY_RATE, GRDP);
    }
}
