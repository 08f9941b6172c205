package io.github.xhht.awards.plan;

import static io.github.xhht.awards.AwardForm.CERTIFICATE_OF_COMMENDATION;
import static io.github.xhht.awards.AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL;
import static io.github.xhht.awards.AwardForm.LABOUR_ORDER_THIRD_CLASS;
import static io.github.xhht.awards.AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.LearningTitle;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.SubjectKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The five seed plans (shared/seeds, summarised in law/movement-plans.md) as presets. Each rule cites the
 * section printed in its plan. Only standards that can be checked on a subject's history are rules; the
 * qualitative ones (digital teaching, initiatives, ...) are for the council and are not encoded.
 */
public final class Plans {
    private Plans() {
    }

    /** The movement's title, shared by every plan. */
    private static final String MOVEMENT_VI = "Phong trào thi đua \"Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030\"";
    private static final String MOVEMENT_EN = "the movement \"The whole country competes to build a learning society and promote lifelong learning, 2023-2030\"";

    private static final Text LEARNING_CITIZEN = Text.of("Được công nhận danh hiệu \"Công dân học tập\"",
            "Holds the title \"Learning Citizen\"");

    // ---------------------------------------------------------------- 000: Hồ Chí Minh City, education sector

    /** Seed 000: Sở GDĐT Thành phố Hồ Chí Minh, plan for the city's education sector (2024; number left blank). */
    public static final LegalDocument HCMC_DOCUMENT = plan("KH-SGDDT-HCM-2024",
            "…/KH-SGDĐT (Sở GDĐT TP. Hồ Chí Minh, 2024)");

