package io.github.xhht.cli;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.i18n.Text;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small scheme "demo" made for the tool's tests, independent of the real circulars: communes,
 * in force from 2024-02-12; Level 1 needs a plan (flag, with evidence), a share of learners ≥ 60 %
 * and, for communes in a difficult area only, one community learning centre; Level 2 needs ≥ 80 %.
 */
final class Fixture {
    static final LegalDocument DOC = LegalDocument.circular("99/2023/TT-DEMO", Text.of("Thông tư mẫu", "Demo circular"));
    static final FactKey<FactValue.Flag> PLAN = FactKey.flag("plan", Text.of("Kế hoạch", "Plan"));
    static final FactKey<FactValue.Share> LEARNERS = FactKey.share("learners", Text.of("Người học", "Learners"));
    static final FactKey<FactValue.Count> CENTRES = FactKey.count("centres", Text.of("Trung tâm", "Centres"));
    static final LocalDate IN_FORCE = LocalDate.of(2024, 2, 12);
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Fixture() {
    }

    static Scheme scheme() {
        Indicator plan = Indicator.of("demo.commune.l1.c1.i1", DOC.article(5).clause(1).point("a"),
                Text.of("Có kế hoạch học tập", "A learning plan exists"), Measures.flag(PLAN));
        Indicator share60 = Indicator.of("demo.commune.l1.c2.i1", DOC.article(5).clause(2).point("a"),
                Text.of("Tỷ lệ người học", "Share of learners"), Measures.shareAtLeast(LEARNERS, 60));
        Indicator centre = Indicator.of("demo.commune.l1.c2.i2", DOC.article(5).clause(2).point("b"),
                Text.of("Trung tâm học tập cộng đồng", "Community learning centre"), Measures.countAtLeast(CENTRES, 1))
                .applicableWhen(Applicability.when(Text.of("xã thuộc vùng khó khăn", "communes in a difficult area"),
                        s -> s.has(SubjectAttribute.DIFFICULT_AREA)));
        Indicator share80 = Indicator.of("demo.commune.l2.c1.i1", DOC.article(6).clause(1),
                Text.of("Tỷ lệ người học cao", "High share of learners"), Measures.shareAtLeast(LEARNERS, 80));
        LevelRule l1 = LevelRule.of("demo.commune.l1", Level.LEVEL_1, DOC.article(5), Text.of("Mức độ 1", "Level 1"),
                Criterion.of("demo.commune.l1.c1", DOC.article(5).clause(1), Text.of("Tiêu chí 1", "Criterion 1"), plan),
                Criterion.of("demo.commune.l1.c2", DOC.article(5).clause(2), Text.of("Tiêu chí 2", "Criterion 2"), share60, centre));
        LevelRule l2 = LevelRule.of("demo.commune.l2", Level.LEVEL_2, DOC.article(6), Text.of("Mức độ 2", "Level 2"),
                Criterion.of("demo.commune.l2.c1", DOC.article(6).clause(1), Text.of("Tiêu chí 1", "Criterion 1"), share80));
        RuleSet communes = new RuleSet("demo.commune", "demo", Text.of("Xã mẫu", "Demo communes"), DOC, IN_FORCE,
                Optional.empty(), Applicability.when(Text.of("xã", "communes"), s -> s.kind() == SubjectKind.COMMUNE),
                List.of(l1, l2), List.of());
        return new Scheme("demo", Text.of("Bộ mẫu", "Demo scheme"), List.of(communes));
    }

    static Schemes schemes() {
        return Schemes.of(scheme());
    }

    /** A dossier of the demo scheme with {@code learners} of 1,000 and the given extra fact entries. */
    static String dossier(String id, long learners, String... moreFacts) {
        StringBuilder facts = new StringBuilder();
        facts.append("\"plan\": {\"flag\": true, \"evidence\": [{\"document\": \"12/KH-UBND\", \"issuer\": \"UBND xã\","
                + " \"date\": \"2024-01-15\", \"description\": \"Kế hoạch học tập\"}]},");
        facts.append("\"learners\": {\"count\": ").append(learners).append(", \"of\": 1000, \"evidence\": [{\"document\":"
                + " \"BC-05\", \"issuer\": \"UBND xã\", \"date\": \"2024-12-20\", \"description\": \"Báo cáo thống kê\"}]}");
        for (String more : moreFacts) {
            facts.append(',').append(more);
        }
        return "{\"formatVersion\": 1, \"scheme\": \"demo\", \"subject\": {\"kind\": \"commune\", \"id\": \"" + id
                + "\", \"name\": \"Xã Minh Khai\", \"jurisdiction\": \"Hà Nội\"}, \"period\": {\"from\": \"2024-01-01\","
                + " \"to\": \"2024-12-31\"}, \"facts\": {" + facts + "}}";
    }

    /** One run of the tool with captured streams. */
    record Run(int code, String out, String err) {
    }

    static Run run(Path dir, String... args) {
        return run(dir, "", false, args);
    }

    static Run run(Path dir, String stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env env = new Env(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                schemes(), TODAY, dir, terminal);
        int code = new Cli(env).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
