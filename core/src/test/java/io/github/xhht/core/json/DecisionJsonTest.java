package io.github.xhht.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
    private static final LegalDocument DOC = LegalDocument.circular("99/2099/TT-TEST", Text.of("Thông tư thử", "Test circular"));
    private static final FactKey<FactValue.Share> READERS = FactKey.share("readers", Text.of("Người đọc", "Readers"));
    private static final FactKey<FactValue.Flag> PLAN = FactKey.flag("plan", Text.of("Kế hoạch", "Plan"));

    private static final Scheme SCHEME = new Scheme("demo", Text.of("Thử", "Demo"), List.of(new RuleSet(
            "demo.commune", "demo", Text.of("Thử cấp xã", "Demo commune"), DOC, LocalDate.of(2024, 1, 1), Optional.empty(),
            Applicability.when(Text.of("xã", "communes"), s -> s.kind() == SubjectKind.COMMUNE),
            List.of(LevelRule.of("demo.commune.l1", Level.LEVEL_1, DOC.article(2), Text.of("Mức độ 1", "Level 1"),
                    Criterion.of("demo.commune.l1.c1", DOC.article(2).clause(1), Text.of("Tiêu chí 1", "Criterion 1"),
                            Indicator.of("demo.commune.l1.c1.i1", DOC.article(2).clause(1).point("a"),
                                    Text.of("Tỷ lệ người đọc", "Share of readers"), Measures.shareAtLeast(READERS, 60)),
                            Indicator.of("demo.commune.l1.c1.i2", DOC.article(2).clause(1).point("b"),
                                    Text.of("Có kế hoạch", "Has a plan"), Measures.flag(PLAN))))),
            List.of())));

    private static Dossier dossier() {
        return Dossier.builder("demo", Subject.builder(SubjectKind.COMMUNE, "X", "Xã X").build(), AssessmentPeriod.calendarYear(2024))
                .fact(READERS, new FactValue.Share(59, 100), Evidence.of("1/BC", "UBND", LocalDate.of(2024, 12, 1), "Báo cáo"))
                .fact(PLAN, FactValue.Flag.TRUE)
                .build();
    }

    @Test
    void writesCodesArgumentsAndBothLanguages() throws Exception {
        Decision decision = SCHEME.evaluate(dossier(), LocalDate.of(2025, 1, 10));
        JsonNode json = new ObjectMapper().readTree(DecisionJson.write(decision));
        assertEquals("EVALUATED", json.get("status").asText());
        assertTrue(json.get("highestLevel").isNull());
        JsonNode criterion = json.get("levels").get(0).get("finding").get("children").get(0);
        JsonNode readers = criterion.get("children").get(0);
        assertEquals("NOT_MET", readers.get("outcome").asText());
        assertEquals("BELOW_THRESHOLD", readers.get("reason").get("code").asText());
        assertEquals("59/100", readers.get("reason").get("args").get(0).asText());
        assertEquals(60, readers.get("reason").get("args").get(1).asInt());
        assertEquals("tỷ lệ 59/100 thấp hơn mức yêu cầu 60%", readers.get("reason").get("vi").asText());
        assertEquals("điểm a khoản 1 Điều 2 Thông tư 99/2099/TT-TEST", readers.get("citation").get("vi").asText());
        assertEquals("Article 2(1)(a) of Circular 99/2099/TT-TEST", readers.get("citation").get("en").asText());
        assertEquals("59/100 (59 %)", readers.get("observed").get("vi").asText());
        assertEquals(59, readers.get("observed").get("count").asInt());
        assertEquals("1/BC", readers.get("evidence").get(0).get("document").asText());
        assertEquals("I-8", readers.get("interpretations").get(0).asText());
        JsonNode plan = criterion.get("children").get(1);
        assertEquals("NO_EVIDENCE", plan.get("reason").get("code").asText());
        assertEquals("I-7", plan.get("interpretations").get(0).asText());
        assertEquals("PARTS_NOT_MET", criterion.get("reason").get("code").asText());
        assertEquals("demo.commune.l1.c1.i1, demo.commune.l1.c1.i2", criterion.get("reason").get("args").get(0).asText());
    }

    @Test
    void sameDecisionSameBytes() {
        Decision a = SCHEME.evaluate(dossier(), LocalDate.of(2025, 1, 10));
        Decision b = SCHEME.evaluate(DossierJson.strict().read(DossierJson.strict().write(dossier())), LocalDate.of(2025, 1, 10));
        assertEquals(a, b);
        assertEquals(DecisionJson.write(a), DecisionJson.write(b));
        assertEquals(1, DecisionJson.writeLine(a).lines().count());
    }

    @Test
    void noRuleSetInForceIsAnAnswerNotAnError() throws Exception {
        Decision decision = SCHEME.evaluate(dossier(), LocalDate.of(2023, 12, 31));
        JsonNode json = new ObjectMapper().readTree(DecisionJson.write(decision));
        assertEquals("NO_RULE_SET_IN_FORCE", json.get("status").asText());
        assertEquals("2024-01-01", json.get("inForceFrom").asText());
        assertEquals(0, json.get("levels").size());
    }
}
