package io.github.xhht.core.fuzz;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.AnyOf;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.AppliesWhen;
import io.github.xhht.core.rule.AtLeast;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Not;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A synthetic scheme ({@code probe}) that uses every rule form, every measure and every fact kind of core,
 * so the fuzz and concurrency tests exercise all of core's evaluation without depending on a real circular.
 * It encodes no law: its citations point at a made-up document.
 */
public final class ProbeScheme {
    public static final String ID = "probe";
    /** The first day the probe rules are in force; earlier as-of dates get NO_RULE_SET_IN_FORCE. */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2024, 2, 12);

    static final LegalDocument DOC = LegalDocument.circular("0/0000/TT-PROBE", Text.of("Thông tư thử", "Probe circular"));

    public static final FactKey<FactValue.Flag> AWARENESS = FactKey.flag("awarenessRaising", Text.of("Tuyên truyền", "Awareness raising"));
    public static final FactKey<FactValue.Share> LEARNING = FactKey.share("learningCitizens", Text.of("Công dân học tập", "Learning citizens"));
    public static final FactKey<FactValue.Count> PROGRAMMES = FactKey.count("programmes", Text.of("Chương trình", "Programmes"));
    public static final FactKey<FactValue.LevelValue> PRIMARY = FactKey.level("universalPrimaryLevel", Text.of("Phổ cập tiểu học", "Universal primary"));
    public static final FactKey<FactValue.Trend> INCOME = FactKey.trend("incomePerCapita", Text.of("Thu nhập bình quân", "Income per capita"));
    public static final FactKey<FactValue.Trend> POOR = FactKey.trend("poorHouseholds", Text.of("Hộ nghèo", "Poor households"));
    public static final FactKey<FactValue.Title> TITLE = FactKey.title("collectiveTitle", Text.of("Danh hiệu", "Title"));
    public static final FactKey<FactValue.Flag> VIOLATION = FactKey.flag("seriousViolation", Text.of("Vi phạm", "Violation"));
    public static final FactKey<FactValue.DateValue> REVIEWED = FactKey.date("reviewedOn", Text.of("Ngày rà soát", "Reviewed on"));
    public static final FactKey<FactValue.Amount> BUDGET = FactKey.amount("budget", Text.of("Kinh phí", "Budget"));

    /** Title codes, lowest first. */
    public static final List<String> TITLES = List.of("LABOUR_COLLECTIVE", "ADVANCED_LABOUR_COLLECTIVE", "EXCELLENT_LABOUR_COLLECTIVE");

    private ProbeScheme() {
    }

    /** The probe scheme: one rule set for communes, Levels 1 and 2. */
    public static Scheme scheme() {
        return new Scheme(ID, Text.of("Thử", "Probe"), List.of(ruleSet()));
    }

    /** The probe rule set. */
    public static RuleSet ruleSet() {
        Applicability notDifficult = Applicability.when(Text.of("xã không thuộc vùng khó khăn", "commune outside difficult areas"),
                s -> !s.has(SubjectAttribute.DIFFICULT_AREA));
        Indicator awareness = indicator("probe.l1.c1.i1", 1, AWARENESS, Measures.flag(AWARENESS));
        Indicator learning = indicator("probe.l1.c1.i2", 2, LEARNING, Measures.shareAtLeast(LEARNING, 60)).relyingOn(Interpretation.I_2);
        Indicator programmes = indicator("probe.l1.c2.i1", 3, PROGRAMMES, Measures.countAtLeast(PROGRAMMES, 4));
        Indicator primary = indicator("probe.l1.c2.i2", 4, PRIMARY, Measures.levelAtLeast(PRIMARY, 2)).applicableWhen(notDifficult);
        Indicator income = indicator("probe.l1.c3.i1", 5, INCOME, Measures.increased(INCOME));
        Indicator title = indicator("probe.l1.c3.i2", 6, TITLE, Measures.titleAtLeast(TITLE, TITLES,
                List.of(Text.of("Tập thể lao động", "Labour collective"), Text.of("Tập thể lao động tiên tiến", "Advanced labour collective"),
                        Text.of("Tập thể lao động xuất sắc", "Excellent labour collective")), "ADVANCED_LABOUR_COLLECTIVE"));
        LevelRule level1 = LevelRule.of("probe.l1", Level.LEVEL_1, DOC.article(1), Text.of("Mức độ 1", "Level 1"),
                Criterion.of("probe.l1.c1", DOC.article(1).clause(1), Text.of("Tiêu chí 1", "Criterion 1"), awareness, learning),
                Criterion.of("probe.l1.c2", DOC.article(1).clause(2), Text.of("Tiêu chí 2", "Criterion 2"), programmes, primary),
                Criterion.of("probe.l1.c3", DOC.article(1).clause(3), Text.of("Tiêu chí 3", "Criterion 3"), AnyOf.of(income, title)));
        Indicator learning80 = indicator("probe.l2.c1.i1", 7, LEARNING, Measures.shareAtLeast(LEARNING, 80));
        Indicator programmes8 = indicator("probe.l2.c1.i2", 8, PROGRAMMES, Measures.countAtLeast(PROGRAMMES, 8));
        Indicator poor = indicator("probe.l2.c1.i3", 9, POOR, Measures.decreased(POOR));
        Indicator violation = indicator("probe.l2.c2.i1", 10, VIOLATION, Measures.flag(VIOLATION));
        Indicator primary3 = indicator("probe.l2.c2.i2", 11, PRIMARY, Measures.levelAtLeast(PRIMARY, 3));
        LevelRule level2 = LevelRule.of("probe.l2", Level.LEVEL_2, DOC.article(2), Text.of("Mức độ 2", "Level 2"),
                Criterion.of("probe.l2.c1", DOC.article(2).clause(1), Text.of("Tiêu chí 1", "Criterion 1"), AtLeast.of(2, learning80, programmes8, poor)),
                Criterion.of("probe.l2.c2", DOC.article(2).clause(2), Text.of("Tiêu chí 2", "Criterion 2"), Not.of(violation),
                        AppliesWhen.of(notDifficult, primary3)));
        return new RuleSet("probe.commune", ID, Text.of("Thử cho xã", "Probe for communes"), DOC, IN_FORCE_FROM, Optional.empty(),
                Applicability.when(Text.of("xã", "communes"), s -> s.kind() == SubjectKind.COMMUNE),
                List.of(level1, level2), List.of(REVIEWED, BUDGET));
    }

    private static Indicator indicator(String id, int point, FactKey<?> key, io.github.xhht.core.rule.Measure measure) {
        return Indicator.of(id, DOC.article(9).clause(point), key.label(), measure);
    }
}
