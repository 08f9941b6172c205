package io.github.xhht.tt25;

import static io.github.xhht.tt25.Fixtures.districtLevel2;
import static io.github.xhht.tt25.Fixtures.evaluate;
import static io.github.xhht.tt25.Fixtures.finding;
import static io.github.xhht.tt25.Fixtures.members;
import static io.github.xhht.tt25.Fixtures.trend;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** District Learning Community, Art. 11 (Level 1) and Art. 12 (Level 2). */
class DistrictTest {

    private static final Level L1 = Level.LEVEL_1;
    private static final Level L2 = Level.LEVEL_2;

    /** The Level 2 district with its communes replaced. */
    static Dossier withCommunes(List<Constituent> communes) {
        return Fixtures.withMembers(districtLevel2().build(), communes);
    }

    static List<Constituent> communes(int l1, int l2, int none) {
        return members("xa", l1, l2, none);
    }

    @Test
    void aDistrictMeetingEveryLevel2TestIsAtLevel2() {
        Decision d = evaluate(districtLevel2().build());
        assertEquals(Optional.of(L2), d.highestLevel());
        assertEquals(26, d.indicators().size());
        d.indicators().forEach(f -> assertEquals(Outcome.MET, f.outcome(), f.id()));
    }

    @ParameterizedTest(name = "{0} at L1, {1} at L2, {2} none: L1 share {3}, L2 share {4}")
    @CsvSource({
            "9, 0, 1, MET, NOT_MET",
            "8, 0, 2, NOT_MET, NOT_MET",
            "18, 0, 2, MET, NOT_MET",
            "17, 0, 3, NOT_MET, NOT_MET",
            "5, 4, 1, MET, NOT_MET",
            "1, 9, 0, MET, MET",
            "2, 8, 0, MET, NOT_MET",
            "0, 27, 3, MET, MET",
            "0, 26, 4, NOT_MET, NOT_MET"})
    void shareOfCommunesRecognised(int l1, int l2, int none, Outcome level1Share, Outcome level2Share) {
        Decision d = evaluate(withCommunes(communes(l1, l2, none)));
        Finding share1 = finding(d, "tt25.district.l1.c4.i1");
        Finding share2 = finding(d, "tt25.district.l2.c4.i1");
        assertEquals(level1Share, share1.outcome());
        assertEquals(level2Share, share2.outcome());
        int total = l1 + l2 + none;
        // I-1 by default: a commune at Level 2 counts toward the Level 1 share
        assertEquals(Optional.of(new FactValue.Share(l1 + l2, total)), share1.observed());
        assertEquals(Optional.of(new FactValue.Share(l2, total)), share2.observed());
        if (level1Share == Outcome.NOT_MET) {
            assertEquals(ReasonCode.BELOW_THRESHOLD, share1.reason().code());
            assertEquals(List.of((l1 + l2) + "/" + total, 90), share1.reason().args());
        }
        assertEquals(level1Share == Outcome.MET ? Optional.of(level2Share == Outcome.MET ? L2 : L1) : Optional.empty(),
                d.highestLevel());
    }

    @Test
    void theLevel1ShareNamesI1AndCanBeReadWithoutIt() {
        List<Constituent> communes = communes(5, 4, 1);
        Finding byDefault = finding(evaluate(withCommunes(communes)), "tt25.district.l1.c4.i1");
        assertTrue(byDefault.interpretations().containsAll(List.of(Interpretation.I_1, Interpretation.I_3, Interpretation.I_8)));
        assertEquals(Outcome.MET, byDefault.outcome());

        Decision strict = evaluate(withCommunes(communes), Interpretations.defaults().withLevel2CountsAsLevel1(false));
        Finding f = finding(strict, "tt25.district.l1.c4.i1");
        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(List.of("5/10", 90), f.reason().args());
        assertTrue(f.interpretations().contains(Interpretation.I_1));
        assertTrue(strict.interpretations().contains(Interpretation.I_1));
        assertFalse(finding(strict, "tt25.district.l2.c4.i1").interpretations().contains(Interpretation.I_1));
    }

    @Test
    void onlyRecognitionsValidOnTheAsOfDateCount() {
        // 8 valid Level 1 communes, plus one whose recognition has lapsed, one decided after the as-of date,
        // and one recognised under another scheme: 8 of 11 count
        List<Constituent> communes = new ArrayList<>(communes(8, 0, 0));
        communes.add(new Constituent("xa-lapsed", "Xã A", List.of(Fixtures.recognition(L1, LocalDate.of(2020, 3, 20)))));
        communes.add(new Constituent("xa-later", "Xã B", List.of(Fixtures.recognition(L1, LocalDate.of(2025, 5, 2)))));
        communes.add(new Constituent("xa-tt24", "Xã C", List.of(new Recognition("tt24", L1, RecognitionKind.FIRST,
                LocalDate.of(2025, 3, 1), "1/QĐ", "Sở GDĐT", 2024))));
        Finding f = finding(evaluate(withCommunes(communes)), "tt25.district.l1.c4.i1");
        assertEquals(Optional.of(new FactValue.Share(8, 11)), f.observed());
        assertEquals(8, f.evidence().size());
        assertTrue(f.evidence().stream().allMatch(e -> e.document().equals("12/QĐ-PGDĐT")));
    }

