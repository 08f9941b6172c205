package io.github.xhht.tt25;

import static io.github.xhht.tt25.Fixtures.AS_OF;
import static io.github.xhht.tt25.Fixtures.evidence;
import static io.github.xhht.tt25.Fixtures.level;
import static io.github.xhht.tt25.Fixtures.share;
import static io.github.xhht.tt25.Fixtures.trend;
import static io.github.xhht.tt25.Fixtures.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The criteria as the article builders make them, built afresh in the test under ids of the test's own.
 * The public constants are built once while their class initialises, which a mutation tool cannot redo; a
 * fresh build is judged here by its ids, citations and outcomes at each threshold's boundary. Expected
 * values come from the law (law/tt25.md), never from the constants.
 */
class RuleBuildersTest {

    private static final String LEVEL = "test.l9";
    /** The letters the circular gives its points, in order. */
    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e");

    private static Finding explain(Criterion criterion, Dossier dossier) {
        return explain(criterion, dossier, Interpretations.defaults());
    }

    private static Finding explain(Criterion criterion, Dossier dossier, Interpretations interpretations) {
        return criterion.explain(new EvaluationContext(dossier, AS_OF, interpretations));
    }

    private static Outcome test(Criterion criterion, Dossier dossier) {
        return criterion.test(EvaluationContext.of(dossier, AS_OF));
    }

    private static Finding indicator(Finding criterion, int n) {
        return criterion.children().get(n - 1);
    }

    /** The criterion's id and citation, and its indicators numbered 1.. and cited as the clause's points a, b, c, ... */
    private static void assertShape(Criterion c, String id, Citation cite, Citation clause, int indicators) {
        assertEquals(id, c.id());
        assertEquals(cite, c.cite());
        assertEquals(indicators, c.parts().size(), id);
        for (int i = 0; i < indicators; i++) {
            Indicator ind = (Indicator) c.parts().get(i);
            assertEquals(id + ".i" + (i + 1), ind.id());
            assertEquals(clause.point(LETTERS.get(i)), ind.cite(), ind.id());
        }
    }

    /** Each flag set to "not done" fails its own indicator only, the others staying met. */
    private static void assertFlagsWired(Criterion c, Dossier.Builder complete, List<Integer> indicators,
                                         List<FactKey<FactValue.Flag>> keys) {
        Finding all = explain(c, complete.build());
        assertEquals(Outcome.MET, all.outcome(), c.id());
        for (int k = 0; k < keys.size(); k++) {
            Dossier spoiled = complete.build().toBuilder().fact(keys.get(k), FactValue.Flag.FALSE, evidence("no")).build();
            Finding f = explain(c, spoiled);
            assertEquals(Outcome.NOT_MET, f.outcome(), keys.get(k).name());
            for (int i = 1; i <= c.parts().size(); i++) {
                Finding ind = indicator(f, i);
                if (i == indicators.get(k)) {
                    assertEquals(Outcome.NOT_MET, ind.outcome(), ind.id());
                    assertEquals(ReasonCode.REPORTED_NOT_DONE, ind.reason().code(), ind.id());
                } else {
                    assertEquals(Outcome.MET, ind.outcome(), ind.id());
                }
            }
        }
    }

    private static Dossier.Builder commune(Subject subject, FactKey<FactValue.Flag>... flags) {
        Dossier.Builder b = Dossier.builder(Tt25.ID, subject, Fixtures.YEAR);
        for (FactKey<FactValue.Flag> k : flags) {
            b.fact(k, yes(), evidence(k.name()));
        }
        return b;
    }

    // --- commune, Art. 6 -----------------------------------------------------------------------------

