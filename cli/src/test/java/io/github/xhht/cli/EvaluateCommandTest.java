package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return name;
    }

    private static void noStackTrace(Fixture.Run run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void textInVietnameseByDefaultShowsVerdictValuesRequirementEvidenceAndCitation() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01", file("a.json", Fixture.dossier("X1", 615)));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Kết luận: Đạt Mức độ 1"), run.out());
        assertTrue(run.out().contains("615/1.000 (61,5%)"), run.out());
        assertTrue(run.out().contains("tỷ lệ ≥ 60%"), run.out());
        assertTrue(run.out().contains("12/KH-UBND (UBND xã, 15/01/2024): Kế hoạch học tập"), run.out());
        assertTrue(run.out().contains("điểm a khoản 2 Điều 5 Thông tư 99/2023/TT-DEMO"), run.out());
        assertTrue(run.out().contains("Ngày áp dụng quy định: 01/03/2025\n"), run.out());
        // the difficult-area indicator is shown as not applicable with I-6 (I-6 is named)
        assertTrue(run.out().contains("[Không áp dụng] Trung tâm học tập cộng đồng"), run.out());
        assertTrue(run.out().contains("I-6: "), run.out());
    }

    @Test
    void englishOnRequest() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--lang", "en", "--as-of", "2025-03-01",
                file("a.json", Fixture.dossier("X1", 800)));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Verdict: Level 2 met"), run.out());
        assertTrue(run.out().contains("Article 5(2)(a) of Circular 99/2023/TT-DEMO"), run.out());
        assertTrue(run.out().contains("800/1,000 (80%)"), run.out());
    }

    @Test
    void withoutAsOfTheDayItRanIsUsedAndSaidSo() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", file("a.json", Fixture.dossier("X1", 615)));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Ngày áp dụng quy định: 23/11/2026 (ngày chạy lệnh; chọn ngày khác bằng --as-of)"),
                run.out());
    }

    @Test
    void aVerdictOfNoLevelStillExitsZeroAndSaysWhy() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01", file("a.json", Fixture.dossier("X1", 599)));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Kết luận: Chưa đạt mức độ nào"), run.out());
        assertTrue(run.out().contains("tỷ lệ 599/1000 thấp hơn mức yêu cầu 60%"), run.out());
        assertTrue(run.out().contains("599/1.000 (59,9%)"), run.out());
    }

    @Test
    void theSharePercentageIsTruncatedNeverRoundedUpToTheThreshold() throws IOException {
        String facts = "\"learners\": {\"count\": 599999, \"of\": 1000000}";
        String text = "{\"formatVersion\": 1, \"scheme\": \"demo\", \"subject\": {\"kind\": \"commune\", \"id\": \"Y\","
                + " \"name\": \"Xã Y\"}, \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"}, \"facts\": {"
                + facts + "}}";
        Fixture.Run run = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01", file("y.json", text));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("599.999/1.000.000 (59,99%)"), run.out());
    }

    @Test
    void jsonIsTheDecisionForOneFileAndAnArrayForSeveral() throws IOException {
        Fixture.Run one = Fixture.run(dir, "evaluate", "--format", "json", "--as-of", "2025-03-01",
                file("a.json", Fixture.dossier("A", 615)));
        assertEquals(0, one.code(), one.err());
        JsonNode tree = new ObjectMapper().readTree(one.out());
        assertEquals(1, tree.get("highestLevel").asInt());
        assertEquals("2025-03-01", tree.get("asOf").asText());
        Fixture.Run two = Fixture.run(dir, "evaluate", "--format=json", "--as-of", "2025-03-01",
                "a.json", file("b.json", Fixture.dossier("B", 850)));
        JsonNode array = new ObjectMapper().readTree(two.out());
        assertEquals(2, array.size());
        assertEquals("B", array.get(1).get("subject").get("id").asText());
        assertEquals(2, array.get(1).get("highestLevel").asInt());
    }

    @Test
    void unusableInputExitsOneNamingTheFieldInTheChosenLanguage() throws IOException {
        String bad = Fixture.dossier("X1", 615).replace("\"count\": 615", "\"count\": -5");
        Fixture.Run vi = Fixture.run(dir, "evaluate", file("bad.json", bad));
        assertEquals(1, vi.code());
        assertTrue(vi.err().contains("bad.json: /facts/learners/count"), vi.err());
        assertTrue(vi.err().contains("không được âm"), vi.err());
        noStackTrace(vi);
        Fixture.Run en = Fixture.run(dir, "evaluate", "--lang", "en", "bad.json");
        assertEquals(1, en.code());
        assertTrue(en.err().contains("/facts/learners/count"), en.err());
        assertTrue(en.err().toLowerCase().contains("negative"), en.err());
        assertEquals("", en.out());
    }

    @Test
    void malformedJsonAndUnknownFactsAreInputErrorsWithoutStackTrace() throws IOException {
        Fixture.Run syntax = Fixture.run(dir, "evaluate", file("broken.json", "{\"formatVersion\": 1, "));
        assertEquals(1, syntax.code());
        assertTrue(syntax.err().contains("broken.json"), syntax.err());
        noStackTrace(syntax);
        Fixture.Run unknown = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01",
                file("u.json", Fixture.dossier("U", 615, "\"mystery\": {\"count\": 3}")));
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("/facts/mystery"), unknown.err());
        noStackTrace(unknown);
        Fixture.Run missing = Fixture.run(dir, "evaluate", "nowhere.json");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("không tìm thấy tệp \"nowhere.json\""), missing.err());
    }

    @Test
    void oneBadFileDoesNotHideTheGoodOnes() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01",
                file("good.json", Fixture.dossier("G", 700)), file("bad.json", "[]"));
        assertEquals(1, run.code());
        assertTrue(run.out().contains("Đạt Mức độ 1"), run.out());
        assertTrue(run.err().contains("bad.json"), run.err());
    }

    @Test
    void wrongUsageExitsTwoWithAPointerToHelp() {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--colour", "x.json");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--colour"), run.err());
        assertTrue(run.err().contains("xhht evaluate --help"), run.err());
        assertEquals(2, Fixture.run(dir, "evaluate").code());
        assertEquals(2, Fixture.run(dir, "evaluate", "--as-of", "1/3/2025", "a.json").code());
        assertEquals(2, Fixture.run(dir, "frobnicate").code());
        assertEquals(2, Fixture.run(dir, "evaluate", "--lang", "fr", "a.json").code());
    }

    @Test
    void helpIsInTheChosenLanguage() {
        Fixture.Run vi = Fixture.run(dir, "evaluate", "--help");
        assertEquals(0, vi.code());
        assertTrue(vi.out().startsWith("Cách dùng: xhht evaluate"), vi.out());
        Fixture.Run en = Fixture.run(dir, "--lang", "en", "batch", "-h");
        assertTrue(en.out().startsWith("Usage: xhht batch"), en.out());
        for (String command : Cli.COMMANDS) {
            assertEquals(0, Fixture.run(dir, command, "--help").code(), command);
            assertFalse(Fixture.run(dir, command, "--help", "--lang", "en").out().isBlank(), command);
        }
        assertTrue(Fixture.run(dir).out().contains("Các lệnh:"));
    }

    @Test
    void outWritesTheReportToAFile() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01", "--format", "markdown", "--out", "r.md",
                file("a.json", Fixture.dossier("A", 615)));
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        String md = Files.readString(dir.resolve("r.md"));
        assertTrue(md.contains("| **Kết luận** | **Đạt Mức độ 1** |"), md);
        assertTrue(md.contains("### Tiêu chí 2 — Đạt (`demo.commune.l1.c2`)"), md);
    }

    @Test
    void beforeTheLawIsInForceTheAnswerSaysSo() throws IOException {
        Fixture.Run run = Fixture.run(dir, "evaluate", "--as-of", "2024-02-11", file("a.json", Fixture.dossier("A", 900)));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("chưa có quy định có hiệu lực vào ngày 11/02/2024 (quy định có hiệu lực từ 12/02/2024)"),
                run.out());
        Fixture.Run onTheDay = Fixture.run(dir, "evaluate", "--as-of", "2024-02-12", "a.json");
        assertTrue(onTheDay.out().contains("Đạt Mức độ 2"), onTheDay.out());
    }

    @Test
    void anInterpretationCanBeOverriddenFromTheCommandLine() throws IOException {
        String noEvidence = Fixture.dossier("A", 615).replaceFirst(
                ", \"evidence\": \\[\\{\"document\": \"12/KH-UBND\"[^]]*]", "");
        String name = file("a.json", noEvidence);
        Fixture.Run strict = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01", name);
        assertTrue(strict.out().contains("Kết luận: Chưa đạt mức độ nào"), strict.out());
        assertTrue(strict.out().contains("không có minh chứng"), strict.out());
        Fixture.Run lenient = Fixture.run(dir, "evaluate", "--as-of", "2025-03-01", "--interpretation", "I-7=no", name);
        assertTrue(lenient.out().contains("Kết luận: Đạt Mức độ 1"), lenient.out());
        Fixture.Run fixed = Fixture.run(dir, "evaluate", "--interpretation", "I-8=no", name);
        assertEquals(2, fixed.code());
        assertTrue(fixed.err().contains("I-8"), fixed.err());
    }

    @Test
    void standardInputIsReadForDash() {
        Fixture.Run run = Fixture.run(dir, Fixture.dossier("S", 615), false, "evaluate", "--as-of", "2025-03-01", "-");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(S)"), run.out());
    }
}
