package io.github.xhht.tt25;

import static io.github.xhht.tt25.Points.criterion;
import static io.github.xhht.tt25.Points.flag;
import static io.github.xhht.tt25.Points.point;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Requirement;

/**
 * Điều 6 Thông tư 25/2023/TT-BGDĐT: the five criteria and fifteen indicators of a commune Learning
 * Community at Level 1. Criteria 1 to 3 are also Level 2's (Art. 7(1)-(3) refer back here), so they are
 * built by methods that {@link Article7} calls with its own ids.
 */
public final class Article6 {
    private Article6() {
    }

    static final Citation ARTICLE = Circular25.DOCUMENT.article(6);
    private static final String ID = "tt25.commune.l1";

    /** Criterion 2's name, the same at every tier. */
    static final Text RESOURCES_LABEL = Text.of("Huy động nguồn lực và tạo môi trường thuận lợi",
            "Mobilising resources and creating an enabling environment");

    /** Khoản 1: leadership and direction. */
    public static final Criterion LEADERSHIP = leadership(ID, ARTICLE.clause(1));
    /** Khoản 2: resources and an enabling environment. */
    public static final Criterion RESOURCES = resources(ID, ARTICLE.clause(2));
    /** Khoản 3: community learning centre, library, culture-sports centre. */
    public static final Criterion INSTITUTIONS = institutions(ID, ARTICLE.clause(3));
    /** Khoản 4: Decree 20/2014 standards — primary and lower secondary level 2, literacy level 1. */
    public static final Criterion UNIVERSAL_EDUCATION = universalEducation(ID, ARTICLE.clause(4), 2, 1);
    /** Khoản 5: Learning Citizens ≥ 60 %; trained ≥ 50 % and university ≥ 12 % (difficult area 40 % and 10 %). */
    public static final Criterion EFFECT = effect(ID, ARTICLE.clause(5), 60, 50, 12, 40, 10);

    /** Level 1: all five criteria (Art. 8(1)(a)). */
    public static final LevelRule LEVEL_1 = LevelRule.of(ID, Level.LEVEL_1, ARTICLE,
            Text.of("Cộng đồng học tập cấp xã mức độ 1", "Commune Learning Community, Level 1"),
            LEADERSHIP, RESOURCES, INSTITUTIONS, UNIVERSAL_EDUCATION, EFFECT);

    /** Criterion 1 under the level's id; its content is always that of Art. 6(1). */
    static Criterion leadership(String level, Citation cite) {
        return criterion(level + ".c1", cite,
                Text.of("Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã",
                        "Leadership and direction by the commune Party committee and authorities"),
                ARTICLE.clause(1),
                point("Tuyên truyền nâng cao nhận thức về học tập suốt đời, xây dựng xã hội học tập",
                        "Awareness-raising on lifelong learning and the learning society",
                        // the check of clause 5's one denominator rides on the level's first indicator
                        Tt25Measures.oneWhole(Measures.flag(Tt25Facts.AWARENESS_RAISING), Tt25Facts.CITIZEN_SHARES)),
                flag("Có chương trình, kế hoạch xây dựng xã hội học tập hằng năm và thực hiện đầy đủ",
                        "A yearly learning-society programme or plan, fully implemented", Tt25Facts.ANNUAL_PLAN),
                flag("Tuần lễ hưởng ứng học tập suốt đời: có kế hoạch, hoạt động cụ thể và báo cáo theo quy định",
                        "Lifelong Learning Week: a plan, concrete activities and reporting as required",
                        Tt25Facts.LIFELONG_LEARNING_WEEK));
    }

    /** Criterion 2 under the level's id; its content is always that of Art. 6(2). */
    static Criterion resources(String level, Citation cite) {
        return criterion(level + ".c2", cite, RESOURCES_LABEL, ARTICLE.clause(2),
                flag("Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định cho công tác xây dựng xã hội học tập",
                        "Sufficient annual state-budget funding, as the budget law provides, for building a learning society",
                        Tt25Facts.STATE_BUDGET),
                flag("Huy động nguồn lực xã hội, có kết quả tích cực", "Social resources mobilised, with positive results",
                        Tt25Facts.SOCIAL_MOBILISATION),
                flag("Có cơ chế phối hợp giữa Hội Khuyến học, các tổ chức chính trị - xã hội, nhà trường và thiết chế văn hóa",
                        "A coordination mechanism among the Association for Promoting Education, socio-political organisations, schools and cultural institutions",
                        Tt25Facts.COORDINATION_MECHANISM));
    }

