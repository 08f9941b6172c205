package io.github.xhht.tt25;

import static io.github.xhht.tt25.Fixtures.AS_OF;
import static io.github.xhht.tt25.Fixtures.commune;
import static io.github.xhht.tt25.Fixtures.communeLevel2;
import static io.github.xhht.tt25.Fixtures.evaluate;
import static io.github.xhht.tt25.Fixtures.finding;
import static io.github.xhht.tt25.Fixtures.level;
import static io.github.xhht.tt25.Fixtures.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Commune Learning Community, Art. 6 (Level 1) and Art. 7 (Level 2). */
class CommuneTest {

    @Test
    void aCommuneMeetingEveryLevel2TestIsAtLevel2WithEveryIndicatorMet() {
        Decision d = evaluate(communeLevel2().build());
        assertEquals(Status.EVALUATED, d.status());
        assertEquals(Optional.of("tt25.commune"), d.ruleSetId());
        assertEquals(Optional.of(Level.LEVEL_2), d.highestLevel());
        assertEquals(30, d.indicators().size());
        d.indicators().forEach(f -> assertEquals(Outcome.MET, f.outcome(), f.id()));
    }

    // --- criterion 5, indicator 1: Learning Citizens, ≥ 60 % (L1), ≥ 80 % (L2), exact on counts (I-8)

    @ParameterizedTest(name = "{0} of {1} citizens: Level 1 {2}, Level 2 {3}")
    @CsvSource({
            "600, 1000, MET, NOT_MET",
            "599, 1000, NOT_MET, NOT_MET",
            "3, 5, MET, NOT_MET",
            "800, 1000, MET, MET",
            "799, 1000, MET, NOT_MET",
            "4, 5, MET, MET",
            "2999, 5000, NOT_MET, NOT_MET"})
    void learningCitizenShare(long holders, long citizens, Outcome level1, Outcome level2) {
        Decision d = evaluate(communeLevel2(commune(), citizens).fact(Tt25Facts.LEARNING_CITIZENS, share(holders, citizens),
                Fixtures.evidence("CDHT")).build());
        assertEquals(level1, finding(d, "tt25.commune.l1.c5.i1").outcome());
        assertEquals(level2, finding(d, "tt25.commune.l2.c5.i1").outcome());
        if (level1 == Outcome.NOT_MET) {
            Finding f = finding(d, "tt25.commune.l1.c5.i1");
            assertEquals(ReasonCode.BELOW_THRESHOLD, f.reason().code());
            assertEquals(List.of(holders + "/" + citizens, 60), f.reason().args());
            assertTrue(f.interpretations().contains(Interpretation.I_8));
        }
    }

    @Test
    void noCitizensAtAllIsNotAPass() {
        Decision d = evaluate(communeLevel2(commune(), 0).build());
        assertEquals(Outcome.NOT_MET, finding(d, "tt25.commune.l1.c5.i1").outcome());
        assertEquals(ReasonCode.BELOW_THRESHOLD, finding(d, "tt25.commune.l1.c5.i1").reason().code());
        assertEquals(Outcome.NOT_MET, finding(d, "tt25.commune.l1.c5.i2").outcome());
    }

    // --- criterion 5, indicator 2: trained and university shares, with the difficult-area thresholds

    @ParameterizedTest(name = "trained {0}%, university {1}%, difficult area {2}: L1 {3}, L2 {4}")
    @CsvSource({
            // ordinary commune: L1 50 % and 12 %, L2 60 % and 15 %
            "50, 12, false, MET, NOT_MET",
            "49, 12, false, NOT_MET, NOT_MET",
            "50, 11, false, NOT_MET, NOT_MET",
            "60, 15, false, MET, MET",
            "59, 15, false, MET, NOT_MET",
            "60, 14, false, MET, NOT_MET",
            // difficult area: L1 40 % and 10 %, L2 50 % and 12 %
            "40, 10, true, MET, NOT_MET",
            "39, 10, true, NOT_MET, NOT_MET",
            "40, 9, true, NOT_MET, NOT_MET",
            "50, 12, true, MET, MET",
            "49, 12, true, MET, NOT_MET",
            "50, 11, true, MET, NOT_MET"})
    void workforceShares(long trained, long university, boolean difficultArea, Outcome level1, Outcome level2) {
        SubjectAttribute[] attributes = difficultArea ? new SubjectAttribute[] {SubjectAttribute.DIFFICULT_AREA}
                : new SubjectAttribute[0];
        Decision d = evaluate(communeLevel2(commune(attributes), 100)
                .fact(Tt25Facts.TRAINED_CITIZENS, share(trained, 100), Fixtures.evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(university, 100), Fixtures.evidence("university"))
                .build());
        assertEquals(level1, finding(d, "tt25.commune.l1.c5.i2").outcome());
        assertEquals(level2, finding(d, "tt25.commune.l2.c5.i2").outcome());
        assertTrue(finding(d, "tt25.commune.l1.c5.i2").interpretations().contains(Interpretation.I_9));
    }