    /**
     * HCMC education sector. Sections are those of the plan's second part "II. ĐỐI TƯỢNG, NGUYÊN TẮC VÀ TIÊU
     * CHUẨN KHEN THƯỞNG" (the plan numbers two parts "II"). Schools and enterprises must hold a valid "Đơn vị
     * học tập" recognition (§II.3.1.d, đ); individuals must hold "Công dân học tập" (§II.3.2); quotas for the
     * Prime Minister's certificate of merit (1-2 in 2025, 2-3 in 2030) and the city's (1-2 in 2030).
     */
    public static final MovementPlan HCMC_EDUCATION = MovementPlan.builder("hcmc-education", HCMC_DOCUMENT,
                    title("ngành Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "in Hồ Chí Minh City's education sector"),
                    Text.of("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "Hồ Chí Minh City Department of Education and Training"),
                    "Thành phố Hồ Chí Minh")
            .principle(Principle.ONE_FORM_PER_ACHIEVEMENT, "II.2")
            .principle(Principle.NO_PENDING_PROCEEDING, "II.2")
            .phase(Text.of("Giai đoạn 2023 - 2025", "Phase 2023-2025"), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31),
                    Occasion.MIDTERM_REVIEW, "III.2")
            .phase(Text.of("Giai đoạn 2023 - 2030", "Phase 2023-2030"), LocalDate.of(2023, 1, 1), LocalDate.of(2030, 12, 31),
                    Occasion.FINAL_REVIEW, "III.3")
            .category(new SubjectCategory("division", Text.of("Các phòng, trung tâm thuộc Sở GDĐT",
                    "Divisions and centres of the Department"), Set.of(SubjectKind.UNIT), HCMC_DOCUMENT.section("II.3.1.a"), List.of()))
            .category(new SubjectCategory("trade-union", Text.of("Công đoàn ngành Giáo dục", "Education sector trade union"),
                    Set.of(SubjectKind.UNIT), HCMC_DOCUMENT.section("II.3.1.b"), List.of()))
            .category(new SubjectCategory("district-office", Text.of("Phòng GDĐT thành phố Thủ Đức và các quận, huyện",
                    "Education offices of Thủ Đức and the districts"), Set.of(SubjectKind.UNIT), HCMC_DOCUMENT.section("II.3.1.c"), List.of()))
            .category(new SubjectCategory("school", Text.of("Các cơ sở giáo dục và các cơ sở giáo dục nghề nghiệp trực thuộc",
                    "Schools and vocational institutions under the Department"), Set.of(SubjectKind.UNIT), HCMC_DOCUMENT.section("II.3.1.d"),
                    List.of(learningUnit("hcmc-education.school.learning-unit", HCMC_DOCUMENT, "II.3.1.d",
                            Text.of("Được công nhận \"Đơn vị học tập\" cấp huyện, tỉnh theo Thông tư 24/2023/TT-BGDĐT",
                                    "Recognised \"Learning Unit\" at district or provincial level under Circular 24/2023/TT-BGDĐT"),
                            Optional.empty(), CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("enterprise", Text.of("Các doanh nghiệp", "Enterprises"), Set.of(SubjectKind.UNIT),
                    HCMC_DOCUMENT.section("II.3.1.đ"),
                    List.of(learningUnit("hcmc-education.enterprise.learning-unit", HCMC_DOCUMENT, "II.3.1.đ",
                            Text.of("Được công nhận \"Đơn vị học tập\" theo Thông tư 24/2023/TT-BGDĐT",
                                    "Recognised \"Learning Unit\" under Circular 24/2023/TT-BGDĐT"),
                            Optional.empty(), CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("staff", Text.of("Cán bộ, công chức, viên chức, người lao động các đơn vị",
                    "Officials, public employees and workers of the units"), Set.of(SubjectKind.INDIVIDUAL), HCMC_DOCUMENT.section("II.3.2.a"),
                    List.of(citizen("hcmc-education.staff.learning-citizen", HCMC_DOCUMENT, "II.3.2.a"))))
            .category(new SubjectCategory("other-individual", Text.of("Cá nhân không thuộc đối tượng xét thi đua, khen thưởng hằng năm",
                    "Individuals outside the annual emulation system"), Set.of(SubjectKind.INDIVIDUAL), HCMC_DOCUMENT.section("II.3.2.b"),
                    List.of(citizen("hcmc-education.other-individual.learning-citizen", HCMC_DOCUMENT, "II.3.2.b"))))
            .category(new SubjectCategory("other", Text.of("Đối tượng khác", "Others"), Set.of(SubjectKind.values()),
                    HCMC_DOCUMENT.section("II.3.3"), List.of()))
            .forms(Occasion.ANNUAL, "III.1", CERTIFICATE_OF_COMMENDATION, CERTIFICATE_OF_MERIT_PROVINCIAL)
            .forms(Occasion.MIDTERM_REVIEW, "III.2", PRIME_MINISTER_CERTIFICATE_OF_MERIT, CERTIFICATE_OF_MERIT_PROVINCIAL,
                    CERTIFICATE_OF_COMMENDATION)
            .forms(Occasion.FINAL_REVIEW, "III.3", LABOUR_ORDER_THIRD_CLASS, PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                    CERTIFICATE_OF_MERIT_PROVINCIAL, CERTIFICATE_OF_COMMENDATION)
            .quota(Occasion.MIDTERM_REVIEW, PRIME_MINISTER_CERTIFICATE_OF_MERIT, 1, 2, "III.2.a")
            .quota(Occasion.FINAL_REVIEW, PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2, 3, "III.3.b")
            .quota(Occasion.FINAL_REVIEW, CERTIFICATE_OF_MERIT_PROVINCIAL, 1, 2, "III.3.c")
            .deadline(Deadline.yearly(Deadline.Kind.NOMINATIONS, Occasion.ANNUAL, MonthDay.of(6, 1),
                    Text.of("Đề nghị khen thưởng hằng năm gửi về Sở GDĐT", "Annual nominations to the Department"), HCMC_DOCUMENT.section("IV.3")))
            .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.MIDTERM_REVIEW, LocalDate.of(2025, 7, 1),
                    Text.of("Hồ sơ khen thưởng sơ kết gửi về Sở GDĐT", "Mid-term review dossiers to the Department"), HCMC_DOCUMENT.section("IV.3")))
            .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.FINAL_REVIEW, LocalDate.of(2030, 7, 1),
                    Text.of("Hồ sơ khen thưởng tổng kết gửi về Sở GDĐT", "Final review dossiers to the Department"), HCMC_DOCUMENT.section("IV.3")))
            .deadline(Deadline.on(Deadline.Kind.REPORT, null, LocalDate.of(2024, 12, 1),
                    Text.of("Báo cáo kết quả thực hiện Kế hoạch 734/KH-UBND gửi Hội đồng Thi đua - Khen thưởng và Chủ tịch UBND Thành phố",
                            "Report on Plan 734/KH-UBND to the city's emulation council and chair"), HCMC_DOCUMENT.section("V.3")))
            .dossier(DossierRequirement.always(DossierDocument.PROPOSAL_LETTER, HCMC_DOCUMENT.section("IV.2.b")))
            .dossier(DossierRequirement.always(DossierDocument.COUNCIL_MINUTES, HCMC_DOCUMENT.section("IV.2.b")))
            .dossier(DossierRequirement.always(DossierDocument.ACHIEVEMENT_REPORT, HCMC_DOCUMENT.section("IV.2.b")))
            .dossier(DossierRequirement.withInitiative(DossierDocument.INITIATIVE_CONFIRMATION, HCMC_DOCUMENT.section("IV.2.b")))
            .note(Text.of("Huân chương Lao động xét tặng cho các đơn vị qua cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương phân công; số lượng không nêu.",
                    "The Labour Order goes to units through the central council's emulation clusters; no number is stated."), "III.3.a")
            .note(Text.of("Bằng khen UBND Thành phố sơ kết 2025 và Giấy khen Sở GDĐT: theo thẩm quyền, không nêu số lượng.",
                    "City certificates of merit at the 2025 review and the Department's certificates: per authority, no number stated."), "III.2.b")
            .build();

    // ---------------------------------------------------------------- 001: Bình Dương province

    /** Seed 001: UBND tỉnh Bình Dương, Kế hoạch 151/KH-UBND of 15 January 2024. */
    public static final LegalDocument BINH_DUONG_DOCUMENT = plan("151/KH-UBND-BD", "151/KH-UBND (UBND tỉnh Bình Dương, 15/01/2024)");

    /** Seed 001: Hội Khuyến học tỉnh Bình Dương, Công văn 09/CV-HKH of 2 February 2024 (the 2025 targets). */
    public static final LegalDocument BINH_DUONG_LETTER = new LegalDocument("09/CV-HKH-BD", Text.of("Công văn", "Official letter"),
            "09/CV-HKH (Hội Khuyến học tỉnh Bình Dương, 02/02/2024)",
            Text.of("Triển khai kế hoạch thực hiện phong trào \"Cả nước thi đua xây dựng xã hội học tập\"",
                    "Carrying out the plan for the learning-society movement"));

    /**
     * Bình Dương province: the province, districts and communes must hold "Cộng đồng học tập" of their level
     * (§III.1.a, d, đ); households and clans "Gia đình / Dòng họ học tập" (§III.1.e); enterprises "Đơn vị học
     * tập" (§III.1.g, which names the enterprise's organisations: checked on the nominated enterprise);
     * individuals "Công dân học tập" (§III.1.h). No quotas, no nomination deadlines.
     */
    public static final MovementPlan BINH_DUONG = MovementPlan.builder("binh-duong", BINH_DUONG_DOCUMENT,
                    title("trên địa bàn tỉnh Bình Dương", "in Bình Dương province"),
                    Text.of("Ủy ban nhân dân tỉnh Bình Dương", "Bình Dương Provincial People's Committee"), "Bình Dương")
            .movementPhases("V.1", "V.2")
            .category(new SubjectCategory("province", Text.of("Cấp tỉnh", "The province"), Set.of(SubjectKind.PROVINCE),
                    BINH_DUONG_DOCUMENT.section("III.1.a"), List.of(community("binh-duong.province.learning-community", "III.1.a",
                            Text.of("Được công nhận \"Cộng đồng học tập\" cấp tỉnh", "Recognised provincial \"Learning Community\"")))))
            .category(new SubjectCategory("front-and-organisations", Text.of("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội, xã hội nghề nghiệp, tổ chức xã hội",
                    "Fatherland Front and socio-political, professional and social organisations"), Set.of(SubjectKind.UNIT),
                    BINH_DUONG_DOCUMENT.section("III.1.b"), List.of()))
            .category(new SubjectCategory("department", Text.of("Các sở, ban, ngành, cơ quan, đơn vị cấp tỉnh",
                    "Provincial departments, agencies and units"), Set.of(SubjectKind.UNIT), BINH_DUONG_DOCUMENT.section("III.1.c"), List.of()))
            .category(new SubjectCategory("district", Text.of("Cấp huyện", "Districts"), Set.of(SubjectKind.DISTRICT),
                    BINH_DUONG_DOCUMENT.section("III.1.d"), List.of(community("binh-duong.district.learning-community", "III.1.d",
                            Text.of("Được công nhận \"Cộng đồng học tập\" cấp huyện", "Recognised district \"Learning Community\"")))))
            .category(new SubjectCategory("commune", Text.of("Cấp xã", "Communes"), Set.of(SubjectKind.COMMUNE),
                    BINH_DUONG_DOCUMENT.section("III.1.đ"), List.of(community("binh-duong.commune.learning-community", "III.1.đ",
                            Text.of("Được công nhận \"Cộng đồng học tập\" cấp xã", "Recognised commune \"Learning Community\"")))))
            .category(new SubjectCategory("household", Text.of("Hộ gia đình", "Households"), Set.of(SubjectKind.HOUSEHOLD),
                    BINH_DUONG_DOCUMENT.section("III.1.e"), List.of(new Standard.HoldsTitle("plan.binh-duong.household.learning-family",
                            Text.of("Đạt danh hiệu \"Gia đình học tập\"", "Holds \"Learning Family\""), BINH_DUONG_DOCUMENT.section("III.1.e"),
                            LearningTitle.LEARNING_FAMILY, CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("clan", Text.of("Dòng họ", "Clans"), Set.of(SubjectKind.CLAN),
                    BINH_DUONG_DOCUMENT.section("III.1.e"), List.of(new Standard.HoldsTitle("plan.binh-duong.clan.learning-clan",
                            Text.of("Đạt danh hiệu \"Dòng họ học tập\"", "Holds \"Learning Clan\""), BINH_DUONG_DOCUMENT.section("III.1.e"),
                            LearningTitle.LEARNING_CLAN, CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("enterprise", Text.of("Các doanh nghiệp", "Enterprises"), Set.of(SubjectKind.UNIT),
                    BINH_DUONG_DOCUMENT.section("III.1.g"), List.of(learningUnit("binh-duong.enterprise.learning-unit", BINH_DUONG_DOCUMENT,
                            "III.1.g", Text.of("Các tổ chức trong doanh nghiệp được công nhận \"Đơn vị học tập\"",
                                    "The enterprise's organisations recognised as \"Learning Units\""), Optional.empty(), CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("individual", Text.of("Cá nhân", "Individuals"), Set.of(SubjectKind.INDIVIDUAL),
                    BINH_DUONG_DOCUMENT.section("III.1.h"), List.of(citizen("binh-duong.individual.learning-citizen", BINH_DUONG_DOCUMENT, "III.1.h"))))
            .category(new SubjectCategory("other", Text.of("Đối tượng khác", "Others"), Set.of(SubjectKind.values()),
                    BINH_DUONG_DOCUMENT.section("III.1.i"), List.of()))
            .forms(Occasion.ANNUAL, "III.2.a", CERTIFICATE_OF_COMMENDATION, CERTIFICATE_OF_MERIT_PROVINCIAL)
            .reviewForms("III.2.b", PRIME_MINISTER_CERTIFICATE_OF_MERIT, CERTIFICATE_OF_MERIT_PROVINCIAL, CERTIFICATE_OF_COMMENDATION)
            .deadline(Deadline.yearly(Deadline.Kind.REPORT, null, MonthDay.of(11, 20),
                    Text.of("UBND các huyện, thị xã, thành phố gửi báo cáo về Sở GDĐT", "Districts report to the Department"),
                    BINH_DUONG_DOCUMENT.section("VII.11")))
            .note(Text.of("Kế hoạch in \"tổ chức sơ kết vào năm 2023\" cho cấp huyện; có lẽ là năm 2025 (mục V.1). Giữ nguyên giá trị in.",
                    "The plan prints \"mid-term review in 2023\" for districts; 2025 is likely meant (§V.1). The printed value is kept."), "VII.11")
            .note(Text.of("Khen thưởng hằng năm theo thẩm quyền của từng cơ quan, hình thức theo pháp luật; không nêu số lượng.",
                    "Annual awards per each body's authority, forms per the law; no number stated."), "III.2.a")
            .build();

    // ---------------------------------------------------------------- 002: Hải Phòng, education sector

    /** Seed 002: Sở GDĐT Hải Phòng, Kế hoạch 163/KH-SGDĐT of 31 January 2024 (OCR text without diacritics). */
    public static final LegalDocument HAI_PHONG_DOCUMENT = plan("163/KH-SGDDT-HP", "163/KH-SGDĐT (Sở GDĐT Hải Phòng, 31/01/2024)");

    /**
     * Hải Phòng education sector: district education offices must be recognised district "Đơn vị học tập"
     * (§III.1.a), directly managed units and high schools provincial "Đơn vị học tập" (§III.1.b), individuals
     * "Công dân học tập" (§III.1.c). No quotas, no nomination deadlines.
     */
    public static final MovementPlan HAI_PHONG_EDUCATION = MovementPlan.builder("hai-phong-education", HAI_PHONG_DOCUMENT,
                    title("trong ngành giáo dục và đào tạo Hải Phòng", "in Hải Phòng's education sector"),
                    Text.of("Sở Giáo dục và Đào tạo Hải Phòng", "Hải Phòng Department of Education and Training"), "Hải Phòng")
            .movementPhases("V.1", "V.2")
            .category(new SubjectCategory("district-office", Text.of("Phòng GDĐT quận, huyện", "District education offices"),
                    Set.of(SubjectKind.UNIT), HAI_PHONG_DOCUMENT.section("III.1.a"), List.of(learningUnit("hai-phong-education.district-office.learning-unit",
                            HAI_PHONG_DOCUMENT, "III.1.a", Text.of("Cơ quan phòng GDĐT được công nhận \"Đơn vị học tập\" cấp huyện",
                                    "The office recognised district-level \"Learning Unit\""), Optional.of(AdminLevel.DISTRICT), CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("school", Text.of("Đơn vị trực thuộc, trường Trung học phổ thông, Phổ thông nhiều cấp học",
                    "Directly managed units, upper-secondary and multi-level schools"), Set.of(SubjectKind.UNIT), HAI_PHONG_DOCUMENT.section("III.1.b"),
                    List.of(learningUnit("hai-phong-education.school.learning-unit", HAI_PHONG_DOCUMENT, "III.1.b",
                            Text.of("Được công nhận \"Đơn vị học tập\" cấp tỉnh", "Recognised provincial-level \"Learning Unit\""),
                            Optional.of(AdminLevel.PROVINCE), CERTIFICATE_OF_COMMENDATION))))
            .category(new SubjectCategory("individual", Text.of("Cá nhân (cán bộ, giáo viên, nhân viên, học sinh)",
                    "Individuals (staff, teachers, employees, pupils)"), Set.of(SubjectKind.INDIVIDUAL), HAI_PHONG_DOCUMENT.section("III.1.c"),
                    List.of(citizen("hai-phong-education.individual.learning-citizen", HAI_PHONG_DOCUMENT, "III.1.c"))))
            .forms(Occasion.ANNUAL, "III.2.a", CERTIFICATE_OF_COMMENDATION)
            .reviewForms("III.2.b", PRIME_MINISTER_CERTIFICATE_OF_MERIT, CERTIFICATE_OF_MERIT_PROVINCIAL, CERTIFICATE_OF_COMMENDATION)
            .deadline(Deadline.yearly(Deadline.Kind.REPORT, null, MonthDay.of(12, 5),
                    Text.of("Các quận, huyện, đơn vị, nhà trường báo cáo tình hình về Sở GDĐT", "Districts, units and schools report to the Department"),
                    HAI_PHONG_DOCUMENT.section("VII.4")))
            .note(Text.of("Khen thưởng hằng năm do các cơ sở giáo dục thực hiện theo thẩm quyền.",
                    "Annual awards are given by the educational institutions within their authority."), "III.2.a")
            .build();

    // ---------------------------------------------------------------- 003: An Giang vocational college

    /** Seed 003: Trường Cao đẳng nghề An Giang, plan (2024) implementing UBND An Giang 135/KH-UBND of 20/02/2024. */
    public static final LegalDocument AN_GIANG_DOCUMENT = SeedDocuments.AN_GIANG;

    /**
     * An Giang vocational college: "Đơn vị học tập" at district or provincial level is required for any award
     * at provincial level or above (§III.3.1); individuals must hold "Công dân học tập" (§III.3.2); PR-1, PR-2
     * and PR-3 stated in §III.2; dossier and deadlines in §V.
     */
    public static final MovementPlan AN_GIANG_COLLEGE = MovementPlan.builder("an-giang-vocational-college", AN_GIANG_DOCUMENT,
                    title("của Trường Cao đẳng nghề An Giang", "at An Giang Vocational College"),
                    Text.of("Trường Cao đẳng nghề An Giang", "An Giang Vocational College"), "An Giang")
            .principle(Principle.ONE_FORM_PER_ACHIEVEMENT, "III.2")
            .principle(Principle.NO_PENDING_PROCEEDING, "III.2")
            .principle(Principle.COLLECTIVE_OR_SUB_UNIT, "III.2")
            .phase(Text.of("Năm 2024", "Year 2024"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, "IV.1")
            // §IV.2 "sơ kết ... giai đoạn 2023-2025 và tổng kết giai đoạn 2023-2030": two phases, each with its review
            .phase(Text.of("Giai đoạn 2023 - 2025", "Phase 2023-2025"), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31),
                    Occasion.MIDTERM_REVIEW, "IV.2")
            .phase(Text.of("Giai đoạn 2023 - 2030", "Phase 2023-2030"), LocalDate.of(2023, 1, 1), LocalDate.of(2030, 12, 31),
                    Occasion.FINAL_REVIEW, "IV.2")
            .category(new SubjectCategory("collective", Text.of("Tập thể: các phòng, khoa, trung tâm, ban thuộc Trường",
                    "Collectives: the college's divisions, faculties, centres and boards"), Set.of(SubjectKind.UNIT), AN_GIANG_DOCUMENT.section("III.3.1"),
                    List.of(learningUnit("an-giang-vocational-college.collective.learning-unit", AN_GIANG_DOCUMENT, "III.3.1",
                            Text.of("Được công nhận \"Đơn vị học tập\" cấp huyện, tỉnh theo Thông tư 24/2023/TT-BGDĐT (tiêu chuẩn để xét khen thưởng cấp tỉnh trở lên)",
                                    "Recognised \"Learning Unit\" at district or provincial level under Circular 24/2023/TT-BGDĐT (required for awards at provincial level or above)"),
                            Optional.empty(), CERTIFICATE_OF_MERIT_PROVINCIAL))))
            .category(new SubjectCategory("individual", Text.of("Cá nhân: viên chức, người lao động, học sinh sinh viên",
                    "Individuals: staff, workers and students"), Set.of(SubjectKind.INDIVIDUAL), AN_GIANG_DOCUMENT.section("III.3.2"),
                    List.of(citizen("an-giang-vocational-college.individual.learning-citizen", AN_GIANG_DOCUMENT, "III.3.2"))))
            // §IV.1 "Khen thưởng phong trào thi đua năm 2024": the plan offers annual forms for 2024 only
            .formsInYears(Occasion.ANNUAL, "IV.1", Set.of(2024), CERTIFICATE_OF_COMMENDATION, CERTIFICATE_OF_MERIT_PROVINCIAL)
            .reviewForms("IV.2", PRIME_MINISTER_CERTIFICATE_OF_MERIT, CERTIFICATE_OF_MERIT_PROVINCIAL, CERTIFICATE_OF_COMMENDATION)
            .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.ANNUAL, LocalDate.of(2024, 9, 15),
                    Text.of("Trình hồ sơ khen thưởng năm 2024 lên Sở GDĐT tỉnh", "2024 dossiers to the provincial Department"), AN_GIANG_DOCUMENT.section("V.3")))
            .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.MIDTERM_REVIEW, LocalDate.of(2025, 8, 15),
                    Text.of("Trình hồ sơ khen thưởng sơ kết lên Sở GDĐT tỉnh", "Mid-term review dossiers to the provincial Department"), AN_GIANG_DOCUMENT.section("V.3")))
            .dossier(DossierRequirement.always(DossierDocument.PROPOSAL_LETTER, AN_GIANG_DOCUMENT.section("V.2.2")))
            .dossier(DossierRequirement.always(DossierDocument.COUNCIL_MINUTES, AN_GIANG_DOCUMENT.section("V.2.2")))
            .dossier(DossierRequirement.always(DossierDocument.ACHIEVEMENT_REPORT, AN_GIANG_DOCUMENT.section("V.2.2")))
            // §V.2.2 lists the decision without a condition (unlike HCMC §IV.2.b "Trường hợp có ..."), and §III.3.1-3.2 ask every
            // collective and individual for recognised initiatives: it is always required
            .dossier(DossierRequirement.always(DossierDocument.RESEARCH_OR_INITIATIVE_DECISION, AN_GIANG_DOCUMENT.section("V.2.2")))
            .note(Text.of("Hồ sơ gửi Phòng Tổ chức - Hành chính \"đầu tháng 9/2024\" (năm 2024) và \"đầu tháng 8/2025\" (sơ kết): không có ngày cụ thể.",
                    "Dossiers reach the personnel office \"early September 2024\" and \"early August 2025\": no exact day is given."), "V.3")
            .note(Text.of("Kế hoạch không nêu thời hạn hồ sơ tổng kết năm 2030.", "The plan sets no deadline for the 2030 final review."), "V.3")
            .build();

    // ---------------------------------------------------------------- 004: Bắc Giang, education sector

    /** Seed 004: Sở GDĐT Bắc Giang, plan for school year 2023-2024 (October 2023; number left blank). */
    public static final LegalDocument BAC_GIANG_DOCUMENT = plan("KH-SGDDT-BG-2023", "…/KH-SGDĐT (Sở GDĐT Bắc Giang, 10/2023)");

    /**
     * Bắc Giang education sector, school year 2023-2024 (the sector's general emulation plan): every
     * participant must register for emulation (PR-5, §II.2), by 25 October 2023 (§II.5). Awards follow the
     * general forms of the law; the minimum numbers of exemplary models (§II.4) are notes, not award quotas.
     */
    public static final MovementPlan BAC_GIANG_EDUCATION = MovementPlan.builder("bac-giang-education", BAC_GIANG_DOCUMENT,
                    Text.of("Kế hoạch phát động phong trào thi đua và thực hiện công tác khen thưởng năm học 2023-2024 (Sở GDĐT Bắc Giang)",
                            "Plan for emulation and commendation, school year 2023-2024 (Bắc Giang Department of Education)"),
                    Text.of("Sở Giáo dục và Đào tạo Bắc Giang", "Bắc Giang Department of Education and Training"), "Bắc Giang")
            .principle(Principle.REGISTRATION, "II.2")
            .phase(Text.of("Năm học 2023 - 2024", "School year 2023-2024"), LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31),
                    null, "II.1.c")
            // a plan for "năm 2023 và năm học 2023-2024" (§I.1, §II.1.c); it names no forms, so every form is accepted
            .formsInYears(Occasion.ANNUAL, "II.5", Set.of(2023, 2024), CERTIFICATE_OF_COMMENDATION, CERTIFICATE_OF_MERIT_PROVINCIAL,
                    PRIME_MINISTER_CERTIFICATE_OF_MERIT, LABOUR_ORDER_THIRD_CLASS)
            .note(Text.of("Kế hoạch không liệt kê hình thức khen thưởng cho phong trào; mọi hình thức thư viện biết đều được chấp nhận, theo quy định chung.",
                    "The plan lists no award forms; every form the library knows is accepted, under the general law."), "II.5")
            .deadline(Deadline.on(Deadline.Kind.REGISTRATION, null, LocalDate.of(2023, 10, 25),
                    Text.of("Gửi văn bản đăng ký tham gia thi đua về Sở GDĐT", "Registration for emulation sent to the Department"),
                    BAC_GIANG_DOCUMENT.section("II.5")))
            .note(Text.of("Mỗi Phòng GDĐT giới thiệu ít nhất 10 điển hình tiên tiến, mỗi đơn vị trực thuộc ít nhất 02 (mức tối thiểu, không phải giới hạn khen thưởng).",
                    "Each district education office introduces at least 10 exemplary models, each directly managed unit at least 2 (a minimum, not an award cap)."), "II.4")
            .note(Text.of("Ưu tiên nâng tỷ lệ khen thưởng cho người trực tiếp giảng dạy và vùng khó khăn (PR-6, khuyến nghị).",
                    "Priority raises the share of awards to people teaching directly and to hard areas (PR-6, advisory)."), "II.3")
            .build();

    /** The five presets, in seed order. */
    public static List<MovementPlan> all() {
        return List.of(HCMC_EDUCATION, BINH_DUONG, HAI_PHONG_EDUCATION, AN_GIANG_COLLEGE, BAC_GIANG_EDUCATION);
    }

    /** The preset with this id; an unknown id is an input error at {@code pointer}. */
    public static MovementPlan byId(String id, String pointer) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> InvalidInputException.at(
                pointer, ProblemCode.UNKNOWN_VALUE, id, all().stream().map(MovementPlan::id).collect(Collectors.joining(", "))));
    }

    private static LegalDocument plan(String id, String number) {
        return SeedDocuments.plan(id, number);
    }

    private static Text title(String vi, String en) {
        return Text.of("Kế hoạch thực hiện " + MOVEMENT_VI + " " + vi, "Plan carrying out " + MOVEMENT_EN + " " + en);
    }

    private static Standard learningUnit(String id, LegalDocument doc, String section, Text label, Optional<AdminLevel> tier,
                                         AwardForm fromForm) {
        return new Standard.HoldsRecognition("plan." + id, label, doc.section(section), "tt24", tier, fromForm);
    }

    private static Standard community(String id, String section, Text label) {
        return new Standard.HoldsRecognition("plan." + id, label, BINH_DUONG_DOCUMENT.section(section), "tt25",
                Optional.empty(), CERTIFICATE_OF_COMMENDATION);
    }

    private static Standard citizen(String id, LegalDocument doc, String section) {
        return new Standard.HoldsTitle("plan." + id, LEARNING_CITIZEN, doc.section(section), LearningTitle.LEARNING_CITIZEN,
                CERTIFICATE_OF_COMMENDATION);
    }
}
