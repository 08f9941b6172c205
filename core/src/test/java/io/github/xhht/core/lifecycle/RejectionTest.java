package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.AnyOf;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RejectionTest {
    // a small rule set shaped like a commune level: one share, one alternative, one flag
    static final FactKey<FactValue.Share> CITIZENS = FactKey.share("learningCitizens", Text.of("Công dân học tập", "learning citizens"));
    static final FactKey<FactValue.Flag> PLAN_A = FactKey.flag("planA", Text.of("Kế hoạch A", "plan A"));
    static final FactKey<FactValue.Flag> PLAN_B = FactKey.flag("planB", Text.of("Kế hoạch B", "plan B"));
    static final FactKey<FactValue.Flag> REPORT = FactKey.flag("report", Text.of("Báo cáo", "report"));
    static final Citation C1 = Documents.TT25.article(6).clause(5).point("a");

    static final LevelRule LEVEL_1 = LevelRule.of("t.l1", Level.LEVEL_1, Documents.TT25.article(6), Text.of("Mức độ 1", "Level 1"),
            Criterion.of("t.l1.c1", Documents.TT25.article(6).clause(5), Text.of("Tiêu chí 5", "Criterion 5"),
                    Indicator.of("t.l1.c1.i1", C1, Text.of("Tỷ lệ công dân học tập", "share of learning citizens"),
                            Measures.shareAtLeast(CITIZENS, 60))),
            Criterion.of("t.l1.c2", Documents.TT25.article(6).clause(1), Text.of("Tiêu chí 1", "Criterion 1"),
                    AnyOf.of(
                            Indicator.of("t.l1.c2.a", Documents.TT25.article(6).clause(1).point("a"), Text.of("Kế hoạch A", "plan A"), Measures.flag(PLAN_A)),
                            Indicator.of("t.l1.c2.b", Documents.TT25.article(6).clause(1).point("b"), Text.of("Kế hoạch B", "plan B"), Measures.flag(PLAN_B)))),
            Criterion.of("t.l1.c3", Documents.TT25.article(6).clause(2), Text.of("Tiêu chí 2", "Criterion 2"),
                    Indicator.of("t.l1.c3.i1", Documents.TT25.article(6).clause(2).point("a"), Text.of("Báo cáo", "report"), Measures.flag(REPORT))));

    static final RuleSet RULES = new RuleSet("t", "tt25", Text.of("thử", "test"), Documents.TT25, LocalDate.of(2024, 2, 12),
            Optional.empty(), Applicability.ALWAYS, List.of(LEVEL_1), List.of());

    static final Evidence EVIDENCE = Evidence.of("12/KH-UBND", "UBND xã", LocalDate.of(2024, 1, 15), "Kế hoạch");

    static Decision decide(long learning) {
        return decide(learning, false);
    }

    static Decision decide(long learning, boolean report) {
        Subject commune = Subject.builder(SubjectKind.COMMUNE, "VN-01-00001", "Xã Minh Khai").jurisdiction("Hà Nội").build();
        Dossier.Builder b = Dossier.builder("tt25", commune, AssessmentPeriod.calendarYear(2024))
                .fact(CITIZENS, new FactValue.Share(learning, 1000), EVIDENCE)
                .fact(PLAN_A, FactValue.Flag.of(false), EVIDENCE)
                .fact(PLAN_B, FactValue.Flag.of(true), EVIDENCE);
        if (report) {
            b.fact(REPORT, FactValue.Flag.of(true), EVIDENCE);
        }
        return RULES.evaluate(b.build(), LocalDate.of(2025, 3, 1), Interpretations.defaults());
    }

    @Test
    void theReasonsAreTheFailingIndicatorsNotTheAlternativeMetElsewhere() {
        Rejection r = Rejection.of(Track.TT25_COMMUNE, decide(599), Level.LEVEL_1).orElseThrow();
        assertEquals(List.of("t.l1.c1.i1"), r.notMet().stream().map(Finding::id).toList());
        assertEquals(List.of("t.l1.c3.i1"), r.unknown().stream().map(Finding::id).toList(), "no report value: unknown, not failed");
        assertEquals(2, r.lines(Lang.EN).size());
        String en = r.message(Lang.EN);
        assertTrue(en.startsWith("Level 1 not met, for these reasons (Article 9(2) of Circular 25/2023/TT-BGDĐT)"), en);
        assertTrue(en.contains("\n- share of learning citizens (Article 6(5)(a) of Circular 25/2023/TT-BGDĐT): share "), en);
        assertTrue(en.contains("below the required 60%"), en);
        assertTrue(en.contains("report (Article 6(2)(a) of Circular 25/2023/TT-BGDĐT): the dossier does not give"), en);
        String vi = r.message(Lang.VI);
        assertTrue(vi.startsWith("không đạt Mức độ 1, vì các lý do sau (khoản 2 Điều 9 Thông tư 25/2023/TT-BGDĐT)"), vi);
        assertTrue(vi.contains("Tỷ lệ công dân học tập (điểm a khoản 5 Điều 6 Thông tư 25/2023/TT-BGDĐT)"), vi);
    }

    @Test
    void theWrittenReplyCitesThePointThatRequiresIt() {
        // TT 24 Art. 10(2)(d), 16(2)(d) [text]: the reply states why; TT 25's point letter is not recorded, so its clause
        Map<Track, String> expected = Map.of(
                Track.TT24_DISTRICT, "Article 10(2)(d) of Circular 24/2023/TT-BGDĐT",
                Track.TT24_PROVINCE, "Article 16(2)(d) of Circular 24/2023/TT-BGDĐT",
                Track.TT25_COMMUNE, "Article 9(2) of Circular 25/2023/TT-BGDĐT",
                Track.TT25_DISTRICT, "Article 14(2) of Circular 25/2023/TT-BGDĐT",
                Track.TT25_PROVINCE, "Article 19(2) of Circular 25/2023/TT-BGDĐT");
        Decision d = decide(599);
        expected.forEach((track, citation) -> assertEquals(citation,
                Rejection.of(track, d, Level.LEVEL_1).orElseThrow().reason().citation().orElseThrow().render(Lang.EN)));
    }

    @Test
    void aMetLevelHasNoRejection() {
        assertEquals(Optional.empty(), Rejection.of(Track.TT25_COMMUNE, decide(600, true), Level.LEVEL_1));
        Decision d = decide(600);
        // only the unknown report keeps the level from being met: still a rejection, with no not-met finding
        Rejection r = Rejection.of(Track.TT25_COMMUNE, d, Level.LEVEL_1).orElseThrow();
        assertEquals(List.of(), r.notMet());
        assertEquals(1, r.unknown().size());
        assertThrows(IllegalArgumentException.class, () -> Rejection.of(Track.TT25_COMMUNE, d, Level.LEVEL_2));
    }
}
