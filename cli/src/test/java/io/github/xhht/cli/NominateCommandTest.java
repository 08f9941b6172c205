package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xhht nominate} on the sample slates of examples/slates. */
class NominateCommandTest {
    private static final Path SLATES = Path.of("").toAbsolutePath().getParent().resolve("examples/slates");

    @TempDir
    Path dir;

    @Test
    void aSlateOverItsQuotaIsNotMetAndSaysWhy() {
        Fixture.Run run = Fixture.run(SLATES, "nominate", "hcmc-2025-three-prime-minister.json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Kết luận: Không đạt"), run.out());
        assertTrue(run.out().contains("[Không đạt] Số lượng đề nghị Bằng khen của Thủ tướng Chính phủ"), run.out());
        assertTrue(run.out().contains("vượt số tối đa 2"), run.out());
        assertTrue(run.out().contains("mục III.2.a Kế hoạch"), run.out());
    }

    @Test
    void aSlateWithinTheRulesIsMetInEveryFormat() throws IOException {
        Fixture.Run text = Fixture.run(SLATES, "nominate", "--lang", "en", "hcmc-2025-midterm.json");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Verdict: Met"), text.out());
        Fixture.Run json = Fixture.run(SLATES, "nominate", "--format", "json", "hcmc-2025-midterm.json");
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals("MET", tree.get("outcome").asText());
        Fixture.Run html = Fixture.run(SLATES, "nominate", "--format", "html", "hcmc-2025-midterm.json");
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
        assertTrue(html.out().contains("<table class=\"checks\">"), html.out());
        Fixture.Run md = Fixture.run(SLATES, "nominate", "--format", "markdown", "hcmc-2025-midterm.json");
        assertTrue(md.out().startsWith("# Kiểm tra danh sách đề nghị khen thưởng"), md.out());
    }

    @Test
    void asOfReplacesTheSlatesOwnDate() {
        Fixture.Run run = Fixture.run(SLATES, "nominate", "--as-of", "2026-02-01", "hcmc-2025-midterm.json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Ngày áp dụng quy định: 01/02/2026\n"), run.out());
    }

    @Test
    void aBadSlateNamesTheField() throws IOException {
        Files.writeString(dir.resolve("s.json"), "{\"formatVersion\": 1, \"plan\": \"nowhere\", \"asOf\": \"2025-01-01\","
                + " \"nominations\": []}");
        Fixture.Run run = Fixture.run(dir, "nominate", "s.json");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("s.json: /plan: giá trị \"nowhere\" không hợp lệ"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
