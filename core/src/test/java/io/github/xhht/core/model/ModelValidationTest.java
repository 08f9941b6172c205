package io.github.xhht.core.model;

import static io.github.xhht.core.testing.Problems.assertProblem;
import static io.github.xhht.core.testing.Problems.problems;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.testing.TestDossiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad values are refused at construction, each with the JSON pointer of the field and a stable code. */
class ModelValidationTest {
    private static final long MAX = FactValue.MAX_COUNT;
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

    // --- counts and shares ---

    @Test
    void negativeCount() {
        assertProblem(Problem.at("/count", ProblemCode.NEGATIVE_COUNT, -1L), () -> new FactValue.Count(-1));
        assertDoesNotThrow(() -> new FactValue.Count(0));
    }

    @Test
    void countAboveTheMaximum() {
        assertProblem(Problem.at("/count", ProblemCode.COUNT_TOO_LARGE, MAX + 1, MAX), () -> new FactValue.Count(MAX + 1));
        assertDoesNotThrow(() -> new FactValue.Count(MAX));
    }

    @Test
    void negativeNumeratorOrDenominator() {
        assertProblem(Problem.at("/count", ProblemCode.NEGATIVE_COUNT, -1L), () -> new FactValue.Share(-1, 5));
        assertProblem(Problem.at("/of", ProblemCode.NEGATIVE_COUNT, -5L), () -> new FactValue.Share(0, -5));
    }

