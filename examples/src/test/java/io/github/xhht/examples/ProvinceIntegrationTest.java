package io.github.xhht.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.Level;
import io.github.xhht.tt25.Tt25;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvinceIntegrationTest {

    @Test
    void theWalkThroughRunsAndTellsWhy() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProvinceIntegration.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Optional.of(Path.of("dossiers/tt25/commune-level2.json")));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // the budget has no evidence: not met for that reason alone (I-7), and the level falls
        assertTrue(out.startsWith("1. Xã Đông Hòa, 2025-03-31: chưa đạt mức độ nào\n"), out);
        assertTrue(out.contains("tt25.commune.l1.") && out.contains("không có minh chứng"), out);
        assertTrue(out.contains("2. đạt Mức độ 2 (bổ sung minh chứng 05/QĐ-UBND)"), out);
        assertTrue(out.contains("3. đạt Mức độ 2 (I-7 = không bắt buộc minh chứng)"), out);
        assertTrue(out.contains("4. Xã Minh Khai: đạt Mức độ 2"), out);
        assertTrue(out.contains("JSON: "), out);
    }

    @Test
    void theRowBecomesADossierTheRulesRead() {
        ProvinceIntegration.CommuneReport row = new ProvinceIntegration.CommuneReport("VN-01-00003", "Xã Tây Hòa",
                "Hà Nội", false, 2024, 1_000, 599, 500, 120, Optional.of("01/QĐ-UBND"));
        Decision decision = Tt25.scheme().evaluate(ProvinceIntegration.toDossier(row), LocalDate.of(2025, 3, 31));
        // 59.9 % learning citizens is below the Level 1 threshold
        assertEquals(Optional.empty(), decision.highestLevel());
        ProvinceIntegration.CommuneReport enough = new ProvinceIntegration.CommuneReport("VN-01-00003", "Xã Tây Hòa",
                "Hà Nội", false, 2024, 1_000, 600, 500, 120, Optional.of("01/QĐ-UBND"));
        assertEquals(Optional.of(Level.LEVEL_1),
                Tt25.scheme().evaluate(ProvinceIntegration.toDossier(enough), LocalDate.of(2025, 3, 31)).highestLevel());
    }
}
