package io.github.xhht.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.AwardRecord;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.TitleRecord;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DossierJsonTest {
    private static final DossierJson JSON = DossierJson.strict();
    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    static Dossier full() {
        Evidence evidence = new Evidence("12/KH-UBND", "UBND xã Minh Khai", LocalDate.of(2024, 1, 15),
                "Kế hoạch xây dựng xã hội học tập năm 2024", Optional.of("a".repeat(64)));
        Subject subject = Subject.builder(SubjectKind.UNIT, "U-1", "Trường THPT Nguyễn Trãi")
                .jurisdiction("Hải Phòng").parentId("SGD-HP").unitKind("UPPER_SECONDARY_SCHOOL").tier(AdminLevel.PROVINCE)
                .with(SubjectAttribute.PUBLIC_SERVICE_UNIT, SubjectAttribute.PUBLIC_INSTITUTION).build();
        return Dossier.builder("tt24", subject, AssessmentPeriod.calendarYear(2024))
                .fact("plan", Fact.of(FactValue.Flag.TRUE, evidence))
                .fact("members", Fact.of(new FactValue.Count(120)))
                .fact("learningCitizens", Fact.of(new FactValue.Share(115, 120), evidence, evidence))
                .fact("digitalLevel", Fact.of(new FactValue.LevelValue(3)))
                .fact("collectiveTitle", Fact.of(new FactValue.Title("EXCELLENT_LABOUR_COLLECTIVE")))
                .fact("weekHeld", Fact.of(new FactValue.DateValue(LocalDate.of(2024, 10, 1))))
                .fact("budget", Fact.of(new FactValue.Amount(new BigDecimal("1234.5678901234567890"))))
                .fact("income", Fact.of(new FactValue.Trend(new BigDecimal("40.1"), new BigDecimal("-0.000001"))))
                .recognition(new Recognition("tt24", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(2024, 2, 10),
                        "15/QĐ-UBND", "Chủ tịch UBND tỉnh", 2023))
                .award(new AwardRecord("CERTIFICATE_OF_MERIT_PROVINCIAL", "a-2023", LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 20), "20/QĐ-UBND"))
                .title(new TitleRecord("ADVANCED_WORKER", 2023, LocalDate.of(2023, 12, 20), ""))
                .constituent(new Constituent("C-1", "Tổ Toán", List.of()))
                .proceeding(new PendingProceeding(ProceedingKind.COMPLAINT, LocalDate.of(2024, 5, 1),
                        Optional.of(LocalDate.of(2024, 6, 1)), "đơn số 3"))
                .build();
    }

    @Test
    void anUnknownFieldIsRefusedInEveryObjectOfTheFormat() throws Exception {
        Recognition member = new Recognition("tt25", Level.LEVEL_2, RecognitionKind.FIRST, LocalDate.of(2024, 2, 1),
                "3/QĐ-UBND", "Chủ tịch UBND huyện", 2023);
        Dossier rich = full().toBuilder().constituent(new Constituent("C-2", "Tổ Văn", List.of(member))).build();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(JSON.write(rich));
        List<String> objects = new java.util.ArrayList<>();
        collectObjects(tree, "", objects);
        // every object of the format but the map of facts by name (any name is a fact there)
        assertTrue(objects.containsAll(List.of("", "/subject", "/period", "/facts/plan", "/facts/plan/evidence/0", "/history",
                "/history/recognitions/0", "/history/awards/0", "/history/titles/0", "/constituents/1",
                "/constituents/1/recognitions/0", "/proceedings/0")), objects::toString);
        for (String at : objects) {
            JsonNode copy = tree.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) (at.isEmpty() ? copy : copy.at(at))).put("zz", 1);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(mapper.writeValueAsString(copy)), at);
            assertEquals(List.of(at + "/zz"), e.problems().stream().map(Problem::pointer).toList(), at);
            assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, e.problems().get(0).code(), at);
        }
    }

    private static void collectObjects(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            if (!pointer.equals("/facts")) {
                out.add(pointer);
            }
            node.fields().forEachRemaining(e -> collectObjects(e.getValue(), pointer + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjects(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    @Test
    void writesAndReadsBackTheSameDossier() {
        Dossier dossier = full();
        String text = JSON.write(dossier);
        assertEquals(dossier, JSON.read(text));
        assertEquals(text, JSON.write(JSON.read(text)), "writing is stable");
        assertTrue(text.contains("\"budget\" : {\n      \"amount\" : 1234.5678901234567890"), "amounts stay exact: " + text);
    }

    @Test
    void readsTheMinimalDossier() {
        Dossier d = JSON.read(minimal(""));
        assertEquals("tt25", d.scheme());
        assertEquals(SubjectKind.COMMUNE, d.subject().kind());
        assertTrue(d.facts().isEmpty());
        assertTrue(d.history().isEmpty());
    }

    @Test
    void factKindsFollowTheirValueField() {
        Dossier d = JSON.read(minimal(", \"facts\": {"
                + "\"a\": {\"flag\": false}, \"b\": {\"count\": 7}, \"c\": {\"count\": 0, \"of\": 0},"
                + "\"d\": {\"level\": 2}, \"e\": {\"title\": \"X\"}, \"f\": {\"date\": \"2024-12-31\"},"
                + "\"g\": {\"amount\": 1e2}, \"h\": {\"previous\": 1, \"current\": 2}}"));
        assertEquals(new FactValue.Flag(false), d.facts().get("a").value());
        assertEquals(new FactValue.Count(7), d.facts().get("b").value());
        assertEquals(new FactValue.Share(0, 0), d.facts().get("c").value());
        assertEquals(new FactValue.LevelValue(2), d.facts().get("d").value());
        assertEquals(new FactValue.Title("X"), d.facts().get("e").value());
        assertEquals(new FactValue.DateValue(LocalDate.of(2024, 12, 31)), d.facts().get("f").value());
        assertEquals(0, new BigDecimal("100").compareTo(((FactValue.Amount) d.facts().get("g").value()).value()));
        assertTrue(((FactValue.Trend) d.facts().get("h").value()).increased());
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(
                "{\"formatVersion\": 1, \"scheme\": \"tt25\", \"extra\": 1,"
                        + " \"subject\": {\"kind\": \"planet\", \"id\": \"x\", \"name\": \"y\"},"
                        + " \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-13-01\"},"
                        + " \"facts\": {\"a\": {\"count\": -1}, \"b\": {\"count\": 5, \"of\": 4}}}"));
        Set<String> found = new TreeSet<>();
        e.problems().forEach(p -> found.add(p.pointer() + " " + p.code()));
        assertEquals(new TreeSet<>(List.of(
                "/extra JSON_UNKNOWN_FIELD",
                "/subject/kind UNKNOWN_VALUE",
                "/period/to INVALID_DATE",
                "/facts/a/count NEGATIVE_COUNT",
                "/facts/b/count NUMERATOR_ABOVE_DENOMINATOR")), found);
    }

    @Test
    void problemsReadInBothLanguagesWithTheirField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JSON.read(minimal(", \"facts\": {\"citizens\": {\"count\": 5, \"of\": 4}}")));
        assertEquals("/facts/citizens/count: tử số 5 lớn hơn mẫu số 4", e.message(Lang.VI));
        assertEquals("/facts/citizens/count: numerator 5 is greater than denominator 4", e.message(Lang.EN));
    }

    @Test
    void readsFromAStreamAsUtf8() {
        InputStream in = new java.io.ByteArrayInputStream(minimal("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Xã Minh Khai", JSON.read(in).subject().name());
    }

    @Test
    void theSchemaDescribesExactlyTheFieldsTheReaderAccepts() throws Exception {
        JsonNode schema;
        try (InputStream in = DossierJson.class.getResourceAsStream("dossier.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals(DossierJson.ROOT, names(schema.get("properties")));
        JsonNode defs = schema.get("$defs");
        assertEquals(DossierJson.SUBJECT, names(defs.get("subject").get("properties")));
        assertEquals(DossierJson.PERIOD, names(defs.get("period").get("properties")));
        assertEquals(DossierJson.FACT, names(defs.get("fact").get("properties")));
        assertEquals(DossierJson.EVIDENCE, names(defs.get("evidence").get("properties")));
        assertEquals(DossierJson.HISTORY, names(defs.get("history").get("properties")));
        assertEquals(DossierJson.RECOGNITION, names(defs.get("recognition").get("properties")));
        assertEquals(DossierJson.AWARD, names(defs.get("award").get("properties")));
        assertEquals(DossierJson.TITLE, names(defs.get("title").get("properties")));
        assertEquals(DossierJson.CONSTITUENT, names(defs.get("constituent").get("properties")));
        assertEquals(DossierJson.PROCEEDING, names(defs.get("proceeding").get("properties")));
        Set<String> attributes = new TreeSet<>();
        for (SubjectAttribute a : SubjectAttribute.values()) {
            attributes.add(a.json());
        }
        assertEquals(attributes, names(defs.get("subject").get("properties").get("attributes").get("properties")));
        Set<String> kinds = new TreeSet<>();
        defs.get("subject").get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asText()));
        Set<String> expectedKinds = new TreeSet<>();
        for (SubjectKind k : SubjectKind.values()) {
            expectedKinds.add(k.json());
        }
        assertEquals(expectedKinds, kinds);
    }

    @Test
    void noTypeInformationIsTakenFromInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(minimal(
                ", \"facts\": {\"a\": {\"@class\": \"java.lang.ProcessBuilder\", \"flag\": true}}")));
        assertEquals("/facts/a/@class", e.problems().get(0).pointer());
        assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, e.problems().get(0).code());
    }

    @Test
    void messagesNeverShowRawKeys() {
        for (ProblemCode code : ProblemCode.values()) {
            for (Lang lang : Lang.values()) {
                String m = Problem.at("/x", code, "a", "b", "c").message(lang);
                assertFalse(m.contains("problem."), m);
                assertFalse(m.matches(".*\\{\\d}.*"), m);
            }
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    static String minimal(String more) {
        return "{\"formatVersion\": 1, \"scheme\": \"tt25\","
                + " \"subject\": {\"kind\": \"commune\", \"id\": \"X-1\", \"name\": \"Xã Minh Khai\"},"
                + " \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"}" + more + "}";
    }
}