    @Test
    void theReasonNamesTheShareThatFailedAndItsThreshold() {
        Decision d = evaluate(communeLevel2()
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(119, 1000), Fixtures.evidence("university")).build());
        Finding f = finding(d, "tt25.commune.l1.c5.i2");
        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(ReasonCode.BELOW_THRESHOLD, f.reason().code());
        assertEquals(List.of("119/1000", 12), f.reason().args());
        assertEquals(Optional.of(share(119, 1000)), f.observed());
        assertEquals("tỷ lệ 119/1000 thấp hơn mức yêu cầu 12%", f.reason().message(Lang.VI));
        assertTrue(f.requirement().message(Lang.EN).contains("commune in a difficult area: ≥ 40% and ≥ 10%"));
    }

    @Test
    void anEspeciallyDifficultCommuneUnderDecree20IsNotThereforeInADifficultArea() {
        // I-9: 45 % trained and 11 % university pass only with the difficult-area thresholds
        Dossier.Builder shares = communeLevel2(commune(SubjectAttribute.ESPECIALLY_DIFFICULT_COMMUNE), 100)
                .fact(Tt25Facts.TRAINED_CITIZENS, share(45, 100), Fixtures.evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(11, 100), Fixtures.evidence("university"));
        assertEquals(Outcome.NOT_MET, finding(evaluate(shares.build()), "tt25.commune.l1.c5.i2").outcome());
        assertEquals(Optional.empty(), evaluate(shares.build()).highestLevel());

        Dossier difficult = communeLevel2(commune(SubjectAttribute.DIFFICULT_AREA), 100)
                .fact(Tt25Facts.TRAINED_CITIZENS, share(45, 100), Fixtures.evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(11, 100), Fixtures.evidence("university")).build();
        assertEquals(Optional.of(Level.LEVEL_1), evaluate(difficult).highestLevel());
    }

    @Test
    void theSharesOfCriterion5CountOutOfTheSameCitizens() {
        // Art. 6(5), 7(5): every share is of "the citizens of the commune"; 600 of 900 would pass 60 % only
        // against another whole than the 1,000 citizens of the Learning Citizen share
        Dossier d = communeLevel2().fact(Tt25Facts.TRAINED_CITIZENS, share(600, 900), Fixtures.evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(150, 999), Fixtures.evidence("university")).build();
        for (org.junit.jupiter.api.function.Executable run : List.<org.junit.jupiter.api.function.Executable>of(
                () -> evaluate(d), () -> Tt25.scheme().verdict(d, AS_OF, Interpretations.defaults()))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, run);
            assertEquals(List.of("/facts/trainedCitizens/of", "/facts/universityEducatedCitizens/of"),
                    e.problems().stream().map(p -> p.pointer()).toList());
            assertEquals(ProblemCode.DENOMINATOR_MISMATCH, e.problems().get(0).code());
            assertEquals(List.of(900L, "learningCitizens", 1000L), e.problems().get(0).args());
        }
        // one share alone, or all out of the same whole, is accepted
        Dossier one = communeLevel2().without(Tt25Facts.LEARNING_CITIZENS.name())
                .without(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS.name()).build();
        assertEquals(Outcome.UNKNOWN, finding(evaluate(one), "tt25.commune.l1.c5.i1").outcome());
    }

    // --- criterion 4: Decree 20/2014 recognised levels

    @ParameterizedTest(name = "{0} at level {1}: Level 1 {2}, Level 2 {3}")
    @CsvSource({
            "universalPrimaryLevel, 3, MET, MET",
            "universalPrimaryLevel, 2, MET, NOT_MET",
            "universalPrimaryLevel, 1, NOT_MET, NOT_MET",
            "universalLowerSecondaryLevel, 3, MET, MET",
            "universalLowerSecondaryLevel, 2, MET, NOT_MET",
            "universalLowerSecondaryLevel, 1, NOT_MET, NOT_MET",
            "literacyLevel, 2, MET, MET",
            "literacyLevel, 1, MET, NOT_MET",
            "literacyLevel, 0, NOT_MET, NOT_MET"})
    void universalEducationLevels(String fact, int recognised, Outcome level1, Outcome level2) {
        Decision d = evaluate(communeLevel2().fact(fact, Fact.of(level(recognised), Fixtures.evidence(fact))).build());
        String indicator = switch (fact) {
            case "universalPrimaryLevel" -> "c4.i2";
            case "universalLowerSecondaryLevel" -> "c4.i3";
            default -> "c4.i4";
        };
        assertEquals(level1, finding(d, "tt25.commune.l1." + indicator).outcome());
        assertEquals(level2, finding(d, "tt25.commune.l2." + indicator).outcome());
        if (level2 == Outcome.NOT_MET) {
            assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, finding(d, "tt25.commune.l2." + indicator).reason().code());
        }
    }

    @ParameterizedTest
    @CsvSource({"universalPrimaryLevel, 4, 3", "universalLowerSecondaryLevel, 4, 3", "literacyLevel, 3, 2"})
    void aDecree20LevelAboveTheTopIsAnInputError(String fact, int recognised, int top) {
        Dossier d = communeLevel2().fact(fact, Fact.of(level(recognised), Fixtures.evidence(fact))).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(d));
        assertEquals("/facts/" + fact + "/level", e.problems().get(0).pointer());
        assertEquals(ProblemCode.OUT_OF_RANGE, e.problems().get(0).code());
        assertEquals(List.of(recognised, 0, top), e.problems().get(0).args());
    }

    // --- qualitative indicators (criteria 1-3 and pre-school)

    static Stream<Object[]> flags() {
        String[] indicators = {"c1.i1", "c1.i2", "c1.i3", "c2.i1", "c2.i2", "c2.i3", "c3.i1", "c3.i2", "c3.i3", "c4.i1"};
        return java.util.stream.IntStream.range(0, indicators.length)
                .mapToObj(i -> new Object[] {Fixtures.COMMUNE_FLAGS.get(i), indicators[i]});
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("flags")
    void eachQualitativeIndicatorIsMetWhenDoneAndNotMetWhenNot(FactKey<FactValue.Flag> key, String indicator) {
        Decision done = evaluate(communeLevel2().build());
        assertEquals(Outcome.MET, finding(done, "tt25.commune.l1." + indicator).outcome());
        assertEquals(ReasonCode.REPORTED_DONE, finding(done, "tt25.commune.l1." + indicator).reason().code());

        Decision notDone = evaluate(communeLevel2().fact(key, FactValue.Flag.FALSE, Fixtures.evidence("report")).build());
        for (String level : List.of("tt25.commune.l1.", "tt25.commune.l2.")) {
            Finding f = finding(notDone, level + indicator);
            assertEquals(Outcome.NOT_MET, f.outcome());
            assertEquals(ReasonCode.REPORTED_NOT_DONE, f.reason().code());
        }
        assertEquals(Optional.empty(), notDone.highestLevel());
        Finding criterion = finding(notDone, "tt25.commune.l1." + indicator.substring(0, 2));
        assertEquals(ReasonCode.PARTS_NOT_MET, criterion.reason().code());
        assertEquals(List.of("tt25.commune.l1." + indicator), criterion.reason().args());
    }

    // --- missing value vs missing evidence

    @Test
    void aMissingValueIsUnknownAndAMissingEvidenceIsNotMet() {
        Decision absent = evaluate(communeLevel2().without(Tt25Facts.ANNUAL_PLAN.name()).build());
        Finding a = finding(absent, "tt25.commune.l1.c1.i2");
        assertEquals(Outcome.UNKNOWN, a.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, a.reason().code());
        assertEquals(List.of(Tt25Facts.ANNUAL_PLAN.label()), a.reason().args());
        assertEquals(Outcome.UNKNOWN, absent.level(Level.LEVEL_1).orElseThrow().outcome());
        assertEquals(Optional.empty(), absent.highestLevel());

        Decision bare = evaluate(communeLevel2().fact(Tt25Facts.ANNUAL_PLAN, FactValue.Flag.TRUE).build());
        Finding b = finding(bare, "tt25.commune.l1.c1.i2");
        assertEquals(Outcome.NOT_MET, b.outcome());
        assertEquals(ReasonCode.NO_EVIDENCE, b.reason().code());
        assertTrue(b.interpretations().contains(Interpretation.I_7));
        assertEquals(Outcome.NOT_MET, bare.level(Level.LEVEL_1).orElseThrow().outcome());
        assertEquals("không có minh chứng", b.reason().message(Lang.VI));
    }

    @Test
    void aWorkforceShareWithoutEvidenceIsNotMetAndAnAbsentOneIsUnknown() {
        Decision bare = evaluate(communeLevel2().fact(Tt25Facts.TRAINED_CITIZENS, share(600, 1000)).build());
        assertEquals(ReasonCode.NO_EVIDENCE, finding(bare, "tt25.commune.l1.c5.i2").reason().code());
        assertEquals(Outcome.NOT_MET, finding(bare, "tt25.commune.l1.c5.i2").outcome());

        Decision absent = evaluate(communeLevel2().without(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS.name()).build());
        Finding f = finding(absent, "tt25.commune.l1.c5.i2");
        assertEquals(Outcome.UNKNOWN, f.outcome());
        assertEquals(List.of(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS.label()), f.reason().args());

        // one condition failing decides even while the other is absent: it cannot be met any more
        Decision both = evaluate(communeLevel2().without(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS.name())
                .fact(Tt25Facts.TRAINED_CITIZENS, share(100, 1000), Fixtures.evidence("t")).build());
        assertEquals(ReasonCode.BELOW_THRESHOLD, finding(both, "tt25.commune.l1.c5.i2").reason().code());
    }

    @Test
    void withoutTheEvidenceRuleABareFactPasses() {
        Decision d = evaluate(communeLevel2().fact(Tt25Facts.ANNUAL_PLAN, FactValue.Flag.TRUE).build(),
                Interpretations.defaults().withEvidenceRequired(false));
        assertEquals(Outcome.MET, finding(d, "tt25.commune.l1.c1.i2").outcome());
        assertEquals(Optional.of(Level.LEVEL_2), d.highestLevel());
    }

    // --- time and input

    @Test
    void beforeTheCircularWasInForceThereIsNoRuleSet() {
        Dossier d = communeLevel2().build();
        Decision before = Tt25.scheme().evaluate(d, LocalDate.of(2024, 2, 11));
        assertEquals(Status.NO_RULE_SET_IN_FORCE, before.status());
        assertEquals(Optional.empty(), before.highestLevel());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 12)), before.inForceFrom());
        assertTrue(before.levels().isEmpty());

        Decision first = Tt25.scheme().evaluate(d, LocalDate.of(2024, 2, 12));
        assertEquals(Status.EVALUATED, first.status());
        assertEquals(Optional.of(Level.LEVEL_2), first.highestLevel());
    }

    @Test
    void aFactOfAnotherTierIsRefusedWithItsPointer() {
        Dossier d = communeLevel2().fact(Tt25Facts.GRDP, Fixtures.trend("1", "2"), Fixtures.evidence("GRDP")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(d));
        assertEquals("/facts/grdp", e.problems().get(0).pointer());
        assertEquals(ProblemCode.UNKNOWN_FACT, e.problems().get(0).code());
    }

    @Test
    void aFactOfTheWrongKindIsRefused() {
        Dossier d = communeLevel2().fact(Tt25Facts.LEARNING_CITIZENS.name(),
                Fact.of(new FactValue.Count(800), Fixtures.evidence("x"))).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(d));
        assertEquals(ProblemCode.WRONG_FACT_KIND, e.problems().get(0).code());
    }

    @Test
    void theExplanationCarriesCitationLabelRequirementAndEvidence() {
        Finding f = finding(evaluate(communeLevel2().build()), "tt25.commune.l2.c5.i1");
        assertEquals("điểm a khoản 5 Điều 7 Thông tư 25/2023/TT-BGDĐT", f.citation().orElseThrow().render(Lang.VI));
        assertEquals("tỷ lệ ≥ 80%", f.requirement().message(Lang.VI));
        assertEquals(Optional.of(share(800, 1000)), f.observed());
        assertEquals(1, f.evidence().size());
        assertFalse(f.label().vi().isBlank());
        assertEquals(AS_OF, evaluate(communeLevel2().build()).asOf());
    }
}
