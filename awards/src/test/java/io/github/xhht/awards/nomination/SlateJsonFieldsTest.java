package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.recognised;
import static io.github.xhht.awards.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.AdminLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The slate format field by field: what each part of the reader refuses, and what the writers put out. */
class SlateJsonFieldsTest {
    private static final SlateJson JSON = SlateJson.strict();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String GOOD = "{\"id\":\"n1\",\"subject\":{\"kind\":\"unit\",\"id\":\"s1\",\"name\":\"Trường\"},"
            + "\"achievement\":{\"id\":\"a\",\"from\":\"2023-01-01\",\"to\":\"2025-05-31\"},"
            + "\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"occasion\":\"MIDTERM_REVIEW\"}";

    private static String slate(String plan, String quotas) {
        return "{\"formatVersion\":1,\"plan\":\"" + plan + "\",\"asOf\":\"2025-09-01\"" + quotas + ",\"nominations\":[" + GOOD + "]}";
    }

    private static String withQuota(String quota) {
        return slate("hcmc-education", ",\"quotas\":[" + quota + "]");
    }

    private static List<Problem> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> JSON.read(json)).problems();
    }

    @Test
    void anUnknownTopLevelFieldIsNamed() {
        List<Problem> p = problems(slate("hcmc-education", ",\"colour\":\"red\""));
        assertEquals(1, p.size());
        assertEquals("/colour", p.get(0).pointer());
        assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, p.get(0).code());
    }

    @Test
    void anUnknownFieldOfAnAchievementIsNamed() {
        List<Problem> p = problems(slate("hcmc-education", "").replace("\"to\":\"2025-05-31\"", "\"to\":\"2025-05-31\",\"score\":9"));
        assertEquals("/nominations/0/achievement/score", p.get(0).pointer());
        assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, p.get(0).code());
    }

    @Test
    void anUnknownFieldOfAQuotaIsNamed() {
        List<Problem> p = problems(withQuota("{\"occasion\":\"MIDTERM_REVIEW\",\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"max\":1,\"min\":0}"));
        assertEquals("/quotas/0/min", p.get(0).pointer());
        assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, p.get(0).code());
    }

    /** A quota of 0 is a real quota (none may be proposed); -1 is refused as a negative count. */
    @Test
    void aQuotaOfZeroIsReadAndMinusOneIsRefused() {
        Slate zero = JSON.read(withQuota("{\"occasion\":\"MIDTERM_REVIEW\",\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"max\":0}"));
        assertEquals(List.of(GivenQuota.atMost(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_COMMENDATION, 0, "")), zero.quotas());
        Check c = SlateChecks.check(zero, Interpretations.defaults())
                .check("plan.hcmc-education.quota.MIDTERM_REVIEW.CERTIFICATE_OF_COMMENDATION").orElseThrow();
        assertEquals(AwardReasonCode.QUOTA_EXCEEDED, c.reason().code());
        List<Problem> p = problems(withQuota("{\"occasion\":\"MIDTERM_REVIEW\",\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"max\":-1}"));
        assertEquals(1, p.size());
        assertEquals("/quotas/0/max", p.get(0).pointer());
        assertEquals(ProblemCode.NEGATIVE_COUNT, p.get(0).code());
        assertEquals(List.of(-1), p.get(0).args());
    }

    /** "unlimited": true and a "max" contradict each other. */
    @Test
    void anUnlimitedQuotaWithAMaximumIsRefused() {
        Slate unlimited = JSON.read(withQuota("{\"occasion\":\"MIDTERM_REVIEW\",\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"unlimited\":true,"
                + "\"source\":\"QĐ 5/QĐ-UBND\"}"));
        assertEquals(OptionalInt.empty(), unlimited.quotas().get(0).max());
        assertEquals("QĐ 5/QĐ-UBND", unlimited.quotas().get(0).source());
        List<Problem> p = problems(withQuota("{\"occasion\":\"MIDTERM_REVIEW\",\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"unlimited\":true,\"max\":3}"));
        assertEquals(1, p.size());
        assertEquals("/quotas/0", p.get(0).pointer());
        assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, p.get(0).code());
        assertEquals("max", p.get(0).args().get(0));
    }

    private static MovementPlan callerPlan(String id) {
        LegalDocument doc = new LegalDocument("KH-X", LegalDocument.PLAN, "12/KH-UBND", Text.of("Kế hoạch", "Plan"));
        return MovementPlan.builder(id, doc, doc.title(), doc.title(), "Tỉnh X")
                .forms(Occasion.MIDTERM_REVIEW, "III.2", AwardForm.CERTIFICATE_OF_COMMENDATION).build();
    }

    /** A caller's plan is read by its id, and replaces a preset of the same id; the presets stay known. */
    @Test
    void aReaderWithTheCallersPlansReadsThemAndKeepsThePresets() {
        MovementPlan x = callerPlan("x-province");
        SlateJson more = JSON.withPlans(List.of(x));
        assertEquals(x, more.read(slate("x-province", "")).plan());
        assertEquals(Plans.BINH_DUONG, more.read(slate("binh-duong", "")).plan());
        Problem unknown = assertThrows(InvalidInputException.class, () -> JSON.read(slate("x-province", ""))).problems().get(0);
        assertEquals("/plan", unknown.pointer());
        MovementPlan replacing = callerPlan("hcmc-education");
        assertEquals(replacing, JSON.withPlans(List.of(replacing)).read(slate("hcmc-education", "")).plan());
        assertEquals(Plans.HCMC_EDUCATION, JSON.read(slate("hcmc-education", "")).plan());
    }

    /** The description is written only when there is one, and read back as written. */
    @Test
    void anAchievementDescriptionIsWrittenOnlyWhenGiven() throws Exception {
        Nomination described = Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT),
                new Achievement("a", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31), "Dẫn đầu phong trào"),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Nomination plain = Nomination.builder("n2", unit("s2", AdminLevel.DISTRICT),
                Achievement.of("b", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Slate s = new Slate(Plans.HCMC_EDUCATION, LocalDate.of(2025, 9, 1), List.of(described, plain), List.of());
        String text = JSON.write(s);
        JsonNode tree = MAPPER.readTree(text);
        assertEquals("Dẫn đầu phong trào", tree.at("/nominations/0/achievement/description").asText());
        assertFalse(tree.at("/nominations/1/achievement").has("description"), text);
        assertEquals(s, JSON.read(text));
    }

    /** History and proceedings are written only when there are some, and read back as written. */
    @Test
    void historyAndProceedingsAreWrittenOnlyWhenPresent() throws Exception {
        io.github.xhht.core.model.PendingProceeding complaint = new io.github.xhht.core.model.PendingProceeding(
                io.github.xhht.core.model.ProceedingKind.COMPLAINT, LocalDate.of(2025, 3, 1), java.util.Optional.of(LocalDate.of(2025, 4, 1)),
                "Đơn 7/2025");
        Nomination withBoth = Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT),
                        Achievement.of("a", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                        AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .history(recognised("tt24", LocalDate.of(2024, 3, 1))).proceeding(complaint).build();
        Nomination bare = Nomination.builder("n2", unit("s2", AdminLevel.DISTRICT),
                Achievement.of("b", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Slate s = new Slate(Plans.HCMC_EDUCATION, LocalDate.of(2025, 9, 1), List.of(withBoth, bare), List.of());
        String text = JSON.write(s);
        JsonNode tree = MAPPER.readTree(text);
        assertEquals(1, tree.at("/nominations/0/proceedings").size());
        assertTrue(tree.at("/nominations/0").has("history"), text);
        assertFalse(tree.at("/nominations/1").has("proceedings"), text);
        assertFalse(tree.at("/nominations/1").has("history"), text);
        Slate back = JSON.read(text);
        assertEquals(s, back);
        assertEquals(List.of(complaint), back.nominations().get(0).proceedings());
    }

    /** A result's checks carry the interpretations they rely on (I-3 for a recognition), and only those. */
    @Test
    void theResultListsInterpretationsOnlyWhereAChecksReliesOnOne() throws Exception {
        Nomination school = Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT),
                        Achievement.of("a", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                        AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .category("school").history(recognised("tt24", LocalDate.of(2024, 3, 1))).build();
        SlateResult r = SlateChecks.check(new Slate(Plans.HCMC_EDUCATION, LocalDate.of(2025, 9, 1), List.of(school), List.of()),
                Interpretations.defaults());
        JsonNode checks = MAPPER.readTree(JSON.write(r)).at("/nominations/0/checks");
        boolean sawRecognition = false;
        for (JsonNode c : checks) {
            if (c.get("id").asText().equals("plan.hcmc-education.school.learning-unit")) {
                sawRecognition = true;
                assertEquals("MET", c.get("outcome").asText());
                assertEquals(1, c.get("interpretations").size());
                assertEquals("I-3", c.get("interpretations").get(0).asText());
            } else {
                assertFalse(c.has("interpretations"), c.toString());
            }
        }
        assertTrue(sawRecognition);
    }
}
