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
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Requirement;

/**
 * Điều 16 Thông tư 25/2023/TT-BGDĐT: the four criteria and sixteen indicators of a provincial Learning
 * Community at Level 1. Criteria 1 to 3 are also Level 2's (Art. 17(1)-(3) refer back here).
 */
public final class Article16 {
    private Article16() {
    }

    static final Citation ARTICLE = Circular25.DOCUMENT.article(16);
    private static final String ID = "tt25.province.l1";

    /** The museum and the radio-TV station must each run at least this many education programmes a year. */
    static final int PROGRAMMES_PER_YEAR = 4;

    /** Khoản 1: leadership and direction. */
    public static final Criterion LEADERSHIP = leadership(ID, ARTICLE.clause(1));
    /** Khoản 2: resources and an enabling environment. */
    public static final Criterion RESOURCES = resources(ID, ARTICLE.clause(2));
    /** Khoản 3: university, schools, library, museum, radio-TV. */
    public static final Criterion INSTITUTIONS = institutions(ID, ARTICLE.clause(3));
    /** Khoản 4: ≥ 90 % of districts at district Level 1 (I-1), poverty down, GRDP up. */
    public static final Criterion EFFECT = effect(ID, ARTICLE.clause(4), Level.LEVEL_1);

    /** Level 1: all four criteria (Art. 18(1)(a)). */
    public static final LevelRule LEVEL_1 = LevelRule.of(ID, Level.LEVEL_1, ARTICLE,
            Text.of("Cộng đồng học tập cấp tỉnh mức độ 1", "Provincial Learning Community, Level 1"),
            LEADERSHIP, RESOURCES, INSTITUTIONS, EFFECT);

    /** Criterion 1 under the level's id; its content is always that of Art. 16(1). */
    static Criterion leadership(String level, Citation cite) {
        return criterion(level + ".c1", cite,
                Text.of("Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp tỉnh",
                        "Leadership and direction by the provincial Party committee and authorities"),
                ARTICLE.clause(1), Article11.AWARENESS_DONE_WELL, Article11.DIRECTING_DOCUMENTS,
                flag("Tổ chức phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời",
                        "An emulation movement for building a learning society and promoting lifelong learning",
                        Tt25Facts.EMULATION_MOVEMENT));
    }

    /** Criterion 2 under the level's id; its content is always that of Art. 16(2). */
    static Criterion resources(String level, Citation cite) {
        return criterion(level + ".c2", cite, Article6.RESOURCES_LABEL, ARTICLE.clause(2), Article11.BUDGET,
                flag("Thực hiện đầy đủ chính sách do trung ương ban hành về học tập suốt đời",
                        "Central lifelong-learning policies implemented in full", Tt25Facts.CENTRAL_POLICIES),
                flag("Ban hành chính sách phù hợp điều kiện kinh tế - xã hội của địa phương để thúc đẩy học tập suốt đời",
                        "Own policies suited to local socio-economic conditions to promote lifelong learning",
                        Tt25Facts.LOCAL_POLICIES),
                flag("Hoạt động, mô hình thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời, xây dựng xã hội học tập",
                        "Activities or models promoting international cooperation on adult education, lifelong learning and the learning society",
                        Tt25Facts.INTERNATIONAL_COOPERATION),
                flag("Các đơn vị cấp tỉnh được trang bị dịch vụ và công cụ số để cán bộ làm việc, học tập trên môi trường số",
                        "Provincial-level units equipped with digital services and tools so that staff work and learn in a digital environment",
                        Tt25Facts.DIGITAL_SERVICES_AND_TOOLS));
    }

