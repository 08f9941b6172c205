package io.github.xhht.tt25;

import static io.github.xhht.tt25.Fixtures.evaluate;
import static io.github.xhht.tt25.Fixtures.finding;
import static io.github.xhht.tt25.Fixtures.provinceLevel2;
import static io.github.xhht.tt25.Fixtures.trend;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Provincial Learning Community, Art. 16 (Level 1) and Art. 17 (Level 2). */
class ProvinceTest {

    private static Dossier.Builder withUniversity() {
        return provinceLevel2(SubjectAttribute.HAS_UNIVERSITY);
    }

    static Dossier withDistricts(Dossier.Builder base, int l1, int l2, int none) {
        return Fixtures.withMembers(base.build(), Fixtures.members("huyen", l1, l2, none));
    }

    @Test
    void aProvinceMeetingEveryLevel2TestIsAtLevel2() {
        Decision d = evaluate(withUniversity().build());
        assertEquals(Optional.of(Level.LEVEL_2), d.highestLevel());
        assertEquals(32, d.indicators().size());
        d.indicators().forEach(f -> assertEquals(Outcome.MET, f.outcome(), f.id()));
    }

    @ParameterizedTest(name = "{0} at L1, {1} at L2, {2} none: L1 share {3}, L2 share {4}")
    @CsvSource({
            "9, 0, 1, MET, NOT_MET",
            "8, 0, 2, NOT_MET, NOT_MET",
            "0, 18, 2, MET, MET",
            "0, 17, 3, NOT_MET, NOT_MET",
            "4, 5, 1, MET, NOT_MET",
            "1, 9, 0, MET, MET",
            "2, 8, 0, MET, NOT_MET"})
    void shareOfDistrictsRecognised(int l1, int l2, int none, Outcome level1Share, Outcome level2Share) {
        Decision d = evaluate(withDistricts(withUniversity(), l1, l2, none));
        assertEquals(level1Share, finding(d, "tt25.province.l1.c4.i1").outcome());
        assertEquals(level2Share, finding(d, "tt25.province.l2.c4.i1").outcome());
        assertTrue(finding(d, "tt25.province.l1.c4.i1").interpretations().contains(Interpretation.I_1));
        int total = l1 + l2 + none;
        if (level1Share == Outcome.NOT_MET) {
            assertEquals(ReasonCode.BELOW_THRESHOLD, finding(d, "tt25.province.l1.c4.i1").reason().code());
            assertEquals(List.of((l1 + l2) + "/" + total, 90), finding(d, "tt25.province.l1.c4.i1").reason().args());
        }
        if (level2Share == Outcome.NOT_MET) {
            assertEquals(ReasonCode.BELOW_THRESHOLD, finding(d, "tt25.province.l2.c4.i1").reason().code());
            assertEquals(List.of(l2 + "/" + total, 90), finding(d, "tt25.province.l2.c4.i1").reason().args());
        }
        Decision strict = evaluate(withDistricts(withUniversity(), l1, l2, none),
                Interpretations.defaults().withLevel2CountsAsLevel1(false));
        assertEquals(Optional.of(new FactValue.Share(l1, l1 + l2 + none)),
                finding(strict, "tt25.province.l1.c4.i1").observed());
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @CsvSource({
            "multidimensionalPovertyRate, 2.10, 2.09, MET, NOT_DECREASED",
            "multidimensionalPovertyRate, 2.10, 2.10, NOT_MET, NOT_DECREASED",
            "multidimensionalPovertyRate, 2.10, 2.11, NOT_MET, NOT_DECREASED",
            "grdp, 1200000, 1200001, MET, NOT_INCREASED",
            "grdp, 1200000, 1200000, NOT_MET, NOT_INCREASED",
            "grdp, 1200000, 1199999, NOT_MET, NOT_INCREASED"})
    void povertyMustFallAndGrdpMustRiseStrictly(String fact, String previous, String current, Outcome expected,
                                                ReasonCode failure) {
        Dossier d = withUniversity().fact(fact, Fact.of(trend(previous, current), Fixtures.evidence(fact))).build();
        String id = fact.equals("grdp") ? "c4.i3" : "c4.i2";
        for (String level : List.of("tt25.province.l1.", "tt25.province.l2.")) {
            Finding f = finding(evaluate(d), level + id);
            assertEquals(expected, f.outcome());
            if (expected == Outcome.NOT_MET) {
                assertEquals(failure, f.reason().code());
            }
        }
    }

    @ParameterizedTest(name = "museum programmes {0}: {1}")
    @CsvSource({"4, MET", "3, NOT_MET", "12, MET", "0, NOT_MET"})
    void theMuseumRunsAtLeastFourProgrammes(long programmes, Outcome expected) {
        Decision d = evaluate(withUniversity().fact(Tt25Facts.MUSEUM_PROGRAMMES, new FactValue.Count(programmes),
                Fixtures.evidence("museum")).build());
        Finding f = finding(d, "tt25.province.l1.c3.i4");
        assertEquals(expected, f.outcome());
        if (expected == Outcome.NOT_MET) {
            assertEquals(ReasonCode.COUNT_BELOW_MINIMUM, f.reason().code());
            assertEquals(List.of(programmes, 4L), f.reason().args());
        }
    }

    @Test
    void radioTelevisionNeedsFourProgrammesAndLearningContent() {
        Dossier.Builder base = withUniversity();
        assertEquals(Outcome.MET, finding(evaluate(base.build()), "tt25.province.l1.c3.i5").outcome());

        Finding three = finding(evaluate(withUniversity().fact(Tt25Facts.RADIO_TV_PROGRAMMES, new FactValue.Count(3),
                Fixtures.evidence("tv")).build()), "tt25.province.l1.c3.i5");
        assertEquals(Outcome.NOT_MET, three.outcome());
        assertEquals(ReasonCode.COUNT_BELOW_MINIMUM, three.reason().code());
        assertEquals(Optional.of(new FactValue.Count(3)), three.observed());

        Finding noContent = finding(evaluate(withUniversity().fact(Tt25Facts.RADIO_TV_LEARNING_CONTENT,
                FactValue.Flag.FALSE, Fixtures.evidence("tv")).build()), "tt25.province.l1.c3.i5");
        assertEquals(ReasonCode.REPORTED_NOT_DONE, noContent.reason().code());

        Finding absent = finding(evaluate(withUniversity().without(Tt25Facts.RADIO_TV_LEARNING_CONTENT.name()).build()),
                "tt25.province.l1.c3.i5");
        assertEquals(Outcome.UNKNOWN, absent.outcome());
        assertEquals(List.of(Tt25Facts.RADIO_TV_LEARNING_CONTENT.label()), absent.reason().args());
    }

    @Test
    void withoutAUniversityTheUniversityIndicatorIsNotApplicableByDefault() {
        // I-10: a province with no university of its own, and no fact about one
        Dossier d = provinceLevel2().without(Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION.name()).build();
        Decision decision = evaluate(d);
        Finding f = finding(decision, "tt25.province.l1.c3.i1");
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
        assertEquals(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, f.reason().code());
        assertTrue(f.interpretations().contains(Interpretation.I_10));
        assertEquals(Outcome.MET, finding(decision, "tt25.province.l1.c3").outcome());
        assertEquals(Optional.of(Level.LEVEL_2), decision.highestLevel());
        assertTrue(decision.interpretations().contains(Interpretation.I_10));

        Decision strict = evaluate(d, Interpretations.defaults()
                .withProvinceWithoutUniversity(Interpretations.WithoutUniversity.NOT_MET));
        Finding notMet = finding(strict, "tt25.province.l1.c3.i1");
        assertEquals(Outcome.NOT_MET, notMet.outcome());
        assertEquals(ReasonCode.EXPLAINED, notMet.reason().code());
        assertEquals(Optional.empty(), strict.highestLevel());
    }

    @Test
    void withAUniversityTheIndicatorIsJudgedOnItsFact() {
        Decision absent = evaluate(withUniversity().without(Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION.name()).build());
        assertEquals(Outcome.UNKNOWN, finding(absent, "tt25.province.l1.c3.i1").outcome());
        Decision notDone = evaluate(withUniversity().fact(Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION,
                FactValue.Flag.FALSE, Fixtures.evidence("u")).build());
        assertEquals(ReasonCode.REPORTED_NOT_DONE, finding(notDone, "tt25.province.l1.c3.i1").reason().code());
    }

    @Test
    void aProgrammeCountWithoutEvidenceIsNotMetAndAnAbsentOneIsUnknown() {
        // I-7: four programmes reported without a document fail for lack of evidence, not for the count
        for (FactKey<FactValue.Count> key : List.of(Tt25Facts.MUSEUM_PROGRAMMES, Tt25Facts.RADIO_TV_PROGRAMMES)) {
            String id = key == Tt25Facts.MUSEUM_PROGRAMMES ? "c3.i4" : "c3.i5";
            Decision bare = evaluate(withUniversity().fact(key, new FactValue.Count(4)).build());
            Decision absent = evaluate(withUniversity().without(key.name()).build());
            for (String level : List.of("tt25.province.l1.", "tt25.province.l2.")) {
                assertEquals(Outcome.NOT_MET, finding(bare, level + id).outcome(), key.name());
                assertEquals(ReasonCode.NO_EVIDENCE, finding(bare, level + id).reason().code(), key.name());
                assertEquals(Outcome.UNKNOWN, finding(absent, level + id).outcome(), key.name());
                assertEquals(ReasonCode.VALUE_ABSENT, finding(absent, level + id).reason().code(), key.name());
                assertEquals(List.of(key.label()), finding(absent, level + id).reason().args());
            }
            assertEquals(Optional.empty(), bare.highestLevel());
        }
    }

    @Test
    void withoutAnyDistrictTheSharesAreUnknownAndSaySo() {
        Decision d = evaluate(withDistricts(withUniversity(), 0, 0, 0));
        for (String id : List.of("tt25.province.l1.c4.i1", "tt25.province.l2.c4.i1")) {
            Finding f = finding(d, id);
            assertEquals(Outcome.UNKNOWN, f.outcome(), id);
            assertEquals(ReasonCode.VALUE_ABSENT, f.reason().code(), id);
            assertTrue(f.reason().message(io.github.xhht.core.i18n.Lang.VI).contains("các huyện thuộc tỉnh"),
                    f.reason().message(io.github.xhht.core.i18n.Lang.VI));
        }
        assertEquals(Optional.empty(), d.highestLevel());
    }

    @Test
    void beforeTheCircularWasInForceAProvinceHasNoRuleSet() {
        // Art. 25(1): in force from 12 February 2024
        Dossier d = withUniversity().build();
        assertEquals(io.github.xhht.core.eval.Status.NO_RULE_SET_IN_FORCE,
                Tt25.scheme().evaluate(d, java.time.LocalDate.of(2024, 2, 11)).status());
        assertEquals(io.github.xhht.core.eval.Status.EVALUATED,
                Tt25.scheme().evaluate(d, java.time.LocalDate.of(2024, 2, 12)).status());
    }

    static Stream<Object[]> flags() {
        String[] ids = {"c1.i1", "c1.i2", "c1.i3", "c2.i1", "c2.i2", "c2.i3", "c2.i4", "c2.i5", "c3.i1", "c3.i2",
                "c3.i3", "c3.i5"};
        return IntStream.range(0, ids.length).mapToObj(i -> new Object[] {Fixtures.PROVINCE_FLAGS.get(i), ids[i]});
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("flags")
    void eachQualitativeIndicatorIsMetWhenDoneAndNotMetWhenNot(FactKey<FactValue.Flag> key, String id) {
        assertEquals(Outcome.MET, finding(evaluate(withUniversity().build()), "tt25.province.l1." + id).outcome());
        Decision notDone = evaluate(withUniversity().fact(key, FactValue.Flag.FALSE, Fixtures.evidence("x")).build());
        for (String level : List.of("tt25.province.l1.", "tt25.province.l2.")) {
            Finding f = finding(notDone, level + id);
            assertEquals(Outcome.NOT_MET, f.outcome());
            assertEquals(ReasonCode.REPORTED_NOT_DONE, f.reason().code());
        }
        assertEquals(Optional.empty(), notDone.highestLevel());
    }
}
