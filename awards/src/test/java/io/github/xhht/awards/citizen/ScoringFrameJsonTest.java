package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import io.github.xhht.core.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;

class ScoringFrameJsonTest {
    private static final ScoringFrameJson READER = ScoringFrameJson.strict();

    /** One frame of three indicators, the last worth {@code lastPoints}, wrapped in the file format. */
    private static String file(String group, String lastPoints, String extra) {
        return "{\"formatVersion\": 1, \"frames\": [{\"group\": \"" + group + "\", \"source\": \"Phụ lục thử\", \"indicators\": ["
                + "{\"id\": \"a\", \"competency\": \"SELF_STUDY\", \"label\": {\"vi\": \"A\", \"en\": \"A\"}, \"maxPoints\": 47.5},"
                + "{\"id\": \"b\", \"competency\": \"INTERACTIVE_TOOLS\", \"label\": {\"vi\": \"B\", \"en\": \"B\"}, \"maxPoints\": 40},"
                + "{\"id\": \"c\", \"competency\": \"SOCIAL_RELATIONSHIPS\", \"label\": {\"vi\": \"C\", \"en\": \"C\"}, \"maxPoints\": "
                + lastPoints + extra + "}]}]}";
    }

    /** The call's input error, each problem readable in vi and en with its pointer first. */
    private static List<Problem> problems(Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        for (Problem p : e.problems()) {
            for (Lang lang : Lang.values()) {
                assertTrue(p.message(lang).startsWith(p.pointer().isEmpty() ? "" : p.pointer() + ": "), p.message(lang));
                assertFalse(p.message(lang).contains("problem."), p.message(lang));
            }
        }
        return e.problems();
    }

    private static void assertProblem(Problem expected, Executable call) {
        assertEquals(List.of(expected), problems(call));
    }

    @Test
    void readsTheFrameWithDecimalPointsExactly() {
        List<ScoringFrame> frames = READER.read(file("learner", "12.5", ""));
        assertEquals(List.of(new ScoringFrame(CitizenGroup.LEARNER, "Phụ lục thử", Frames.uneven().indicators())), frames);
    }

    @Test
    void theBundledTestFramesAreTheTenByTenFrameForEveryGroup() {
        List<ScoringFrame> frames = READER.read(Path.of("..", "examples", "frames", "test-frames.json"));
        assertEquals(CitizenGroup.values().length, frames.size());
        for (ScoringFrame frame : frames) {
            assertEquals(Frames.tenByTen(frame.group()).indicators(), frame.indicators(), frame.group().code());
            assertTrue(frame.source().contains("324"), frame.source());
        }
    }

    @Test
    void pointsThatDoNotAddUpTo100AreRefusedAtTheFramesIndicators() {
        // 47.5 + 40 + 12.4 = 99.9: one tenth short
        assertProblem(Problem.at("/frames/0/indicators", ProblemCode.OUT_OF_RANGE, new BigDecimal("99.9"), 100, 100),
                () -> READER.read(file("learner", "12.4", "")));
    }

    @Test
    void aMissingCompetencyGroupIsRefused() {
        String text = file("worker", "12.5", "").replace("SOCIAL_RELATIONSHIPS", "SELF_STUDY");
        assertProblem(Problem.at("/frames/0/indicators", ProblemCode.JSON_MISSING_FIELD, "SOCIAL_RELATIONSHIPS"),
                () -> READER.read(text));
    }

    @Test
    void twoFramesForOneGroupAreRefused() {
        String one = file("resident", "12.5", "");
        String frame = one.substring(one.indexOf("{\"group\""), one.lastIndexOf(']'));
        String two = "{\"formatVersion\": 1, \"frames\": [" + frame + "," + frame + "]}";
        assertProblem(Problem.at("/frames", ProblemCode.DUPLICATE_ID, "resident"), () -> READER.read(two));
    }

    @Test
    void unknownGroupCompetencyAndFieldsAreNamedByPointer() {
        List<Problem> problems = problems(() -> READER.read(
                file("farmer", "12.5", ", \"weight\": 2").replace("\"INTERACTIVE_TOOLS\"", "\"TOOLS\"")));
        assertEquals(List.of("/frames/0/group", "/frames/0/indicators/1/competency", "/frames/0/indicators/2/weight"),
                problems.stream().map(Problem::pointer).sorted().toList());
        assertEquals(ProblemCode.UNKNOWN_VALUE, problems.get(0).code());
    }

    @Test
    void unknownFieldsAreRefusedAtEveryLevel() {
        String text = file("learner", "12.5", "")
                .replace("{\"formatVersion\": 1,", "{\"formatVersion\": 1, \"comment\": \"x\",")
                .replace("\"source\": \"Phụ lục thử\",", "\"source\": \"Phụ lục thử\", \"year\": 2024,")
                .replace("{\"vi\": \"A\", \"en\": \"A\"}", "{\"vi\": \"A\", \"en\": \"A\", \"fr\": \"A\"}");
        List<Problem> problems = problems(() -> READER.read(text));
        assertEquals(List.of("/comment", "/frames/0/indicators/0/label/fr", "/frames/0/year"),
                problems.stream().map(Problem::pointer).sorted().toList());
        problems.forEach(p -> assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, p.code()));
    }

    @Test
    void anIndicatorWorthNothingOrALabelWithoutEnglishIsRefused() {
        assertProblem(Problem.at("/frames/0/indicators/2/maxPoints", ProblemCode.OUT_OF_RANGE, BigDecimal.ZERO, 0, 100),
                () -> READER.read(file("learner", "0", "")));
        assertProblem(Problem.at("/frames/0/indicators/0/label", ProblemCode.JSON_MISSING_FIELD, "en"),
                () -> READER.read(file("learner", "12.5", "").replaceFirst(", \"en\": \"A\"", "")));
    }

    @Test
    void anotherFormatVersionOrNoFramesIsRefused() {
        assertProblem(Problem.at("/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION, 2L, 1),
                () -> READER.read(file("learner", "12.5", "").replace("\"formatVersion\": 1", "\"formatVersion\": 2")));
        assertProblem(Problem.at("", ProblemCode.JSON_MISSING_FIELD, "frames"),
                () -> READER.read("{\"formatVersion\": 1}"));
    }
}