    /** Criterion 3 under the level's id; its content is always that of Art. 6(3). */
    static Criterion institutions(String level, Citation cite) {
        return criterion(level + ".c3", cite,
                Text.of("Hiệu quả hoạt động của trung tâm học tập cộng đồng, thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã",
                        "Effectiveness of the community learning centre, the commune public library and the commune culture-sports centre"),
                ARTICLE.clause(3),
                flag("Trung tâm học tập cộng đồng có 1 phòng làm việc đủ bàn, ghế, tủ, giá, có tủ sách dùng chung và thiết bị công nghệ thông tin phù hợp phục vụ hoạt động học tập suốt đời",
                        "Community learning centre with one office furnished with desks, chairs, cabinets and shelves, a shared bookcase and suitable IT equipment for lifelong-learning activities",
                        Tt25Facts.COMMUNITY_LEARNING_CENTRE),
                flag("Thư viện công cộng cấp xã ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và phục vụ học tập suốt đời",
                        "Commune public library applies IT and digital transformation in its management and its lifelong-learning services",
                        Tt25Facts.COMMUNE_LIBRARY),
                flag("Trung tâm văn hóa, thể thao cấp xã có lớp năng khiếu, câu lạc bộ, nhóm sở thích và thường xuyên tổ chức hoạt động văn hóa, thể thao thu hút người dân",
                        "Commune culture-sports centre has talent classes, clubs or interest groups and regularly runs cultural and sports activities that draw residents",
                        Tt25Facts.CULTURE_SPORTS_CENTRE));
    }

    /**
     * Criterion 4 at one level: pre-school for 5-year-olds, primary and lower secondary at
     * {@code schooling}, literacy at {@code literacy} (recognised under Decree 20/2014/NĐ-CP).
     */
    static Criterion universalEducation(String level, Citation clause, int schooling, int literacy) {
        return criterion(level + ".c4", clause,
                Text.of("Kết quả phổ cập giáo dục, xóa mù chữ", "Results in universal education and literacy"), clause,
                flag("Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "Universal pre-school education for 5-year-olds",
                        Tt25Facts.UNIVERSAL_PRESCHOOL),
                point("Đạt chuẩn phổ cập giáo dục tiểu học mức độ " + schooling, "Universal primary education, level " + schooling,
                        Tt25Measures.levelAtLeast(Tt25Facts.UNIVERSAL_PRIMARY, schooling, 3)),
                point("Đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ " + schooling,
                        "Universal lower-secondary education, level " + schooling,
                        Tt25Measures.levelAtLeast(Tt25Facts.UNIVERSAL_LOWER_SECONDARY, schooling, 3)),
                point("Đạt chuẩn xóa mù chữ mức độ " + literacy, "Literacy, level " + literacy,
                        Tt25Measures.levelAtLeast(Tt25Facts.LITERACY, literacy, 2)));
    }

    /**
     * Criterion 5 at one level: the Learning Citizen share, then the trained and university-educated
     * shares with their difficult-area variants (I-9: the TT 25 attribute only).
     */
    static Criterion effect(String level, Citation clause, int learningCitizens, int trained, int university,
                            int trainedDifficult, int universityDifficult) {
        Requirement workforce = Requirement.text(Text.of(
                "≥ " + trained + "% công dân có trình độ chuyên môn kỹ thuật và ≥ " + university
                        + "% có trình độ đại học trở lên; xã thuộc vùng khó khăn: ≥ " + trainedDifficult + "% và ≥ "
                        + universityDifficult + "%",
                "≥ " + trained + "% of citizens with vocational or technical qualifications and ≥ " + university
                        + "% with a university degree or higher; commune in a difficult area: ≥ " + trainedDifficult
                        + "% and ≥ " + universityDifficult + "%"));
        Measure shares = Tt25Measures.byDifficultArea(workforce,
                workforce(workforce, trained, university), workforce(workforce, trainedDifficult, universityDifficult));
        return criterion(level + ".c5", clause,
                Text.of("Tác dụng của việc xây dựng Cộng đồng học tập cấp xã", "Effect of building the commune Learning Community"),
                clause,
                point("Công dân trong xã đạt danh hiệu \"Công dân học tập\"",
                        "Citizens of the commune holding the \"Learning Citizen\" title",
                        Measures.shareAtLeast(Tt25Facts.LEARNING_CITIZENS, learningCitizens)),
                point("Công dân có trình độ chuyên môn kỹ thuật, trình độ đại học trở lên",
                        "Citizens with vocational or technical qualifications, and with a university degree or higher", shares)
                        .relyingOn(Interpretation.I_9));
    }

    private static Measure workforce(Requirement requirement, int trained, int university) {
        return Tt25Measures.allOf(requirement, Measures.shareAtLeast(Tt25Facts.TRAINED_CITIZENS, trained),
                Measures.shareAtLeast(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, university));
    }
}
