package io.github.xhht.core.demo;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A toy scheme that shows the engine end to end: recognising a reading club ("câu lạc bộ đọc sách") at
 * two levels under an invented regulation. Nothing here is law; it is written the way the real
 * criteria modules are: one cited indicator per point, vi + en labels, facts shared between levels.
 */
public final class ReadingClub {
    public static final String SCHEME = "reading";
    public static final String RULE_SET = "reading.club";
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2024, 2, 12);

    /** The invented regulation. */
    public static final LegalDocument REGULATION = new LegalDocument("QĐ01/2024/QĐ-CLB", LegalDocument.DECISION,
            "01/2024/QĐ-CLB", Text.of("Quy chế công nhận câu lạc bộ đọc sách", "Rules on recognising reading clubs"));

    public static final FactKey<FactValue.Flag> PLAN =
            FactKey.flag("activityPlan", Text.of("Kế hoạch hoạt động năm", "Annual activity plan"));
    public static final FactKey<FactValue.Count> MEETINGS =
            FactKey.count("meetings", Text.of("Số buổi sinh hoạt trong năm", "Meetings held in the year"));
    public static final FactKey<FactValue.Share> MEMBERS_READING = FactKey.share("membersReading",
            Text.of("Thành viên đọc ít nhất 12 cuốn sách trong năm", "Members who read at least 12 books in the year"));
    public static final FactKey<FactValue.Flag> ACCESSIBLE_SHELF =
            FactKey.flag("accessibleShelf", Text.of("Tủ sách chữ nổi, sách nói", "Braille and audio book shelf"));
    public static final FactKey<FactValue.Trend> LOANS = FactKey.trend("bookLoans", Text.of("Số lượt mượn sách", "Book loans"));
    public static final FactKey<FactValue.Count> VOLUNTEERS = FactKey.count("volunteers",
            Text.of("Số tình nguyện viên đọc sách cho trẻ em", "Volunteers reading to children"));

    /** Only public clubs must keep an accessible shelf. */
    public static final Applicability PUBLIC_CLUBS = Applicability.when(
            Text.of("câu lạc bộ công lập", "public clubs"), s -> s.has(SubjectAttribute.PUBLIC_INSTITUTION));

    /** Clubs are units. */
    public static final Applicability CLUBS = Applicability.when(
            Text.of("câu lạc bộ (đơn vị)", "clubs (units)"), s -> s.kind() == SubjectKind.UNIT);

    private ReadingClub() {
    }

    private static Citation article(int article, int clause) {
        return REGULATION.article(article).clause(clause);
    }

    /** Level 1, Article 3: the club is organised (clause 1) and its members read (clause 2). */
    static LevelRule level1() {
        return LevelRule.of("reading.club.l1", Level.LEVEL_1, REGULATION.article(3),
                Text.of("Câu lạc bộ đọc sách mức độ 1", "Reading club, Level 1"),
                Criterion.of("reading.club.l1.c1", article(3, 1), Text.of("Tổ chức hoạt động", "Organisation"),
                        Indicator.of("reading.club.l1.c1.i1", article(3, 1).point("a"),
                                Text.of("Có kế hoạch hoạt động năm", "Has an annual activity plan"), Measures.flag(PLAN)),
                        Indicator.of("reading.club.l1.c1.i2", article(3, 1).point("b"),
                                Text.of("Sinh hoạt ít nhất 12 buổi/năm", "Meets at least 12 times a year"),
                                Measures.countAtLeast(MEETINGS, 12))),
                Criterion.of("reading.club.l1.c2", article(3, 2), Text.of("Kết quả đọc", "Reading"),
                        Indicator.of("reading.club.l1.c2.i1", article(3, 2).point("a"),
                                Text.of("Ít nhất 50% thành viên đọc 12 cuốn/năm", "At least 50% of members read 12 books a year"),
                                Measures.shareAtLeast(MEMBERS_READING, 50)),
                        Indicator.of("reading.club.l1.c2.i2", article(3, 2).point("b"),
                                Text.of("Có tủ sách chữ nổi, sách nói", "Keeps a Braille and audio book shelf"),
                                Measures.flag(ACCESSIBLE_SHELF)).applicableWhen(PUBLIC_CLUBS)));
    }

    /** Level 2, Article 4: more reading (clause 1) and reach beyond the club (clause 2). */
    static LevelRule level2() {
        return LevelRule.of("reading.club.l2", Level.LEVEL_2, REGULATION.article(4),
                Text.of("Câu lạc bộ đọc sách mức độ 2", "Reading club, Level 2"),
                Criterion.of("reading.club.l2.c1", article(4, 1), Text.of("Kết quả đọc nâng cao", "More reading"),
                        Indicator.of("reading.club.l2.c1.i1", article(4, 1).point("a"),
                                Text.of("Ít nhất 70% thành viên đọc 12 cuốn/năm", "At least 70% of members read 12 books a year"),
                                Measures.shareAtLeast(MEMBERS_READING, 70)),
                        Indicator.of("reading.club.l2.c1.i2", article(4, 1).point("b"),
                                Text.of("Sinh hoạt ít nhất 24 buổi/năm", "Meets at least 24 times a year"),
                                Measures.countAtLeast(MEETINGS, 24))),
                Criterion.of("reading.club.l2.c2", article(4, 2), Text.of("Lan tỏa", "Reach"),
                        Indicator.of("reading.club.l2.c2.i1", article(4, 2).point("a"),
                                Text.of("Lượt mượn sách tăng so với năm trước", "Book loans up on the year before"),
                                Measures.increased(LOANS)),
                        Indicator.of("reading.club.l2.c2.i2", article(4, 2).point("b"),
                                Text.of("Ít nhất 3 tình nguyện viên đọc sách cho trẻ em", "At least 3 volunteers read to children"),
                                Measures.countAtLeast(VOLUNTEERS, 3))));
    }

    public static RuleSet ruleSet() {
        return new RuleSet(RULE_SET, SCHEME, Text.of("Câu lạc bộ đọc sách", "Reading clubs"), REGULATION, IN_FORCE_FROM,
                Optional.empty(), CLUBS, List.of(level1(), level2()), List.of());
    }

    public static Scheme scheme() {
        return new Scheme(SCHEME, Text.of("Câu lạc bộ đọc sách", "Reading clubs"), List.of(ruleSet()));
    }
}