    @Test
    void theExpiryReadingOfI3DecidesWhetherAnOldRecognitionCounts() {
        // decided 20 March 2022: valid to 31 Dec 2025 by default, to 19 March 2025 under 36 months
        List<Constituent> communes = new ArrayList<>(communes(8, 0, 1));
        communes.add(new Constituent("xa-2022", "Xã D", List.of(Fixtures.recognition(L1, LocalDate.of(2022, 3, 20)))));
        assertEquals(Outcome.MET, finding(evaluate(withCommunes(communes)), "tt25.district.l1.c4.i1").outcome());
        Decision months = evaluate(withCommunes(communes),
                Interpretations.defaults().withExpiry(Interpretations.Expiry.THIRTY_SIX_MONTHS_FROM_DECISION));
        assertEquals(Outcome.NOT_MET, finding(months, "tt25.district.l1.c4.i1").outcome());
    }

    @Test
    void withoutAnyCommuneTheShareIsUnknown() {
        Finding f = finding(evaluate(withCommunes(List.of())), "tt25.district.l1.c4.i1");
        assertEquals(Outcome.UNKNOWN, f.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, f.reason().code());
    }

    @Test
    void theOrderOfTheCommunesDoesNotChangeTheDecision() {
        List<Constituent> communes = communes(5, 4, 1);
        List<Constituent> reversed = new ArrayList<>(communes);
        Collections.reverse(reversed);
        assertEquals(evaluate(withCommunes(communes)), evaluate(withCommunes(reversed)));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @CsvSource({
            "incomePerCapita, 62.5, 62.6, MET",
            "incomePerCapita, 62.5, 62.5, NOT_MET",
            "incomePerCapita, 62.5, 62.4, NOT_MET",
            "employedLabourRate, 96.10, 96.11, MET",
            "employedLabourRate, 96.10, 96.1, NOT_MET"})
    void yearOnYearIncreasesAreStrict(String fact, String previous, String current, Outcome expected) {
        Dossier d = districtLevel2().fact(fact, io.github.xhht.core.model.Fact.of(trend(previous, current),
                Fixtures.evidence(fact))).build();
        String id = fact.equals("incomePerCapita") ? "c4.i2" : "c4.i3";
        for (String level : List.of("tt25.district.l1.", "tt25.district.l2.")) {
            Finding f = finding(evaluate(d), level + id);
            assertEquals(expected, f.outcome());
            if (expected == Outcome.NOT_MET) {
                assertEquals(ReasonCode.NOT_INCREASED, f.reason().code());
            }
        }
    }

    @Test
    void aTrendWithoutEvidenceIsNotMetAndAnAbsentOneIsUnknown() {
        Decision bare = evaluate(districtLevel2().fact(Tt25Facts.INCOME_PER_CAPITA, trend("1", "2")).build());
        assertEquals(ReasonCode.NO_EVIDENCE, finding(bare, "tt25.district.l1.c4.i2").reason().code());
        Decision absent = evaluate(districtLevel2().without(Tt25Facts.EMPLOYED_LABOUR_RATE.name()).build());
        assertEquals(Outcome.UNKNOWN, finding(absent, "tt25.district.l1.c4.i3").outcome());
        assertEquals(Optional.empty(), absent.highestLevel());
    }

    @Test
    void beforeTheCircularWasInForceADistrictHasNoRuleSet() {
        // Art. 25(1): in force from 12 February 2024
        Dossier d = districtLevel2().build();
        assertEquals(io.github.xhht.core.eval.Status.NO_RULE_SET_IN_FORCE, Tt25.scheme().evaluate(d, LocalDate.of(2024, 2, 11)).status());
        assertEquals(io.github.xhht.core.eval.Status.EVALUATED, Tt25.scheme().evaluate(d, LocalDate.of(2024, 2, 12)).status());
    }

    static Stream<Object[]> flags() {
        String[] ids = {"c1.i1", "c1.i2", "c1.i3", "c2.i1", "c2.i2", "c2.i3", "c2.i4", "c3.i1", "c3.i2", "c3.i3"};
        return IntStream.range(0, ids.length).mapToObj(i -> new Object[] {Fixtures.DISTRICT_FLAGS.get(i), ids[i]});
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("flags")
    void eachQualitativeIndicatorIsMetWhenDoneAndNotMetWhenNot(FactKey<FactValue.Flag> key, String id) {
        assertEquals(Outcome.MET, finding(evaluate(districtLevel2().build()), "tt25.district.l1." + id).outcome());
        Decision notDone = evaluate(districtLevel2().fact(key, FactValue.Flag.FALSE, Fixtures.evidence("x")).build());
        for (String level : List.of("tt25.district.l1.", "tt25.district.l2.")) {
            assertEquals(ReasonCode.REPORTED_NOT_DONE, finding(notDone, level + id).reason().code());
        }
        assertEquals(Optional.empty(), notDone.highestLevel());
    }
}
