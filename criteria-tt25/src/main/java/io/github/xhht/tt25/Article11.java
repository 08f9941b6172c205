package io.github.xhht.tt25;

import static io.github.xhht.tt25.Points.criterion;
import static io.github.xhht.tt25.Points.flag;
import static io.github.xhht.tt25.Points.point;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;

/**
 * Điều 11 Thông tư 25/2023/TT-BGDĐT: the four criteria and thirteen indicators of a district Learning
 * Community at Level 1. Criteria 1 to 3 are also Level 2's (Art. 12(1)-(3) refer back here).
 */
public final class Article11 {
    private Article11() {
    }

    static final Citation ARTICLE = Circular25.DOCUMENT.article(11);
    private static final String ID = "tt25.district.l1";

    /** Point (a) of clause 1, worded alike in Art. 16(1)(a). */
    static final Points.Point AWARENESS_DONE_WELL = flag(
            "Thực hiện tốt công tác tuyên truyền về học tập suốt đời, xây dựng xã hội học tập",
            "Awareness-raising on lifelong learning and the learning society done well", Tt25Facts.AWARENESS_RAISING);
    /** Point (b) of clause 1, worded alike in Art. 16(1)(b). */
    static final Points.Point DIRECTING_DOCUMENTS = flag(
            "Ban hành theo thẩm quyền chương trình, kế hoạch, văn bản chỉ đạo; thực hiện đầy đủ, kịp thời",
            "Programmes, plans and guidance issued within its powers and implemented fully and on time",
            Tt25Facts.DIRECTING_DOCUMENTS);
    /** Point (a) of clause 2, worded alike in Art. 16(2)(a). */
    static final Points.Point BUDGET = flag("Bố trí đủ kinh phí hằng năm", "Sufficient annual funding", Tt25Facts.STATE_BUDGET);

    /** Khoản 1: leadership and direction. */
    public static final Criterion LEADERSHIP = leadership(ID, ARTICLE.clause(1));
    /** Khoản 2: resources and an enabling environment. */
    public static final Criterion RESOURCES = resources(ID, ARTICLE.clause(2));
    /** Khoản 3: district-managed schools, library, culture-sports centre. */
    public static final Criterion INSTITUTIONS = institutions(ID, ARTICLE.clause(3));
    /** Khoản 4: ≥ 90 % of communes at commune Level 1 (I-1), income and employment up. */
    public static final Criterion EFFECT = effect(ID, ARTICLE.clause(4), Level.LEVEL_1);

    /** Level 1: all four criteria (Art. 13(1)(a)). */
    public static final LevelRule LEVEL_1 = LevelRule.of(ID, Level.LEVEL_1, ARTICLE,
            Text.of("Cộng đồng học tập cấp huyện mức độ 1", "District Learning Community, Level 1"),
            LEADERSHIP, RESOURCES, INSTITUTIONS, EFFECT);

    /** Criterion 1 under the level's id; its content is always that of Art. 11(1). */
    static Criterion leadership(String level, Citation cite) {
        return criterion(level + ".c1", cite,
                Text.of("Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp huyện",
                        "Leadership and direction by the district Party committee and authorities"),
                ARTICLE.clause(1), AWARENESS_DONE_WELL, DIRECTING_DOCUMENTS,
                flag("Tuần lễ hưởng ứng học tập suốt đời: có kế hoạch, hoạt động cụ thể và báo cáo",
                        "Lifelong Learning Week: a plan, concrete activities and reporting", Tt25Facts.LIFELONG_LEARNING_WEEK));
    }

    /** Criterion 2 under the level's id; its content is always that of Art. 11(2). */
    static Criterion resources(String level, Citation cite) {
        return criterion(level + ".c2", cite, Article6.RESOURCES_LABEL, ARTICLE.clause(2), BUDGET,
                flag("Huy động nguồn lực xã hội, có kết quả tích cực", "Social resources mobilised, with positive results",
                        Tt25Facts.SOCIAL_MOBILISATION),
                flag("Thực hiện đầy đủ chính sách của trung ương và của tỉnh về học tập suốt đời",
                        "Central and provincial lifelong-learning policies implemented in full",
                        Tt25Facts.CENTRAL_AND_PROVINCIAL_POLICIES),
                flag("Các đơn vị cấp huyện được trang bị dịch vụ và công cụ số để cán bộ làm việc, học tập trên môi trường số",
                        "District-level units equipped with digital services and tools so that staff work and learn in a digital environment",
                        Tt25Facts.DIGITAL_SERVICES_AND_TOOLS));
    }

    /** Criterion 3 under the level's id; its content is always that of Art. 11(3). */
    static Criterion institutions(String level, Citation cite) {
        return criterion(level + ".c3", cite,
                Text.of("Hiệu quả hoạt động của cơ sở giáo dục được đánh giá, công nhận ở cấp huyện, thư viện công cộng cấp huyện, trung tâm văn hóa, thể thao cấp huyện",
                        "Effectiveness of the educational institutions evaluated at district level, the district public library and the district culture-sports centre"),
                ARTICLE.clause(3),
                flag("Cơ sở giáo dục được đánh giá, công nhận ở cấp huyện quản lý, dạy và học trên môi trường số",
                        "Institutions evaluated at district level manage, teach and learn in a digital environment",
                        Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT),
                flag("Thư viện công cộng cấp huyện cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số",
                        "District public library provides lifelong-learning services and applies IT and digital transformation",
                        Tt25Facts.PUBLIC_LIBRARY_SERVICES),
                flag("Trung tâm văn hóa, thể thao cấp huyện tổ chức nhiều hoạt động văn hóa, thể thao gắn với các xã",
                        "District culture-sports centre runs many cultural and sports activities linked with the communes",
                        Tt25Facts.CULTURE_SPORTS_WITH_COMMUNES));
    }

    /** Criterion 4 at one level: ≥ 90 % of communes recognised at that commune level; income and employment up. */
    static Criterion effect(String level, Citation clause, Level communeLevel) {
        int n = communeLevel.number();
        return criterion(level + ".c4", clause,
                Text.of("Tác dụng của việc xây dựng Cộng đồng học tập cấp huyện", "Effect of building the district Learning Community"),
                clause,
                point("Tỷ lệ xã được công nhận Cộng đồng học tập cấp xã mức độ " + n,
                        "Share of communes recognised as commune Learning Community at Level " + n,
                        Tt25Measures.recognisedShare(communeLevel, 90,
                                Text.of("các xã thuộc huyện và quyết định công nhận của từng xã",
                                        "the communes of the district and their recognitions")))
                        .relyingOn(Tt25Measures.recognisedShareReadings(communeLevel)),
                point("Thu nhập bình quân đầu người tăng so với năm trước liền kề", "Per-capita income higher than the year before",
                        Measures.increased(Tt25Facts.INCOME_PER_CAPITA)),
                point("Tỷ lệ lao động có việc làm tăng so với năm trước liền kề",
                        "Employed share of the labour force higher than the year before",
                        Measures.increased(Tt25Facts.EMPLOYED_LABOUR_RATE)));
    }
}