    @Test
    void shareAboveTheMaximum() {
        assertProblem(Problem.at("/of", ProblemCode.COUNT_TOO_LARGE, MAX + 1, MAX), () -> new FactValue.Share(1, MAX + 1));
        assertProblem(Problem.at("/count", ProblemCode.COUNT_TOO_LARGE, Long.MAX_VALUE, MAX),
                () -> new FactValue.Share(Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Test
    void numeratorAboveDenominator() {
        assertProblem(Problem.at("/count", ProblemCode.NUMERATOR_ABOVE_DENOMINATOR, 5201L, 5200L),
                () -> new FactValue.Share(5201, 5200));
        assertDoesNotThrow(() -> new FactValue.Share(5200, 5200));
        assertDoesNotThrow(() -> new FactValue.Share(0, 0));
    }

    // --- other values ---

    @ParameterizedTest
    @ValueSource(ints = {-1, 100})
    void levelOutOfRange(int level) {
        assertProblem(Problem.at("/level", ProblemCode.OUT_OF_RANGE, level, 0, 99), () -> new FactValue.LevelValue(level));
    }

    @Test
    void levelBounds() {
        assertDoesNotThrow(() -> new FactValue.LevelValue(0));
        assertDoesNotThrow(() -> new FactValue.LevelValue(99));
    }

    @Test
    void blankTitle() {
        assertProblem(Problem.at("/title", ProblemCode.BLANK), () -> new FactValue.Title(" "));
    }

    @Test
    void amountsBeyondTheLimit() {
        BigDecimal over = FactValue.MAX_AMOUNT.add(BigDecimal.ONE);
        BigDecimal min = FactValue.MAX_AMOUNT.negate();
        assertProblem(Problem.at("/amount", ProblemCode.OUT_OF_RANGE, over, min, FactValue.MAX_AMOUNT),
                () -> new FactValue.Amount(over));
        assertProblem(Problem.at("/previous", ProblemCode.OUT_OF_RANGE, over.negate(), min, FactValue.MAX_AMOUNT),
                () -> new FactValue.Trend(over.negate(), BigDecimal.ONE));
        assertProblem(Problem.at("/current", ProblemCode.OUT_OF_RANGE, over, min, FactValue.MAX_AMOUNT),
                () -> new FactValue.Trend(BigDecimal.ONE, over));
        assertDoesNotThrow(() -> new FactValue.Amount(FactValue.MAX_AMOUNT));
        assertDoesNotThrow(() -> new FactValue.Amount(min));
    }

    // --- period and dates ---

    @Test
    void reversedPeriod() {
        assertProblem(Problem.at("/to", ProblemCode.PERIOD_REVERSED, DEC_31, JAN_1), () -> new AssessmentPeriod(DEC_31, JAN_1));
        assertDoesNotThrow(() -> new AssessmentPeriod(JAN_1, JAN_1));
    }

    @Test
    void dateFactsMustLieInThePeriodBoundsIncluded() {
        for (LocalDate inside : List.of(JAN_1, DEC_31)) {
            assertDoesNotThrow(() -> TestDossiers.builder("tt25")
                    .fact("launched", Fact.of(new FactValue.DateValue(inside))).build());
        }
        for (LocalDate outside : List.of(JAN_1.minusDays(1), DEC_31.plusDays(1))) {
            assertProblem(Problem.at("/facts/launched/date", ProblemCode.DATE_OUTSIDE_PERIOD, outside, JAN_1, DEC_31),
                    () -> TestDossiers.builder("tt25").fact("launched", Fact.of(new FactValue.DateValue(outside))).build());
        }
    }

    @Test
    void aFactNameIsEscapedInThePointer() {
        assertProblem(Problem.at("/facts/a~1b~0c/date", ProblemCode.DATE_OUTSIDE_PERIOD, DEC_31.plusDays(1), JAN_1, DEC_31),
                () -> TestDossiers.builder("tt25").fact("a/b~c", Fact.of(new FactValue.DateValue(DEC_31.plusDays(1)))).build());
    }

    // --- names and ids ---

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankSubjectIdOrName(String blank) {
        assertProblem(Problem.at("/id", ProblemCode.BLANK), () -> Subject.builder(SubjectKind.COMMUNE, blank, "Xã A").build());
        assertProblem(Problem.at("/name", ProblemCode.BLANK), () -> Subject.builder(SubjectKind.COMMUNE, "x", blank).build());
        assertProblem(Problem.at("/id", ProblemCode.BLANK), () -> new Constituent(blank, "Xã A", List.of()));
        assertProblem(Problem.at("/scheme", ProblemCode.BLANK),
                () -> Dossier.builder(blank, TestDossiers.commune(), TestDossiers.PERIOD).build());
    }

    @Test
    void aSubjectProblemMovesUnderItsParent() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Subject.builder(SubjectKind.COMMUNE, " ", "Xã A").build());
        assertEquals(List.of(Problem.at("/subject/id", ProblemCode.BLANK)), e.under("/subject").problems());
    }

    @Test
    void duplicateConstituentIds() {
        Constituent a = new Constituent("xa-1", "Xã 1", List.of());
        Constituent b = new Constituent("xa-2", "Xã 2", List.of());
        Constituent again = new Constituent("xa-1", "Xã 1 (lặp)", List.of());
        assertProblem(Problem.at("/constituents/2/id", ProblemCode.DUPLICATE_ID, "xa-1"),
                () -> TestDossiers.builder("tt25").constituent(a).constituent(b).constituent(again).build());
    }

    @Test
    void everyProblemOfADossierIsReportedAtOnce() {
        Constituent a = new Constituent("xa-1", "Xã 1", List.of());
        List<Problem> found = problems(() -> Dossier.builder(" ", TestDossiers.commune(), TestDossiers.PERIOD)
                .fact("launched", Fact.of(new FactValue.DateValue(JAN_1.minusDays(1))))
                .constituent(a).constituent(a).build());
        assertEquals(List.of(
                Problem.at("/scheme", ProblemCode.BLANK),
                Problem.at("/facts/launched/date", ProblemCode.DATE_OUTSIDE_PERIOD, JAN_1.minusDays(1), JAN_1, DEC_31),
                Problem.at("/constituents/1/id", ProblemCode.DUPLICATE_ID, "xa-1")), found);
    }

    // --- evidence ---

    @ParameterizedTest
    @ValueSource(strings = {
        "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", // upper case
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", // 63 digits
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555", // 65 digits
        "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", // not hex
        ""})
    void badSha256(String digest) {
        assertProblem(Problem.at("/sha256", ProblemCode.INVALID_SHA256, digest),
                () -> new Evidence("12/KH-UBND", "", JAN_1, "", Optional.of(digest)));
    }

    @Test
    void goodSha256() {
        assertDoesNotThrow(() -> new Evidence("12/KH-UBND", "", JAN_1, "",
                Optional.of("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
    }

    @Test
    void evidenceWithoutDateOrDocument() {
        assertProblem(Problem.at("/date", ProblemCode.JSON_MISSING_FIELD, "date"), () -> Evidence.of("12/KH-UBND", "", null, ""));
        assertProblem(Problem.at("/document", ProblemCode.BLANK), () -> Evidence.of(" ", "", JAN_1, ""));
    }

    // --- a fact of the wrong kind ---

    @Test
    void wrongFactKindUnderAKey() {
        FactKey<FactValue.Count> citizens = FactKey.count("citizens", Text.of("Số dân", "Citizens"));
        Dossier dossier = TestDossiers.builder("tt25").fact("citizens", Fact.of(FactValue.Flag.TRUE)).build();
        Problem expected = Problem.at("/facts/citizens", ProblemCode.WRONG_FACT_KIND, "citizens", "count", "flag");
        assertProblem(expected, () -> dossier.fact(citizens));
        assertProblem(expected, () -> dossier.value(citizens));
        assertEquals(Optional.of(Fact.of(FactValue.Flag.TRUE)), dossier.fact("citizens"), "by name, no kind is checked");
    }

    // --- history and proceedings ---

    @Test
    void recognitionDates() {
        LocalDate decided = LocalDate.of(2024, 3, 20);
        assertProblem(Problem.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, 2025, 1900, 2024),
                () -> new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, decided, "", "", 2025));
        assertProblem(Problem.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, 1899, 1900, 2999),
                () -> new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, decided, "", "", 1899));
        assertProblem(Problem.at("/decisionDate", ProblemCode.JSON_MISSING_FIELD, "decisionDate"),
                () -> new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, null, "", "", 2023));
        assertProblem(Problem.at("/scheme", ProblemCode.BLANK),
                () -> new Recognition("", Level.LEVEL_1, RecognitionKind.FIRST, decided, "", "", 2023));
        assertDoesNotThrow(() -> new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, decided, "", "", 2024));
    }

    @Test
    void awardAndTitleRecords() {
        assertProblem(Problem.at("/achievementTo", ProblemCode.END_BEFORE_START, JAN_1.minusDays(1), JAN_1),
                () -> new AwardRecord("CERTIFICATE", "a1", JAN_1, JAN_1.minusDays(1), DEC_31, ""));
        assertProblem(Problem.at("/form", ProblemCode.BLANK), () -> new AwardRecord(" ", "a1", JAN_1, DEC_31, DEC_31, ""));
        assertProblem(Problem.at("/year", ProblemCode.OUT_OF_RANGE, 3000, 1900, 2999),
                () -> new TitleRecord("ADVANCED_WORKER", 3000, DEC_31, ""));
        assertProblem(Problem.at("/title", ProblemCode.BLANK), () -> new TitleRecord("", 2024, DEC_31, ""));
    }

    @Test
    void proceedingsClosedBeforeOpening() {
        LocalDate opened = LocalDate.of(2024, 6, 1);
        assertProblem(Problem.at("/closedOn", ProblemCode.END_BEFORE_START, opened.minusDays(1), opened),
                () -> new PendingProceeding(ProceedingKind.DISCIPLINE, opened, Optional.of(opened.minusDays(1)), ""));
        assertProblem(Problem.at("/openedOn", ProblemCode.JSON_MISSING_FIELD, "openedOn"),
                () -> new PendingProceeding(ProceedingKind.DISCIPLINE, null, Optional.empty(), ""));
    }

    @Test
    void aProceedingIsPendingFromItsOpeningUntilTheDayBeforeItCloses() {
        LocalDate opened = LocalDate.of(2024, 6, 1);
        LocalDate closed = LocalDate.of(2024, 9, 1);
        PendingProceeding p = new PendingProceeding(ProceedingKind.DISCIPLINE, opened, Optional.of(closed), "");
        assertFalse(p.pendingOn(opened.minusDays(1)));
        assertTrue(p.pendingOn(opened));
        assertTrue(p.pendingOn(closed.minusDays(1)));
        assertFalse(p.pendingOn(closed));
        PendingProceeding open = new PendingProceeding(ProceedingKind.DISCIPLINE, opened, Optional.empty(), "");
        assertTrue(open.pendingOn(LocalDate.of(2099, 1, 1)));
    }

    // --- messages of model problems, word for word ---

    @Test
    void problemsReadInVietnameseAndEnglish() {
        Problem negative = Problem.at("/facts/citizens/count", ProblemCode.NEGATIVE_COUNT, -1L);
        assertEquals("/facts/citizens/count: số lượng không được âm (-1)", negative.message(Lang.VI));
        assertEquals("/facts/citizens/count: a count cannot be negative (-1)", negative.message(Lang.EN));
        Problem outside = Problem.at("/facts/launched/date", ProblemCode.DATE_OUTSIDE_PERIOD, JAN_1.minusDays(1), JAN_1, DEC_31);
        assertEquals("/facts/launched/date: ngày 31/12/2023 nằm ngoài kỳ đánh giá từ 01/01/2024 đến 31/12/2024",
                outside.message(Lang.VI));
        assertEquals("/facts/launched/date: date 2023-12-31 is outside the assessment period 2024-01-01 to 2024-12-31",
                outside.message(Lang.EN));
        Problem large = Problem.at("/count", ProblemCode.COUNT_TOO_LARGE, MAX + 1, MAX);
        assertEquals("/count: số lượng 1.000.000.000.000.001 vượt quá mức tối đa 1.000.000.000.000.000", large.message(Lang.VI));
        assertEquals("/count: count 1,000,000,000,000,001 is above the maximum 1,000,000,000,000,000", large.message(Lang.EN));
    }
}
