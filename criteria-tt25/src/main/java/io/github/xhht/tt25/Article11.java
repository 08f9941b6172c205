package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
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

    static final Text EFFECT_LABEL = Text.of("Tác dụng của việc xây dựng Cộng đồng học tập cấp huyện",
            "Effect of building the district Learning Community");
    static final Text COMMUNES = Text.of("các xã thuộc huyện và quyết định công nhận của từng xã",
            "the communes of the district and their recognitions");

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
        Citation clause = ARTICLE.clause(1);
        String id = level + ".c1";
        return Criterion.of(id, cite,
                Text.of("Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp huyện",
                        "Leadership and direction by the district Party committee and authorities"),
                Indicator.of(id + ".i1", clause.point("a"),
                        Text.of("Thực hiện tốt công tác tuyên truyền về học tập suốt đời, xây dựng xã hội học tập",
                                "Awareness-raising on lifelong learning and the learning society done well"),
                        Measures.flag(Tt25Facts.AWARENESS_RAISING)),
                Indicator.of(id + ".i2", clause.point("b"),
                        Text.of("Ban hành theo thẩm quyền chương trình, kế hoạch, văn bản chỉ đạo; thực hiện đầy đủ, kịp thời",
                                "Programmes, plans and guidance issued within its powers and implemented fully and on time"),
                        Measures.flag(Tt25Facts.DIRECTING_DOCUMENTS)),
                Indicator.of(id + ".i3", clause.point("c"),
                        Text.of("Tuần lễ hưởng ứng học tập suốt đời: có kế hoạch, hoạt động cụ thể và báo cáo",
                                "Lifelong Learning Week: a plan, concrete activities and reporting"),
                        Measures.flag(Tt25Facts.LIFELONG_LEARNING_WEEK)));
    }

    /** Criterion 2 under the level's id; its content is always that of Art. 11(2). */
    static Criterion resources(String level, Citation cite) {
        Citation clause = ARTICLE.clause(2);
        String id = level + ".c2";
        return Criterion.of(id, cite, Article6.RESOURCES_LABEL,
                Indicator.of(id + ".i1", clause.point("a"),
                        Text.of("Bố trí đủ kinh phí hằng năm", "Sufficient annual funding"),
                        Measures.flag(Tt25Facts.STATE_BUDGET)),
                Indicator.of(id + ".i2", clause.point("b"),
                        Text.of("Huy động nguồn lực xã hội, có kết quả tích cực",
                                "Social resources mobilised, with positive results"),
                        Measures.flag(Tt25Facts.SOCIAL_MOBILISATION)),
                Indicator.of(id + ".i3", clause.point("c"),
                        Text.of("Thực hiện đầy đủ chính sách của trung ương và của tỉnh về học tập suốt đời",
                                "Central and provincial lifelong-learning policies implemented in full"),
                        Measures.flag(Tt25Facts.CENTRAL_AND_PROVINCIAL_POLICIES)),
                Indicator.of(id + ".i4", clause.point("d"),
                        Text.of("Các đơn vị cấp huyện được trang bị dịch vụ và công cụ số",
                                "District-level units equipped with digital services and tools"),
                        Measures.flag(Tt25Facts.DIGITAL_SERVICES_AND_TOOLS)));
    }

    /** Criterion 3 under the level's id; its content is always that of Art. 11(3). */
    static Criterion institutions(String level, Citation cite) {
        Citation clause = ARTICLE.clause(3);
        String id = level + ".c3";
        return Criterion.of(id, cite,
                Text.of("Hiệu quả hoạt động của cơ sở giáo dục được đánh giá, công nhận ở cấp huyện, thư viện công cộng cấp huyện, trung tâm văn hóa, thể thao cấp huyện",
                        "Effectiveness of the educational institutions evaluated at district level, the district public library and the district culture-sports centre"),
                Indicator.of(id + ".i1", clause.point("a"),
                        Text.of("Cơ sở giáo dục được đánh giá, công nhận ở cấp huyện quản lý, dạy và học trên môi trường số",
                                "Institutions evaluated at district level manage, teach and learn in a digital environment"),
                        Measures.flag(Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT)),
                Indicator.of(id + ".i2", clause.point("b"),
                        Text.of("Thư viện công cộng cấp huyện cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số",
                                "District public library provides lifelong-learning services and applies IT and digital transformation"),
                        Measures.flag(Tt25Facts.PUBLIC_LIBRARY_SERVICES)),
                Indicator.of(id + ".i3", clause.point("c"),
                        Text.of("Trung tâm văn hóa, thể thao cấp huyện tổ chức nhiều hoạt động văn hóa, thể thao gắn với các xã",
                                "District culture-sports centre runs many cultural and sports activities linked with the communes"),
                        Measures.flag(Tt25Facts.CULTURE_SPORTS_WITH_COMMUNES)));
    }

    /** Criterion 4 at one level: ≥ 90 % of communes recognised at that commune level; income and employment up. */
    static Criterion effect(String level, Citation clause, Level communeLevel) {
        String id = level + ".c4";
        int n = communeLevel.number();
        return Criterion.of(id, clause, EFFECT_LABEL,
                Indicator.of(id + ".i1", clause.point("a"),
                        Text.of("Tỷ lệ xã được công nhận Cộng đồng học tập cấp xã mức độ " + n,
                                "Share of communes recognised as commune Learning Community at Level " + n),
                        Tt25Measures.recognisedShare(communeLevel, 90, COMMUNES)),
                Indicator.of(id + ".i2", clause.point("b"),
                        Text.of("Thu nhập bình quân đầu người tăng so với năm trước liền kề",
                                "Per-capita income higher than the year before"),
                        Measures.increased(Tt25Facts.INCOME_PER_CAPITA)),
                Indicator.of(id + ".i3", clause.point("c"),
                        Text.of("Tỷ lệ lao động có việc làm tăng so với năm trước liền kề",
                                "Employed share of the labour force higher than the year before"),
                        Measures.increased(Tt25Facts.EMPLOYED_LABOUR_RATE)));
    }
}
