package io.github.xhht.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.json.JsonLimits;
import io.github.xhht.core.lifecycle.Application;
import io.github.xhht.core.lifecycle.EvaluationCouncil;
import io.github.xhht.core.lifecycle.Office;
import io.github.xhht.core.lifecycle.Track;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every range a model value is checked against, at its edge and one step outside. */
class ValidationEdgesTest {

    private static Problem refused(org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        return e.problems().get(0);
    }

    @Test
    void yearsFrom1900To2999() {
        new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(1900, 6, 1), "1/QĐ", "UBND", 1900);
        new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(3000, 6, 1), "1/QĐ", "UBND", 2999);
        assertEquals(Problem.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, 1899, 1900, 2999), refused(() ->
                new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(1900, 6, 1), "1/QĐ", "UBND", 1899)));
        assertEquals(Problem.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, 3000, 1900, 2999), refused(() ->
                new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(3001, 6, 1), "1/QĐ", "UBND", 3000)));

        new TitleRecord("ADVANCED_WORKER", 1900, LocalDate.of(1900, 12, 20), "");
        new TitleRecord("ADVANCED_WORKER", 2999, LocalDate.of(2999, 12, 20), "");
        assertEquals(Problem.at("/year", ProblemCode.OUT_OF_RANGE, 1899, 1900, 2999),
                refused(() -> new TitleRecord("ADVANCED_WORKER", 1899, LocalDate.of(1899, 12, 20), "")));
        assertEquals(Problem.at("/year", ProblemCode.OUT_OF_RANGE, 3000, 1900, 2999),
                refused(() -> new TitleRecord("ADVANCED_WORKER", 3000, LocalDate.of(3000, 12, 20), "")));

        Office office = Office.PROVINCIAL_EDUCATION_DEPARTMENT;
        LocalDate filed = LocalDate.of(2025, 1, 10);
        new Application(Track.TT25_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 1900, filed, office);
        new Application(Track.TT25_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 2999, filed, office);
        assertEquals(Problem.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, 1899, 1900, 2999), refused(() ->
                new Application(Track.TT25_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 1899, filed, office)));
        assertEquals(Problem.at("/assessmentYear", ProblemCode.OUT_OF_RANGE, 3000, 1900, 2999), refused(() ->
                new Application(Track.TT25_DISTRICT, RecognitionKind.FIRST, Level.LEVEL_1, 3000, filed, office)));
    }

    @Test
    void aCouncilOfNoMembersCanBeDescribedButNotOfMinusOne() {
        assertEquals(0, new EvaluationCouncil(0, true, true, Set.of()).members());
        assertEquals(Problem.at("/members", ProblemCode.NEGATIVE_COUNT, -1),
                refused(() -> new EvaluationCouncil(-1, true, true, Set.of())));
    }

    @Test
    void theSmallestLimitsThatCanReadADossierAndOneBelowEach() {
        new JsonLimits(2, 4, 1, 1, 0, 0, 0);
        List<int[]> below = List.of(new int[] {1, 4, 1, 1, 0, 0, 0}, new int[] {2, 3, 1, 1, 0, 0, 0},
                new int[] {2, 4, 0, 1, 0, 0, 0}, new int[] {2, 4, 1, 0, 0, 0, 0}, new int[] {2, 4, 1, 1, -1, 0, 0},
                new int[] {2, 4, 1, 1, 0, -1, 0}, new int[] {2, 4, 1, 1, 0, 0, -1});
        for (int[] l : below) {
            assertThrows(IllegalArgumentException.class, () -> new JsonLimits(l[0], l[1], l[2], l[3], l[4], l[5], l[6]));
        }
    }

    @Test
    void theLowestTitleOfAnOrderCanBeTheMinimum() {
        FactKey<FactValue.Title> key = FactKey.title("rank", Text.of("Hạng", "Rank"));
        var measure = Measures.titleAtLeast(key, List.of("LOW", "HIGH"), List.of(Text.of("Thấp", "Low"), Text.of("Cao", "High")), "LOW");
        Dossier dossier = Dossier.builder("x", Subject.builder(SubjectKind.UNIT, "U", "Đơn vị").build(),
                        AssessmentPeriod.calendarYear(2024))
                .fact(key, new FactValue.Title("LOW"), Evidence.of("1/QĐ", "UBND", LocalDate.of(2024, 5, 1), "Quyết định"))
                .build();
        assertEquals(Outcome.MET, measure.test(EvaluationContext.of(dossier, LocalDate.of(2025, 1, 1))));
    }
}
