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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The kinds of line a planted file holds. */
    static final List<String> BAD = List.of(
            "{\"formatVersion\": 1, ",                                                   // malformed JSON
            Fixture.dossier("NEG", 615).replace("\"count\": 615", "\"count\": -1"),       // negative count
            Fixture.dossier("SCH", 615).replace("\"scheme\": \"demo\"", "\"scheme\": \"tt99\""), // unknown scheme
            Fixture.dossier("UNK", 615, "\"mystery\": {\"flag\": true}"),                 // unknown fact
            "[1, 2, 3]");                                                               // not an object

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Test
    void plantedBadLinesAreReportedByLineNumberAndInEqualsOutPlusErrors() throws IOException {
        List<String> input = new ArrayList<>();
        input.add(Fixture.dossier("A", 850));   // line 1: level 2
        input.add(BAD.get(0));                  // line 2
        input.add(Fixture.dossier("B", 615));   // line 3: level 1
        input.add("");                          // line 4: blank, skipped, not counted
        input.add(BAD.get(1));                  // line 5
        input.add(Fixture.dossier("C", 100));   // line 6: none
        input.add(BAD.get(2));                  // line 7
        input.add(BAD.get(3));                  // line 8
        input.add(Fixture.dossier("D", 700));   // line 9: level 1
        input.add(BAD.get(4));                  // line 10
        Files.write(dir.resolve("in.jsonl"), input, StandardCharsets.UTF_8);

        Fixture.Run run = Fixture.run(dir, "batch", "--as-of", "2025-03-01", "--summary", "s.json", "in.jsonl");
        assertEquals(0, run.code(), run.err());
        List<String> out = lines(run.out());
        assertEquals(4, out.size(), run.out());
        List<Integer> okLines = new ArrayList<>();
        for (String line : out) {
            okLines.add(JSON.readTree(line).get("line").asInt());
        }
        assertEquals(List.of(1, 3, 6, 9), okLines);
        assertEquals(2, JSON.readTree(out.get(0)).get("highestLevel").asInt());
        assertTrue(JSON.readTree(out.get(2)).get("highestLevel").isNull());
        assertEquals("demo.commune.l1.c2.i1", JSON.readTree(out.get(2)).get("notMet").get(0).asText());
        for (int bad : List.of(2, 5, 7, 8, 10)) {
            assertTrue(run.err().contains("xhht: dòng " + bad + ": "), "line " + bad + " in " + run.err());
        }
        assertTrue(run.err().contains("dòng 5: /facts/learners/count: số lượng không được âm"), run.err());
        assertTrue(run.err().contains("dòng 8: /facts/mystery"), run.err());
        assertFalse(run.err().contains("dòng 4:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        JsonNode summary = JSON.readTree(Files.readString(dir.resolve("s.json")));
        assertEquals(9, summary.get("read").asInt());
        assertEquals(4, summary.get("evaluated").asInt());
        assertEquals(5, summary.get("errors").asInt());
        assertEquals(1, summary.get("byHighestLevel").get("2").asInt());
        assertEquals(2, summary.get("byHighestLevel").get("1").asInt());
        assertEquals(1, summary.get("byHighestLevel").get("none").asInt());
        assertTrue(run.err().contains("Kiểm tra: đọc 9 = kết quả 4 + lỗi 5"), run.err());
    }

    @Property(tries = 25)
    void nothingIsDroppedAndOrderIsKeptWhateverTheJobs(
            @ForAll @Size(max = 60) List<@IntRange(min = -5, max = 1000) Integer> plan,
            @ForAll @IntRange(min = 1, max = 4) int jobs) throws IOException {
        // a negative entry plants bad line number -n; others are dossiers with that many learners of 1,000
        Path tmp = Files.createTempDirectory("batch");
        List<String> input = new ArrayList<>();
        List<Integer> good = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            int p = plan.get(i);
            input.add(p < 0 ? BAD.get(-p - 1) : Fixture.dossier("S" + i, p));
            if (p >= 0) {
                good.add(i + 1);
            }
        }
        Files.write(tmp.resolve("in.jsonl"), input, StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(tmp, "batch", "--as-of", "2025-03-01", "--jobs", String.valueOf(jobs),
                "--errors", "e.jsonl", "--summary", "s.json", "in.jsonl");
        assertEquals(0, run.code(), run.err());
        List<Integer> seen = new ArrayList<>();
        for (String line : lines(run.out())) {
            seen.add(JSON.readTree(line).get("line").asInt());
        }
        assertEquals(good, seen);
        List<String> errors = lines(Files.readString(tmp.resolve("e.jsonl")));
        assertEquals(plan.size() - good.size(), errors.size());
        JsonNode summary = JSON.readTree(Files.readString(tmp.resolve("s.json")));
        assertEquals(plan.size(), summary.get("read").asInt());
        assertEquals(summary.get("read").asInt(), summary.get("evaluated").asInt() + summary.get("errors").asInt());
    }

    @Test
    void lineEndsBlankLinesAndBadBytesAreReadAsATextReaderReadsThem() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> put = text -> bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        put.accept(Fixture.dossier("A", 850) + "\r\n");        // line 1, CRLF
        put.accept(" \t\r");                                   // line 2: blank, ended by a lone CR
        put.accept(Fixture.dossier("B", 615) + "\r");          // line 3, CR
        put.accept("\u3000\n");                                 // line 4: an ideographic space is blank too
        put.accept("\u00a0\n");                                 // line 5: a no-break space is not blank: an error
        put.accept(Fixture.dossier("C", 700).replace("Xã Minh Khai", "Xã Tân Hưng") + "\n"); // line 6
        bytes.write(0xff);                                      // line 7: not UTF-8: an error, as text it is U+FFFD
        put.accept("\n");
        // line 8: longer than the 64 KiB read buffer (JSON white space between the tokens)
        put.accept(Fixture.dossier("D", 900).replace(", \"facts\"", " ".repeat(70_000) + ", \"facts\"") + "\n");
        put.accept(Fixture.dossier("E", 100));                  // line 9, no line end at all
        Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());

        Fixture.Run run = Fixture.run(dir, "batch", "--as-of", "2025-03-01", "--jobs", "2", "--summary", "s.json", "in.jsonl");
        assertEquals(0, run.code(), run.err());
        List<Integer> okLines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String line : lines(run.out())) {
            okLines.add(JSON.readTree(line).get("line").asInt());
            names.add(JSON.readTree(line).get("subject").get("name").asText());
        }
        assertEquals(List.of(1, 3, 6, 8, 9), okLines);
        assertEquals("Xã Tân Hưng", names.get(2));
        assertTrue(run.err().contains("xhht: dòng 5: ") && run.err().contains("xhht: dòng 7: "), run.err());
        assertFalse(run.err().contains("dòng 2:") || run.err().contains("dòng 4:"), run.err());
        JsonNode summary = JSON.readTree(Files.readString(dir.resolve("s.json")));
        assertEquals(7, summary.get("read").asInt());
        assertEquals(2, summary.get("errors").asInt());
    }

    @Test
    void lineNumbersArePlainSoAnEditorCanJumpToThem() throws IOException {
        String input = "\n".repeat(1200) + "{\n";
        Files.writeString(dir.resolve("in.jsonl"), input, StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(dir, "batch", "in.jsonl");
        assertTrue(run.err().contains("xhht: dòng 1201: "), run.err());
        assertTrue(run.err().contains("đọc 1 = kết quả 0 + lỗi 1"), run.err());
    }

    @Test
    void csvRowsAreDossiersAndErrorsNameTheColumn() throws IOException {
        Fixture.Run header = Fixture.run(dir, "batch", "--csv-header", "demo", "commune");
        assertEquals(0, header.code(), header.err());
        String columns = header.out().trim();
        assertEquals("scheme,subject.kind,subject.id,subject.name,subject.jurisdiction,subject.parentId,subject.unitKind,"
                + "subject.tier,subject.attributes,period.from,period.to,centres.count,centres.evidence,learners.count,"
                + "learners.of,learners.evidence,plan.flag,plan.evidence", columns);
        String evidence = "\"12/KH|UBND xã|2024-01-15|Kế hoạch, năm 2024\"";
        String csv = columns + "\n"
                + "demo,commune,C1,\"Xã Một, huyện A\",Hà Nội,,,,,2024-01-01,2024-12-31,,,850,1000," + evidence + ",true," + evidence + "\n"
                + "demo,commune,C2,Xã Hai,,,,,difficultArea,2024-01-01,2024-12-31,0," + evidence + ",700,1000," + evidence + ",có," + evidence + "\n"
                + "\n"
                + "demo,commune,C3,Xã Ba,,,,,,2024-01-01,2024-12-31,,,abc,1000,,true,\n"
                + "demo,commune,C4,Xã Bốn,,,,,,2024-01-01,2024-12-31,,,1200,1000,,true,\n";
        Files.writeString(dir.resolve("in.csv"), csv, StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(dir, "batch", "--as-of", "2025-03-01", "--jobs", "1", "in.csv");
        assertEquals(0, run.code(), run.err());
        List<String> out = lines(run.out());
        assertEquals(2, out.size(), run.out() + run.err());
        JsonNode first = JSON.readTree(out.get(0));
        assertEquals("Xã Một, huyện A", first.get("subject").get("name").asText());
        assertEquals(2, first.get("highestLevel").asInt());
        JsonNode second = JSON.readTree(out.get(1));
        assertTrue(second.get("highestLevel").isNull(), out.get(1));  // difficult area, no centre
        assertEquals("demo.commune.l1.c2.i2", second.get("notMet").get(0).asText());
        assertTrue(run.err().contains("dòng 5: learners.count: "), run.err());
        assertTrue(run.err().contains("dòng 6: learners.count: tử số 1.200 lớn hơn mẫu số 1.000"), run.err());
        assertTrue(run.err().contains("đọc 4 = kết quả 2 + lỗi 2"), run.err());
    }

    @Test
    void anUnknownCsvColumnStopsTheRunBeforeAnyRow() throws IOException {
        Files.writeString(dir.resolve("in.csv"), "scheme,subject.kind,subject.id,subject.name,period.from,period.to,colour\n");
        Fixture.Run run = Fixture.run(dir, "batch", "in.csv");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("\"colour\""), run.err());
    }

    @Test
    void progressOnlyOnATerminal() throws IOException {
        Files.write(dir.resolve("in.jsonl"), List.of(Fixture.dossier("A", 850)), StandardCharsets.UTF_8);
        Fixture.Run pipe = Fixture.run(dir, "", false, "batch", "in.jsonl");
        assertFalse(pipe.err().contains("\r"), pipe.err());
        Fixture.Run terminal = Fixture.run(dir, "", true, "batch", "in.jsonl");
        assertTrue(terminal.err().contains("\rđã xử lý 1 dòng (0 lỗi)"), terminal.err());
        Fixture.Run quiet = Fixture.run(dir, "", true, "batch", "--no-progress", "in.jsonl");
        assertFalse(quiet.err().contains("\r"), quiet.err());
    }

    @Test
    void theBatchReportHasTheSummaryAndAnInlineChart() throws IOException {
        Files.write(dir.resolve("in.jsonl"), List.of(Fixture.dossier("A", 850), Fixture.dossier("B", 650),
                Fixture.dossier("C", 640), BAD.get(0)), StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(dir, "batch", "--as-of", "2025-03-01", "--report", "r.html", "--full",
                "--out", "out.jsonl", "in.jsonl");
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("<svg"), html);
        assertTrue(html.contains("data-key=\"1\""), html);
        assertTrue(html.contains("Số dòng đã đọc</th><td>4</td>"), html);
        assertTrue(html.contains("@page"), html);
        assertFalse(html.contains("http://") && html.contains("<link"), "no external resources");
        List<String> out = Files.readAllLines(dir.resolve("out.jsonl"));
        assertEquals(3, out.size());
        assertTrue(JSON.readTree(out.get(0)).get("decision").get("levels").isArray());
        Fixture.Run md = Fixture.run(dir, "batch", "--as-of", "2025-03-01", "--report", "r.md", "--out", "o.jsonl", "in.jsonl");
        assertEquals(0, md.code(), md.err());
        String text = Files.readString(dir.resolve("r.md"));
        assertTrue(text.contains("| Mức độ 1 | 2 | "), text);
        assertEquals(2, Fixture.run(dir, "batch", "--report", "r.pdf", "in.jsonl").code());
    }
}