    @Test
    void communeLeadershipIsArticle6Clause1UnderTheLevelsIdAndCitation() {
        Citation cite = Article7.ARTICLE.clause(1);
        Criterion c = Article6.leadership(LEVEL, cite);
        assertShape(c, LEVEL + ".c1", cite, Circular25.DOCUMENT.article(6).clause(1), 3);
        assertTrue(c.label().vi().contains("cấp xã"), c.label().vi());
        assertEquals(List.of(Tt25Facts.AWARENESS_RAISING), ((Indicator) c.parts().get(0)).measure().facts());
        assertFlagsWired(c, commune(Fixtures.commune(), Tt25Facts.AWARENESS_RAISING, Tt25Facts.ANNUAL_PLAN,
                Tt25Facts.LIFELONG_LEARNING_WEEK), List.of(1, 2, 3),
                List.of(Tt25Facts.AWARENESS_RAISING, Tt25Facts.ANNUAL_PLAN, Tt25Facts.LIFELONG_LEARNING_WEEK));
        // clause 5's shares count out of one whole; the check rides on the first indicator
        Dossier mismatch = commune(Fixtures.commune(), Tt25Facts.AWARENESS_RAISING, Tt25Facts.ANNUAL_PLAN,
                Tt25Facts.LIFELONG_LEARNING_WEEK)
                .fact(Tt25Facts.LEARNING_CITIZENS, share(800, 1000), evidence("a"))
                .fact(Tt25Facts.TRAINED_CITIZENS, share(600, 999), evidence("b")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> explain(c, mismatch));
        assertEquals(ProblemCode.DENOMINATOR_MISMATCH, e.problems().get(0).code());
        assertEquals("/facts/trainedCitizens/of", e.problems().get(0).pointer());
    }

    @Test
    void communeResourcesAndInstitutionsAreArticle6Clauses2And3() {
        Criterion resources = Article6.resources(LEVEL, Article7.ARTICLE.clause(2));
        assertShape(resources, LEVEL + ".c2", Article7.ARTICLE.clause(2), Circular25.DOCUMENT.article(6).clause(2), 3);
        List<FactKey<FactValue.Flag>> money = List.of(Tt25Facts.STATE_BUDGET, Tt25Facts.SOCIAL_MOBILISATION,
                Tt25Facts.COORDINATION_MECHANISM);
        assertFlagsWired(resources, commune(Fixtures.commune(), money.toArray(FactKey[]::new)), List.of(1, 2, 3), money);

        Criterion institutions = Article6.institutions(LEVEL, Article6.ARTICLE.clause(3));
        assertShape(institutions, LEVEL + ".c3", Circular25.DOCUMENT.article(6).clause(3),
                Circular25.DOCUMENT.article(6).clause(3), 3);
        List<FactKey<FactValue.Flag>> places = List.of(Tt25Facts.COMMUNITY_LEARNING_CENTRE, Tt25Facts.COMMUNE_LIBRARY,
                Tt25Facts.CULTURE_SPORTS_CENTRE);
        assertFlagsWired(institutions, commune(Fixtures.commune(), places.toArray(FactKey[]::new)), List.of(1, 2, 3), places);
    }

