package vn.example.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.nomination.AwardMessages;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.model.Level;
import io.github.xhht.tt25.Tt25;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The published artifacts, used from outside: dependency resolution through the BOM, JSON, bundles. */
class RecognitionServiceTest {
    private static final Path DOSSIERS = Path.of(System.getProperty("dossiers.dir", "../dossiers"));
    private final RecognitionService service = new RecognitionService();

    @Test
    void aCommuneDossierIsDecidedAtLevel2() {
        Decision decision = service.decide(DOSSIERS.resolve("tt25/commune-level2.json"), LocalDate.of(2025, 3, 31));
        assertEquals(Optional.of("tt25.commune"), decision.ruleSetId());
        assertEquals(Optional.of(Level.LEVEL_2), decision.highestLevel());
        // the citation text comes from the jar's message bundles and the law's Vietnamese names
        String audit = service.audit(decision);
        assertTrue(audit.contains("Thông tư 25/2023/TT-BGDĐT"), audit.substring(0, Math.min(400, audit.length())));
    }

    @Test
    void aLearningUnitDossierIsDecidedByTheOtherScheme() {
        Decision decision = service.decide(DOSSIERS.resolve("tt24/provincial-high-school-level2.json"),
                LocalDate.of(2025, 3, 31));
        assertEquals(Optional.of("tt24.province"), decision.ruleSetId());
        assertEquals(Optional.of(Level.LEVEL_2), decision.highestLevel());
    }

    @Test
    void aBadDossierIsRejectedWithAPointerAndAVietnameseMessage(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"scheme\": \"tt25\", \"extra\": 1}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.decide(bad, LocalDate.of(2025, 1, 1)));
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/extra")), e.problems().toString());
        assertTrue(e.message(Lang.VI).contains("không được phép"), e.message(Lang.VI));
    }

    @Test
    void theLibraryIsOnTheModulePathAsNamedModules() {
        // the host has a module-info, so Maven puts xhht on the module path: each jar is its own module
        assertEquals("io.github.xhht.tt25", Tt25.class.getModule().getName());
        assertEquals("io.github.xhht.core", Decision.class.getModule().getName());
        assertEquals("io.github.xhht.awards", AwardMessages.class.getModule().getName());
    }

    @Test
    void theDossierSchemaIsReadableFromAnotherModule() throws Exception {
        try (InputStream in = DossierJson.class.getResourceAsStream("dossier.schema.json")) {
            assertNotNull(in, "core opens io.github.xhht.core.json for its schema");
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("formatVersion"));
        }
    }

    @Test
    void theAwardsBundleIsFoundInsideItsJar() {
        // core loads the awards module's own bundle through its anchor class (also on the module path)
        assertEquals("kế hoạch không khen thưởng trong dịp X",
                AwardMessages.of(Lang.VI).format("award.reason.OCCASION_NOT_IN_PLAN", "X"));
    }
}