    /** Criterion 3 under the level's id; its content is always that of Art. 16(3). */
    static Criterion institutions(String level, Citation cite) {
        Requirement radioTv = Requirement.text(Text.of(
                "xây dựng chủ đề, nội dung học tập; phát sóng ≥ " + PROGRAMMES_PER_YEAR
                        + " chương trình giáo dục mỗi năm; đóng góp tài nguyên số, học liệu mở",
                "learning topics and content developed; ≥ " + PROGRAMMES_PER_YEAR
                        + " education programmes aired a year; contributions to shared digital and open learning resources"));
        return criterion(level + ".c3", cite,
                Text.of("Hiệu quả hoạt động của cơ sở giáo dục được đánh giá, công nhận ở cấp tỉnh, thư viện công cộng cấp tỉnh, bảo tàng tỉnh, đài phát thanh và truyền hình tỉnh",
                        "Effectiveness of the educational institutions evaluated at provincial level, the provincial public library, museum and radio-TV station"),
                ARTICLE.clause(3),
                point("Trường đại học trực thuộc tỉnh thực hiện chuyển đổi số, xây dựng học liệu số",
                        "The province's own university carries out digital transformation and builds digital learning materials",
                        Tt25Measures.ownUniversity(Measures.flag(Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION)))
                        .relyingOn(Interpretation.I_10),
                flag("Cơ sở giáo dục được đánh giá, công nhận ở cấp tỉnh quản lý, dạy và học trên môi trường số",
                        "Institutions evaluated at provincial level manage, teach and learn in a digital environment",
                        Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT),
                flag("Thư viện công cộng cấp tỉnh cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số",
                        "Provincial public library provides lifelong-learning services and applies IT and digital transformation",
                        Tt25Facts.PUBLIC_LIBRARY_SERVICES),
                point("Bảo tàng tỉnh xây dựng, tổ chức ít nhất " + PROGRAMMES_PER_YEAR
                                + " chương trình giáo dục mỗi năm (lịch sử, văn hóa, khoa học, nghệ thuật) cho người dân",
                        "The provincial museum builds and runs at least " + PROGRAMMES_PER_YEAR
                                + " education programmes a year (history, culture, science, art) for the public",
                        Measures.countAtLeast(Tt25Facts.MUSEUM_PROGRAMMES, PROGRAMMES_PER_YEAR)),
                point("Đài phát thanh và truyền hình tỉnh xây dựng chủ đề, nội dung học tập; phát sóng ít nhất " + PROGRAMMES_PER_YEAR
                                + " chương trình giáo dục mỗi năm trên các kênh phát thanh, truyền hình và ứng dụng; "
                                + "đóng góp tài nguyên số dùng chung, học liệu mở trực tuyến",
                        "The provincial radio-TV station develops learning topics and content, airs at least " + PROGRAMMES_PER_YEAR
                                + " education programmes a year on its radio and TV channels and apps, and contributes to "
                                + "shared digital resources and open learning materials online",
                        Tt25Measures.allOf(radioTv,
                                Measures.countAtLeast(Tt25Facts.RADIO_TV_PROGRAMMES, PROGRAMMES_PER_YEAR),
                                Measures.flag(Tt25Facts.RADIO_TV_LEARNING_CONTENT))));
    }

    /** Criterion 4 at one level: ≥ 90 % of districts recognised at that district level; poverty down; GRDP up. */
    static Criterion effect(String level, Citation clause, Level districtLevel) {
        int n = districtLevel.number();
        return criterion(level + ".c4", clause,
                Text.of("Tác dụng của việc xây dựng Cộng đồng học tập cấp tỉnh", "Effect of building the provincial Learning Community"),
                clause,
                point("Tỷ lệ huyện được công nhận Cộng đồng học tập cấp huyện mức độ " + n,
                        "Share of districts recognised as district Learning Community at Level " + n,
                        Tt25Measures.recognisedShare(districtLevel, 90,
                                Text.of("các huyện thuộc tỉnh và quyết định công nhận của từng huyện",
                                        "the districts of the province and their recognitions")))
                        .relyingOn(Tt25Measures.recognisedShareReadings(districtLevel)),
                point("Tỷ lệ hộ nghèo đa chiều giảm so với năm trước liền kề",
                        "Multidimensional poor-household rate lower than the year before",
                        Measures.decreased(Tt25Facts.MULTIDIMENSIONAL_POVERTY_RATE)),
                point("Tổng sản phẩm trên địa bàn (GRDP) tăng so với năm trước liền kề",
                        "Gross regional domestic product (GRDP) higher than the year before", Measures.increased(Tt25Facts.GRDP)));
    }
}
