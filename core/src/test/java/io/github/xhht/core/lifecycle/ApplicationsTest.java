package io.github.xhht.core.lifecycle;

import static io.github.xhht.core.lifecycle.ValidityTest.tt25;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationsTest {
    static final Interpretations DEFAULTS = Interpretations.defaults();
    // a TT 25 district files with the provincial department, which still exists after 1 July 2025
    static final Office DEPARTMENT = Office.PROVINCIAL_EDUCATION_DEPARTMENT;

    static Application district(RecognitionKind kind, Level level, int year, LocalDate filed) {
        return new Application(Track.TT25_DISTRICT, kind, level, year, filed, DEPARTMENT);
    }

    static List<CitedReason.Code> codes(Eligibility e) {
        return e.reasons().stream().map(CitedReason::code).toList();
    }

    // --- upgrade: 12 months after the Level 1 decision
    static final List<Recognition> LEVEL_1_ON_15_APRIL_2024 = List.of(tt25(Level.LEVEL_1, LocalDate.of(2024, 4, 15)));

    @Test
    void upgradeElevenMonthsAfterTheLevel1DecisionIsRefused() {
        Eligibility e = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_2, 2024, LocalDate.of(2025, 3, 15)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(Eligibility.Status.REFUSED, e.status());
        assertEquals(List.of(CitedReason.Code.UPGRADE_TOO_EARLY, CitedReason.Code.OFFICE_BY_LAW), codes(e));
        assertEquals("the Level 1 decision of 2024-04-15 allows an upgrade application from 2025-04-15 (12 months); "
                        + "filed on 2025-03-15 (Article 10(3) of Circular 25/2023/TT-BGDĐT) [I-4]",
                e.reasons().get(0).message(Lang.EN));
    }

    @Test
    void upgradeTheDayBefore12MonthsIsRefusedAndOnTheDayAllowed() {
        Eligibility before = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_2, 2024, LocalDate.of(2025, 4, 14)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(Eligibility.Status.REFUSED, before.status());
        Eligibility on = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_2, 2024, LocalDate.of(2025, 4, 15)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(Eligibility.Status.ALLOWED, on.status());
        assertEquals(List.of(CitedReason.Code.UPGRADE_AFTER_12_MONTHS, CitedReason.Code.OFFICE_BY_LAW), codes(on));
        assertEquals(List.of(Interpretation.I_4), on.interpretations());
        assertEquals(DeadlineCheck.Timeliness.IN_TIME, on.filing().timeliness(), "before 30 April");
    }

    @Test
    void aLevel1DecisionOn29FebruaryAllowsAnUpgradeFrom28February() {
        assertEquals(LocalDate.of(2025, 2, 28), Applications.earliestUpgrade(LocalDate.of(2024, 2, 29)));
        assertTrue(Applications.upgradeWaitOver(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)));
    }

    @Test
    void upgradeNeedsAValidLevel1AndAsksForLevel2() {
        Eligibility none = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_2, 2024, LocalDate.of(2025, 4, 1)),
                List.of(), DEFAULTS);
        assertEquals(List.of(CitedReason.Code.UPGRADE_WITHOUT_LEVEL_1, CitedReason.Code.OFFICE_BY_LAW), codes(none));
        Eligibility expired = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_2, 2027, LocalDate.of(2028, 4, 1)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(Eligibility.Status.REFUSED, expired.status());
        assertEquals(CitedReason.Code.UPGRADE_WITHOUT_LEVEL_1, expired.reasons().get(0).code());
        Eligibility level1 = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_1, 2025, LocalDate.of(2026, 4, 1)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(List.of(CitedReason.Code.UPGRADE_IS_TO_LEVEL_2, CitedReason.Code.UPGRADE_AFTER_12_MONTHS,
                CitedReason.Code.OFFICE_BY_LAW), codes(level1));
        assertEquals(Eligibility.Status.REFUSED, level1.status());
    }

    @Test
    void noUpgradeOverAValidLevel2() {
        List<Recognition> both = List.of(tt25(Level.LEVEL_1, LocalDate.of(2024, 4, 15)), tt25(Level.LEVEL_2, LocalDate.of(2025, 5, 20)));
        Eligibility e = Applications.check(district(RecognitionKind.UPGRADE, Level.LEVEL_2, 2025, LocalDate.of(2026, 4, 1)), both, DEFAULTS);
        assertEquals(CitedReason.Code.UPGRADE_ALREADY_LEVEL_2, e.reasons().get(0).code());
        assertEquals(Eligibility.Status.REFUSED, e.status());
    }

    // --- first application and I-4
    @Test
    void aFirstApplicantMayAskForLevel2DirectlyUnderTheDefaultReadingOfI4() {
        Eligibility e = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_2, 2024, LocalDate.of(2025, 4, 1)), List.of(), DEFAULTS);
        assertEquals(Eligibility.Status.ALLOWED, e.status());
        assertEquals(List.of(CitedReason.Code.FIRST_APPLICATION, CitedReason.Code.DIRECT_LEVEL_2_ALLOWED,
                CitedReason.Code.OFFICE_BY_LAW), codes(e));
        assertEquals(List.of(Interpretation.I_4), e.interpretations());
    }

    @Test
    void theOtherReadingOfI4RefusesADirectLevel2ButNotALevel1() {
        Interpretations strict = DEFAULTS.withDirectLevel2(false);
        Eligibility l2 = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_2, 2024, LocalDate.of(2025, 4, 1)), List.of(), strict);
        assertEquals(Eligibility.Status.REFUSED, l2.status());
        assertEquals(CitedReason.Code.DIRECT_LEVEL_2_REFUSED, l2.reasons().get(0).code());
        Eligibility l1 = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_1, 2024, LocalDate.of(2025, 4, 1)), List.of(), strict);
        assertEquals(Eligibility.Status.ALLOWED, l1.status());
        assertEquals(List.of(), l1.interpretations());
    }

    @Test
    void aFirstApplicationWhileRecognisedOrAfterExpiryIsTheWrongKind() {
        Eligibility held = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_1, 2024, LocalDate.of(2025, 4, 1)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(CitedReason.Code.ALREADY_RECOGNISED, held.reasons().get(0).code());
        Eligibility lapsed = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_1, 2027, LocalDate.of(2028, 4, 1)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(CitedReason.Code.EARLIER_RECOGNITION_EXPIRED_FILE_AS_RENEWAL, lapsed.reasons().get(0).code());
        assertEquals(Eligibility.Status.REFUSED, lapsed.status());
    }

    // --- renewal only after expiry
    @Test
    void renewalOnlyAfterExpiry() {
        Eligibility lastValidDay = Applications.check(district(RecognitionKind.RENEWAL, Level.LEVEL_1, 2026, LocalDate.of(2027, 12, 31)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(CitedReason.Code.RENEWAL_BEFORE_EXPIRY, lastValidDay.reasons().get(0).code());
        assertEquals(Eligibility.Status.REFUSED, lastValidDay.status());
        Eligibility dayAfter = Applications.check(district(RecognitionKind.RENEWAL, Level.LEVEL_1, 2027, LocalDate.of(2028, 1, 1)),
                LEVEL_1_ON_15_APRIL_2024, DEFAULTS);
        assertEquals(Eligibility.Status.ALLOWED, dayAfter.status());
        assertEquals(CitedReason.Code.RENEWAL_AFTER_EXPIRY, dayAfter.reasons().get(0).code());
        Eligibility nothing = Applications.check(district(RecognitionKind.RENEWAL, Level.LEVEL_1, 2024, LocalDate.of(2025, 4, 1)),
                List.of(), DEFAULTS);
        assertEquals(CitedReason.Code.RENEWAL_WITHOUT_EARLIER_RECOGNITION, nothing.reasons().get(0).code());
    }

    @Test
    void renewalAtLevel2AfterALevel1ExpiredIsI4sQuestionButAfterALevel2IsNot() {
        Interpretations strict = DEFAULTS.withDirectLevel2(false);
        Eligibility afterLevel1 = Applications.check(district(RecognitionKind.RENEWAL, Level.LEVEL_2, 2027, LocalDate.of(2028, 1, 5)),
                LEVEL_1_ON_15_APRIL_2024, strict);
        assertEquals(Eligibility.Status.REFUSED, afterLevel1.status());
        List<Recognition> level2 = List.of(tt25(Level.LEVEL_2, LocalDate.of(2024, 4, 15)));
        Eligibility afterLevel2 = Applications.check(district(RecognitionKind.RENEWAL, Level.LEVEL_2, 2027, LocalDate.of(2028, 1, 5)),
                level2, strict);
        assertEquals(Eligibility.Status.ALLOWED, afterLevel2.status());
    }

    // --- data year, body, deadline
    @Test
    void theDataYearMustBeOverBeforeFiling() {
        Eligibility onLastDay = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_1, 2024, LocalDate.of(2024, 12, 31)), List.of(), DEFAULTS);
        assertEquals(CitedReason.Code.FILED_BEFORE_DATA_YEAR_ENDED, onLastDay.reasons().get(0).code());
        assertEquals("nộp ngày 31/12/2024, khi số liệu của năm đánh giá chưa đủ (số liệu tính đến ngày 31/12/2024) "
                + "(điểm b khoản 1 Điều 14 Thông tư 25/2023/TT-BGDĐT)", onLastDay.reasons().get(0).message(Lang.VI));
        Eligibility nextDay = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_1, 2024, LocalDate.of(2025, 1, 1)), List.of(), DEFAULTS);
        assertEquals(Eligibility.Status.ALLOWED, nextDay.status());
    }

    @Test
    void filingWithAnotherBodyIsRefusedNamingTheRightOne() {
        Application app = new Application(Track.TT25_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 2024,
                LocalDate.of(2025, 4, 1), Office.MINISTRY_OF_EDUCATION);
        Eligibility e = Applications.check(app, List.of(), DEFAULTS);
        assertEquals(Eligibility.Status.REFUSED, e.status());
        assertEquals("filed with Ministry of Education and Training; the dossier goes to provincial Department of "
                + "Education and Training (Article 14(1)(d) of Circular 25/2023/TT-BGDĐT)", e.reasons().get(0).message(Lang.EN));
        assertEquals(List.of(CitedReason.Code.FILED_WITH_OTHER_BODY, CitedReason.Code.FIRST_APPLICATION), codes(e));
    }

    @Test
    void aLateFilingIsReportedWithItsDaysLateWithoutRefusal() {
        Eligibility e = Applications.check(district(RecognitionKind.FIRST, Level.LEVEL_1, 2024, LocalDate.of(2025, 5, 2)), List.of(), DEFAULTS);
        assertEquals(Eligibility.Status.ALLOWED, e.status());
        assertEquals(DeadlineCheck.Timeliness.LATE, e.filing().timeliness());
        assertEquals(3, e.filing().daysLate(), "last day in time is 29 April");
    }

    // --- 1 July 2025: the district office that receives commune dossiers is gone
    @Test
    void aCommuneFilingOn30June2025GoesToTheDistrictOfficeAndFrom1JulyIsUnresolved() {
        Application june = new Application(Track.TT25_COMMUNE, RecognitionKind.FIRST, Level.LEVEL_1, 2024,
                LocalDate.of(2025, 6, 30), Office.DISTRICT_EDUCATION_OFFICE);
        assertEquals(Eligibility.Status.ALLOWED, Applications.check(june, List.of(), DEFAULTS).status());
        Office communeCommittee = Office.configured("communePeoplesCommittee", Text.of("Ủy ban nhân dân xã", "commune People's Committee"));
        Application july = new Application(Track.TT25_COMMUNE, RecognitionKind.FIRST, Level.LEVEL_1, 2025,
                LocalDate.of(2026, 1, 20), communeCommittee);
        Eligibility unresolved = Applications.check(july, List.of(), DEFAULTS);
        assertEquals(Eligibility.Status.UNRESOLVED, unresolved.status());
        assertEquals(List.of(CitedReason.Code.FIRST_APPLICATION, CitedReason.Code.OFFICE_UNRESOLVED), codes(unresolved));
        assertEquals(List.of(Interpretation.I_5), unresolved.interpretations());
        Eligibility configured = Applications.check(july, List.of(), DEFAULTS,
                Authorities.Configuration.none().withReceiver(Track.TT25_COMMUNE, communeCommittee));
        assertEquals(Eligibility.Status.ALLOWED, configured.status());
        assertEquals(List.of(Interpretation.I_5), configured.interpretations());
    }

    @Test
    void anApplicationWithoutAFilingDateIsRejectedWithItsPointer() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                new Application(Track.TT24_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 2024, null, Office.DISTRICT_EDUCATION_OFFICE));
        assertEquals("/filedOn", e.problems().get(0).pointer());
        assertThrows(InvalidInputException.class, () ->
                new Application(Track.TT24_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 1800, LocalDate.of(2025, 1, 2), Office.DISTRICT_EDUCATION_OFFICE));
    }

    @Test
    void earlyUpgradesInAHistoryAreFlaggedAtTheDayBeforeNotOnTheDay() {
        Recognition l1 = tt25(Level.LEVEL_1, LocalDate.of(2024, 4, 15));
        Recognition dayBefore = tt25(Level.LEVEL_2, LocalDate.of(2025, 4, 14));
        Recognition onTheDay = tt25(Level.LEVEL_2, LocalDate.of(2025, 4, 15));
        assertEquals(List.of(dayBefore), Applications.earlyUpgrades(List.of(l1, dayBefore)));
        assertEquals(List.of(), Applications.earlyUpgrades(List.of(l1, onTheDay)));
        assertEquals(List.of(onTheDay), Applications.earlyUpgrades(List.of(onTheDay)), "no Level 1 to build on");
    }
}