    /** Art. 6(4) at Level 1: primary and lower secondary at level 2 (of 3), literacy at level 1 (of 2). */
    @Test
    void universalEducationPinsEachLevelAtItsMinimumAndItsTop() {
        Citation clause = Circular25.DOCUMENT.article(6).clause(4);
        Criterion c = Article6.universalEducation(LEVEL, clause, 2, 1);
        assertShape(c, LEVEL + ".c4", clause, clause, 4);
        assertTrue(c.parts().get(1).label().vi().endsWith("mức độ 2"), c.parts().get(1).label().vi());
        assertTrue(c.parts().get(3).label().en().endsWith("level 1"), c.parts().get(3).label().en());
        assertEquals(List.of(Tt25Facts.UNIVERSAL_PRIMARY), ((Indicator) c.parts().get(1)).measure().facts());
        Dossier.Builder atMinimum = commune(Fixtures.commune(), Tt25Facts.UNIVERSAL_PRESCHOOL)
                .fact(Tt25Facts.UNIVERSAL_PRIMARY, level(2), evidence("p"))
                .fact(Tt25Facts.UNIVERSAL_LOWER_SECONDARY, level(2), evidence("s"))
                .fact(Tt25Facts.LITERACY, level(1), evidence("l"));
        assertEquals(Outcome.MET, explain(c, atMinimum.build()).outcome());
        assertEquals(Outcome.MET, test(c, atMinimum.build()));
        assertFlagsWired(c, atMinimum, List.of(1), List.of(Tt25Facts.UNIVERSAL_PRESCHOOL));

        List<FactKey<FactValue.LevelValue>> keys = List.of(Tt25Facts.UNIVERSAL_PRIMARY, Tt25Facts.UNIVERSAL_LOWER_SECONDARY,
                Tt25Facts.LITERACY);
        int[] minimum = {2, 2, 1};
        int[] top = {3, 3, 2};
        for (int k = 0; k < keys.size(); k++) {
            FactKey<FactValue.LevelValue> key = keys.get(k);
            Dossier below = atMinimum.build().toBuilder().fact(key, level(minimum[k] - 1), evidence("x")).build();
            Finding f = indicator(explain(c, below), k + 2);
            assertEquals(Outcome.NOT_MET, f.outcome(), key.name());
            assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, f.reason().code());
            assertEquals(List.of(minimum[k] - 1, minimum[k]), f.reason().args());
            assertEquals(Outcome.NOT_MET, test(c, below), key.name());

            // the top of the Decree 20/2014 scale is a pass; one above it is a mistake in the dossier
            Dossier atTop = atMinimum.build().toBuilder().fact(key, level(top[k]), evidence("x")).build();
            assertEquals(Outcome.MET, indicator(explain(c, atTop), k + 2).outcome(), key.name());
            assertEquals(Outcome.MET, test(c, atTop), key.name());
            Dossier aboveTop = atMinimum.build().toBuilder().fact(key, level(top[k] + 1), evidence("x")).build();
            InvalidInputException viaExplain = assertThrows(InvalidInputException.class, () -> explain(c, aboveTop));
            assertEquals(ProblemCode.OUT_OF_RANGE, viaExplain.problems().get(0).code());
            assertEquals("/facts/" + key.name() + "/level", viaExplain.problems().get(0).pointer());
            assertEquals(List.of(top[k] + 1, 0, top[k]), viaExplain.problems().get(0).args());
            InvalidInputException viaTest = assertThrows(InvalidInputException.class, () -> test(c, aboveTop));
            assertEquals(ProblemCode.OUT_OF_RANGE, viaTest.problems().get(0).code());
        }
    }

    private static Dossier.Builder workforce(Subject subject, long learning, long trained, long university) {
        return Dossier.builder(Tt25.ID, subject, Fixtures.YEAR)
                .fact(Tt25Facts.LEARNING_CITIZENS, share(learning, 1000), evidence("learning"))
                .fact(Tt25Facts.TRAINED_CITIZENS, share(trained, 1000), evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(university, 1000), evidence("university"));
    }

    /** Art. 6(5) at Level 1: Learning Citizens ≥ 60 %; trained ≥ 50 % and university ≥ 12 %, difficult area 40 % and 10 %. */
    @Test
    void effectPinsEveryShareAtItsBoundaryAndOneBelow() {
        Citation clause = Circular25.DOCUMENT.article(6).clause(5);
        Criterion c = Article6.effect(LEVEL, clause, 60, 50, 12, 40, 10);
        assertShape(c, LEVEL + ".c5", clause, clause, 2);
        Subject ordinary = Fixtures.commune();
        Subject difficult = Fixtures.commune(SubjectAttribute.DIFFICULT_AREA);

        Finding met = explain(c, workforce(ordinary, 600, 500, 120).build());
        assertEquals(Outcome.MET, met.outcome());
        assertTrue(indicator(met, 2).interpretations().contains(Interpretation.I_9));
        assertFalse(indicator(met, 1).interpretations().contains(Interpretation.I_9));
        assertEquals(List.of(evidence("trained"), evidence("university")), indicator(met, 2).evidence());

        Finding learning = indicator(explain(c, workforce(ordinary, 599, 500, 120).build()), 1);
        assertEquals(Outcome.NOT_MET, learning.outcome());
        assertEquals(List.of("599/1000", 60), learning.reason().args());

        assertShareFails(c, workforce(ordinary, 600, 499, 120).build(), "499/1000", 50);
        assertShareFails(c, workforce(ordinary, 600, 500, 119).build(), "119/1000", 12);
        // a difficult-area commune passes at the milder thresholds, and fails one below them
        assertEquals(Outcome.NOT_MET, explain(c, workforce(ordinary, 600, 400, 100).build()).outcome());
        assertEquals(Outcome.MET, indicator(explain(c, workforce(difficult, 600, 400, 100).build()), 2).outcome());
        assertEquals(Outcome.MET, test(c, workforce(difficult, 600, 400, 100).build()));
        assertShareFails(c, workforce(difficult, 600, 399, 100).build(), "399/1000", 40);
        assertShareFails(c, workforce(difficult, 600, 400, 99).build(), "99/1000", 10);

        Indicator shares = (Indicator) c.parts().get(1);
        assertEquals(List.of(Tt25Facts.TRAINED_CITIZENS, Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS), shares.measure().facts());
        assertEquals(Requirement.Code.TEXT, shares.requirement().code());
        String vi = shares.requirement().message(Lang.VI);
        assertTrue(vi.contains("≥ 50%") && vi.contains("≥ 12%") && vi.contains("≥ 40%") && vi.contains("≥ 10%"), vi);
    }

    private static void assertShareFails(Criterion c, Dossier d, String observed, int percent) {
        Finding f = indicator(explain(c, d), 2);
        assertEquals(Outcome.NOT_MET, f.outcome(), observed);
        assertEquals(ReasonCode.BELOW_THRESHOLD, f.reason().code(), observed);
        assertEquals(List.of(observed, percent), f.reason().args());
        assertEquals(Outcome.NOT_MET, test(c, d), observed);
    }

    /** "A and B": a value below its threshold is reported before missing evidence, which comes before a missing value. */
    @Test
    void bothSharesIndicatorReportsTheDecisivePartInCoresOrder() {
        Criterion c = Article6.effect(LEVEL, Circular25.DOCUMENT.article(6).clause(5), 60, 50, 12, 40, 10);
        Subject s = Fixtures.commune();
        Dossier.Builder base = workforce(s, 600, 500, 120);

        // trained lacks evidence, university below: the threshold decides
        Dossier belowAfterNoEvidence = base.build().toBuilder().fact(Tt25Facts.TRAINED_CITIZENS, share(500, 1000))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(100, 1000), evidence("university")).build();
        Finding f = indicator(explain(c, belowAfterNoEvidence), 2);
        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(ReasonCode.BELOW_THRESHOLD, f.reason().code());
        assertEquals(List.of("100/1000", 12), f.reason().args());
        assertEquals(List.of(evidence("university")), f.evidence());

        // trained lacks evidence, university fine: missing evidence decides
        Dossier noEvidence = base.build().toBuilder().fact(Tt25Facts.TRAINED_CITIZENS, share(500, 1000)).build();
        Finding g = indicator(explain(c, noEvidence), 2);
        assertEquals(Outcome.NOT_MET, g.outcome());
        assertEquals(ReasonCode.NO_EVIDENCE, g.reason().code());

        // trained missing, university below: not met, not unknown
        Dossier missingAndBelow = base.build().toBuilder().without(Tt25Facts.TRAINED_CITIZENS.name())
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(119, 1000), evidence("university")).build();
        Finding h = indicator(explain(c, missingAndBelow), 2);
        assertEquals(Outcome.NOT_MET, h.outcome());
        assertEquals(List.of("119/1000", 12), h.reason().args());
        assertEquals(Outcome.NOT_MET, test(c, missingAndBelow));

        // trained missing, university fine: unknown, naming the missing fact
        Dossier missing = base.build().toBuilder().without(Tt25Facts.TRAINED_CITIZENS.name()).build();
        Finding u = indicator(explain(c, missing), 2);
        assertEquals(Outcome.UNKNOWN, u.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, u.reason().code());
        assertEquals(List.of(evidence("university")), u.evidence());
        assertEquals(Outcome.UNKNOWN, test(c, missing));

        // one report backing both shares is listed once
        Evidence census = evidence("census");
        Dossier shared = base.build().toBuilder().fact(Tt25Facts.TRAINED_CITIZENS, share(500, 1000), census)
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(120, 1000), census).build();
        Finding once = indicator(explain(c, shared), 2);
        assertEquals(Outcome.MET, once.outcome());
        assertEquals(ReasonCode.SATISFIED, once.reason().code());
        assertEquals(List.of(census), once.evidence());
        assertEquals(new FactValue.Share(500, 1000), once.observed().orElseThrow());
    }

    // --- district, Art. 11 -----------------------------------------------------------------------------

    @Test
    void districtCriteria1To3AreArticle11Clauses1To3() {
        Citation art11 = Circular25.DOCUMENT.article(11);
        Citation cite = Article12.ARTICLE.clause(1);
        Criterion leadership = Article11.leadership(LEVEL, cite);
        assertShape(leadership, LEVEL + ".c1", cite, art11.clause(1), 3);
        assertTrue(leadership.label().vi().contains("cấp huyện"), leadership.label().vi());
        List<FactKey<FactValue.Flag>> c1 = List.of(Tt25Facts.AWARENESS_RAISING, Tt25Facts.DIRECTING_DOCUMENTS,
                Tt25Facts.LIFELONG_LEARNING_WEEK);
        assertFlagsWired(leadership, commune(Fixtures.district(), c1.toArray(FactKey[]::new)), List.of(1, 2, 3), c1);

        Criterion resources = Article11.resources(LEVEL, art11.clause(2));
        assertShape(resources, LEVEL + ".c2", art11.clause(2), art11.clause(2), 4);
        List<FactKey<FactValue.Flag>> c2 = List.of(Tt25Facts.STATE_BUDGET, Tt25Facts.SOCIAL_MOBILISATION,
                Tt25Facts.CENTRAL_AND_PROVINCIAL_POLICIES, Tt25Facts.DIGITAL_SERVICES_AND_TOOLS);
        assertFlagsWired(resources, commune(Fixtures.district(), c2.toArray(FactKey[]::new)), List.of(1, 2, 3, 4), c2);

        Criterion institutions = Article11.institutions(LEVEL, art11.clause(3));
        assertShape(institutions, LEVEL + ".c3", art11.clause(3), art11.clause(3), 3);
        List<FactKey<FactValue.Flag>> c3 = List.of(Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT, Tt25Facts.PUBLIC_LIBRARY_SERVICES,
                Tt25Facts.CULTURE_SPORTS_WITH_COMMUNES);
        assertFlagsWired(institutions, commune(Fixtures.district(), c3.toArray(FactKey[]::new)), List.of(1, 2, 3), c3);
    }

    /** A unit with two trends as criterion 4 wants them and members: l1 at Level 1, l2 at Level 2, none unrecognised. */
    private static Dossier.Builder withTrendsAndMembers(Subject subject, FactKey<FactValue.Trend> first, FactValue.Trend a,
                                                        FactKey<FactValue.Trend> second, FactValue.Trend b, int l1, int l2,
                                                        int none) {
        Dossier.Builder out = Dossier.builder(Tt25.ID, subject, Fixtures.YEAR)
                .fact(first, a, evidence(first.name())).fact(second, b, evidence(second.name()));
        Fixtures.members(subject.kind().name(), l1, l2, none).forEach(out::constituent);
        return out;
    }

    private static Dossier.Builder districtEffect(int l1, int l2, int none) {
        return withTrendsAndMembers(Fixtures.district(), Tt25Facts.INCOME_PER_CAPITA, trend("62.5", "68.1"),
                Tt25Facts.EMPLOYED_LABOUR_RATE, trend("96.1", "96.4"), l1, l2, none);
    }

    /** A dossier of a tier with its members: l1 at Level 1, l2 at Level 2, none unrecognised. */
    private interface Members {
        Dossier.Builder of(int l1, int l2, int none);
    }

    /**
     * Criterion 4's share at both levels: 9 of 10 members is 90 % and meets it, 8 of 10 does not; Level 1
     * counts members at Level 2 and declares I-1 besides I-3 and I-8, Level 2 does not. Returns the Level 1 criterion.
     */
    private static Criterion assertNinetyPercent(BiFunction<Citation, Level, Criterion> effect, Citation clause,
                                                 Members members) {
        Criterion level1 = effect.apply(clause, Level.LEVEL_1);
        assertShape(level1, LEVEL + ".c4", clause, clause, 3);
        assertTrue(level1.parts().get(0).label().vi().endsWith("mức độ 1"), level1.parts().get(0).label().vi());
        Finding nine = explain(level1, members.of(9, 0, 1).build());
        assertEquals(Outcome.MET, nine.outcome());
        assertEquals(new FactValue.Share(9, 10), indicator(nine, 1).observed().orElseThrow());
        assertEquals(9, indicator(nine, 1).evidence().size());
        assertTrue(indicator(nine, 1).interpretations().containsAll(
                List.of(Interpretation.I_1, Interpretation.I_3, Interpretation.I_8)), indicator(nine, 1).interpretations().toString());
        Finding eight = indicator(explain(level1, members.of(8, 0, 2).build()), 1);
        assertEquals(Outcome.NOT_MET, eight.outcome());
        assertEquals(ReasonCode.BELOW_THRESHOLD, eight.reason().code());
        assertEquals(List.of("8/10", 90), eight.reason().args());

        Criterion level2 = effect.apply(clause, Level.LEVEL_2);
        assertTrue(level2.parts().get(0).label().vi().endsWith("mức độ 2"), level2.parts().get(0).label().vi());
        Finding l2 = indicator(explain(level2, members.of(1, 9, 0).build()), 1);
        assertEquals(Outcome.MET, l2.outcome());
        assertFalse(l2.interpretations().contains(Interpretation.I_1), l2.interpretations().toString());
        assertTrue(l2.interpretations().containsAll(List.of(Interpretation.I_3, Interpretation.I_8)));
        assertEquals(List.of("8/10", 90), indicator(explain(level2, members.of(2, 8, 0).build()), 1).reason().args());
        return level1;
    }

    /** Art. 11(4), 12(4): ≥ 90 % of communes recognised at the commune level; income and employment up. */
    @Test
    void districtEffectPinsTheNinetyPercentShareAndTheTrends() {
        Criterion level1 = assertNinetyPercent((clause, level) -> Article11.effect(LEVEL, clause, level),
                Circular25.DOCUMENT.article(11).clause(4), RuleBuildersTest::districtEffect);

        assertTrendFails(level1, districtEffect(10, 0, 0), Tt25Facts.INCOME_PER_CAPITA, trend("62.5", "62.5"), 2,
                ReasonCode.NOT_INCREASED);
        assertTrendFails(level1, districtEffect(10, 0, 0), Tt25Facts.EMPLOYED_LABOUR_RATE, trend("96.1", "96.0"), 3,
                ReasonCode.NOT_INCREASED);
    }

    /** With the trend of indicator {@code n} set to the value, that indicator fails for the reason and the other trend is met. */
    private static void assertTrendFails(Criterion c, Dossier.Builder complete, FactKey<FactValue.Trend> key,
                                         FactValue.Trend value, int n, ReasonCode why) {
        Finding f = explain(c, complete.fact(key, value, evidence(key.name())).build());
        assertEquals(Outcome.NOT_MET, indicator(f, n).outcome(), key.name());
        assertEquals(why, indicator(f, n).reason().code(), key.name());
        assertEquals(List.of(value.previous(), value.current()), indicator(f, n).reason().args());
        assertEquals(Outcome.MET, indicator(f, n == 2 ? 3 : 2).outcome(), key.name());
    }

    /** I-1: a commune at Level 2 counts toward the Level 1 share by default, and not when I-1 is turned off. */
    @Test
    void recognisedShareCountsLevel2TowardLevel1OnlyUnderI1() {
        Criterion level1 = Article11.effect(LEVEL, Article11.ARTICLE.clause(4), Level.LEVEL_1);
        Criterion level2 = Article11.effect(LEVEL, Article11.ARTICLE.clause(4), Level.LEVEL_2);
        Dossier allLevel2 = districtEffect(0, 10, 0).build();
        assertEquals(Outcome.MET, indicator(explain(level1, allLevel2), 1).outcome());
        Finding strict = indicator(explain(level1, allLevel2, Interpretations.defaults().withLevel2CountsAsLevel1(false)), 1);
        assertEquals(Outcome.NOT_MET, strict.outcome());
        assertEquals(List.of("0/10", 90), strict.reason().args());
        assertEquals(List.of(), strict.evidence());
        // a Level 1 commune never counts toward the Level 2 share
        Finding l2 = indicator(explain(level2, districtEffect(10, 0, 0).build()), 1);
        assertEquals(List.of("0/10", 90), l2.reason().args());
        // no communes listed: unknown, naming what is missing
        Finding none = indicator(explain(level1, districtEffect(0, 0, 0).build()), 1);
        assertEquals(Outcome.UNKNOWN, none.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, none.reason().code());
        assertTrue(none.interpretations().contains(Interpretation.I_1));
    }

    /** The evidence is the valid recognition at the level held, the latest first; members are listed by id. */
    @Test
    void recognisedShareCitesTheLatestValidRecognitionOfEachMember() {
        Criterion level2 = Article11.effect(LEVEL, Article11.ARTICLE.clause(4), Level.LEVEL_2);
        LocalDate older = LocalDate.of(2024, 3, 1);
        LocalDate newer = LocalDate.of(2025, 3, 20);
        LocalDate future = AS_OF.plusDays(1);
        Recognition other = new Recognition("tt24", Level.LEVEL_2,
                RecognitionKind.FIRST, AS_OF, "99/QĐ-X", "Khác", 2024);
        Constituent b = new Constituent("xa-b", "Xã B",
                List.of(Fixtures.recognition(Level.LEVEL_2, newer), Fixtures.recognition(Level.LEVEL_2, older), other,
                        Fixtures.recognition(Level.LEVEL_2, future)));
        Constituent a = new Constituent("xa-a", "Xã A",
                List.of(Fixtures.recognition(Level.LEVEL_2, older)));
        Dossier d = Fixtures.withMembers(districtEffect(0, 0, 0).build(), List.of(b, a));
        Finding f = indicator(explain(level2, d), 1);
        assertEquals(Outcome.MET, f.outcome());
        assertEquals(2, f.evidence().size());
        assertEquals(older, f.evidence().get(0).date());
        assertTrue(f.evidence().get(0).description().contains("xa-a"), f.evidence().get(0).description());
        assertEquals(newer, f.evidence().get(1).date());
        assertTrue(f.evidence().get(1).description().contains("xa-b"), f.evidence().get(1).description());
    }

    // --- province, Art. 16 -----------------------------------------------------------------------------

    @Test
    void provinceCriteria1And2AreArticle16Clauses1And2() {
        Citation art16 = Circular25.DOCUMENT.article(16);
        Criterion leadership = Article16.leadership(LEVEL, Article17.ARTICLE.clause(1));
        assertShape(leadership, LEVEL + ".c1", Article17.ARTICLE.clause(1), art16.clause(1), 3);
        assertTrue(leadership.label().vi().contains("cấp tỉnh"), leadership.label().vi());
        List<FactKey<FactValue.Flag>> c1 = List.of(Tt25Facts.AWARENESS_RAISING, Tt25Facts.DIRECTING_DOCUMENTS,
                Tt25Facts.EMULATION_MOVEMENT);
        assertFlagsWired(leadership, commune(Fixtures.province(), c1.toArray(FactKey[]::new)), List.of(1, 2, 3), c1);

        Criterion resources = Article16.resources(LEVEL, art16.clause(2));
        assertShape(resources, LEVEL + ".c2", art16.clause(2), art16.clause(2), 5);
        List<FactKey<FactValue.Flag>> c2 = List.of(Tt25Facts.STATE_BUDGET, Tt25Facts.CENTRAL_POLICIES,
                Tt25Facts.LOCAL_POLICIES, Tt25Facts.INTERNATIONAL_COOPERATION, Tt25Facts.DIGITAL_SERVICES_AND_TOOLS);
        assertFlagsWired(resources, commune(Fixtures.province(), c2.toArray(FactKey[]::new)), List.of(1, 2, 3, 4, 5), c2);
    }

    private static Dossier.Builder provinceInstitutions(Subject subject, long museum, long radioTv) {
        return commune(subject, Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION, Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT,
                Tt25Facts.PUBLIC_LIBRARY_SERVICES, Tt25Facts.RADIO_TV_LEARNING_CONTENT)
                .fact(Tt25Facts.MUSEUM_PROGRAMMES, new FactValue.Count(museum), evidence("museum"))
                .fact(Tt25Facts.RADIO_TV_PROGRAMMES, new FactValue.Count(radioTv), evidence("radio-TV"));
    }

    /** Art. 16(3): museum and radio-TV at ≥ 4 programmes a year; the university point only with a university (I-10). */
    @Test
    void provinceInstitutionsPinFourProgrammesAndTheUniversityReading() {
        Citation clause = Circular25.DOCUMENT.article(16).clause(3);
        Criterion c = Article16.institutions(LEVEL, clause);
        assertShape(c, LEVEL + ".c3", clause, clause, 5);
        Subject withUniversity = Fixtures.province(SubjectAttribute.HAS_UNIVERSITY);
        Dossier.Builder four = provinceInstitutions(withUniversity, 4, 4);
        assertFlagsWired(c, four, List.of(1, 2, 3, 5), List.of(Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION,
                Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT, Tt25Facts.PUBLIC_LIBRARY_SERVICES, Tt25Facts.RADIO_TV_LEARNING_CONTENT));
        assertTrue(indicator(explain(c, four.build()), 1).interpretations().contains(Interpretation.I_10));
        assertEquals(List.of(Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION), ((Indicator) c.parts().get(0)).measure().facts());

        Finding museum = indicator(explain(c, provinceInstitutions(withUniversity, 3, 4).build()), 4);
        assertEquals(Outcome.NOT_MET, museum.outcome());
        assertEquals(ReasonCode.COUNT_BELOW_MINIMUM, museum.reason().code());
        assertEquals(List.of(3L, 4L), museum.reason().args());
        Finding radio = indicator(explain(c, provinceInstitutions(withUniversity, 4, 3).build()), 5);
        assertEquals(Outcome.NOT_MET, radio.outcome());
        assertEquals(ReasonCode.COUNT_BELOW_MINIMUM, radio.reason().code());
        assertEquals(List.of(3L, 4L), radio.reason().args());
        assertEquals(List.of(evidence("radio-TV"), evidence(Tt25Facts.RADIO_TV_LEARNING_CONTENT.name())),
                indicator(explain(c, four.build()), 5).evidence());
        assertEquals(List.of(Tt25Facts.RADIO_TV_PROGRAMMES, Tt25Facts.RADIO_TV_LEARNING_CONTENT),
                ((Indicator) c.parts().get(4)).measure().facts());

        // without a university of its own: not applicable by default, not met under the other reading
        Dossier without = provinceInstitutions(Fixtures.province(), 4, 4).build();
        Finding byDefault = indicator(explain(c, without), 1);
        assertEquals(Outcome.NOT_APPLICABLE, byDefault.outcome());
        assertEquals(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, byDefault.reason().code());
        Finding strict = indicator(explain(c, without, Interpretations.defaults()
                .withProvinceWithoutUniversity(Interpretations.WithoutUniversity.NOT_MET)), 1);
        assertEquals(Outcome.NOT_MET, strict.outcome());
        assertEquals(ReasonCode.EXPLAINED, strict.reason().code());
        assertTrue(strict.interpretations().contains(Interpretation.I_10));
    }

    private static Dossier.Builder provinceEffect(int l1, int l2, int none) {
        return withTrendsAndMembers(Fixtures.province(), Tt25Facts.MULTIDIMENSIONAL_POVERTY_RATE, trend("2.10", "1.85"),
                Tt25Facts.GRDP, trend("1200000", "1310000"), l1, l2, none);
    }

    /** Art. 16(4), 17(4): ≥ 90 % of districts recognised at the district level; poverty down; GRDP up. */
    @Test
    void provinceEffectPinsTheNinetyPercentShareAndTheTrends() {
        Criterion level1 = assertNinetyPercent((clause, level) -> Article16.effect(LEVEL, clause, level),
                Circular25.DOCUMENT.article(16).clause(4), RuleBuildersTest::provinceEffect);

        assertTrendFails(level1, provinceEffect(10, 0, 0), Tt25Facts.MULTIDIMENSIONAL_POVERTY_RATE, trend("2.10", "2.10"), 2,
                ReasonCode.NOT_DECREASED);
        assertTrendFails(level1, provinceEffect(10, 0, 0), Tt25Facts.GRDP, trend("1200000", "1199999"), 3,
                ReasonCode.NOT_INCREASED);
    }

    /** A point that relies on an interpretation keeps the ones it had. */
    @Test
    void aPointRelyingOnMoreKeepsWhatItHad() {
        Points.Point p = Points.flag("x", "x", Tt25Facts.STATE_BUDGET)
                .relyingOn(Interpretation.I_9).relyingOn(Interpretation.I_10);
        assertEquals(List.of(Interpretation.I_9, Interpretation.I_10), p.interpretations());
        Criterion c = Points.criterion("p.c1", Article6.ARTICLE.clause(2), Article6.RESOURCES_LABEL,
                Article6.ARTICLE.clause(2), p, Points.flag("y", "y", Tt25Facts.SOCIAL_MOBILISATION));
        assertEquals(List.of(Interpretation.I_9, Interpretation.I_10), ((Indicator) c.parts().get(0)).interpretations());
        assertEquals(List.of(), ((Indicator) c.parts().get(1)).interpretations());
        assertEquals("p.c1.i2", c.parts().get(1).id());
    }
}
