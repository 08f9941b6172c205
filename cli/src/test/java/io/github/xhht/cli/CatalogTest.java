package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xhht.cli.catalog.Catalog;
import io.github.xhht.cli.catalog.SourceIndex;
import io.github.xhht.cli.catalog.SourceIndex.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;

    /** Sources as a repository would hold them for the demo scheme. */
    static SourceIndex sources() {
        return new SourceIndex(
                List.of(new SourceFile("demo/src/main/java/x/Article5.java", "x.Article5",
                                "Indicator.of(id + \".i1\", CITE, Text.of(\"Tỷ lệ người học\", \"Share of learners\"), m);\n"
                                        + "Text.of(\"Có kế hoạch học tập\", \"A learning plan exists\");"),
                        new SourceFile("demo/src/main/java/x/Facts.java", "x.Facts",
                                "static final FactKey<Share> LEARNERS = FactKey.share(\"learners\", LABEL);")),
                List.of(new SourceFile("demo/src/test/java/x/RulesTest.java", "x.RulesTest",
                                "finding(d, \"demo.commune.l1.c2.i1\");"),
                        new SourceFile("demo/src/test/java/x/ShareTest.java", "x.ShareTest",
                                "builder.fact(Facts.LEARNERS, new Share(1, 2));"),
                        new SourceFile("demo/src/test/java/x/TableTest.java", "x.TableTest",
                                "@CsvSource({\"commune, l1.c1.i1, plan\"})"),
                        // another module using the same fact name as an example does not test the demo scheme
                        new SourceFile("core/src/test/java/y/JsonTest.java", "y.JsonTest",
                                "read(\"{\\\"learners\\\": {\\\"count\\\": 1}}\"); finding(d, \"learners\");")));
    }

    @Test
    void everyIndicatorIsListedWithItsLawItsCodeAndItsTests() {
        Map<String, String> files = new Catalog(Fixture.schemes(), sources()).files();
        assertEquals(List.of("README.md", "demo.md", "plans.md"), List.copyOf(files.keySet()));
        String demo = files.get("demo.md");
        for (String id : List.of("demo.commune.l1.c1.i1", "demo.commune.l1.c2.i1", "demo.commune.l1.c2.i2", "demo.commune.l2.c1.i1")) {
            assertTrue(demo.contains("##### `" + id + "`"), id);
        }
        assertTrue(demo.contains("| Căn cứ / Legal basis | điểm a khoản 2 Điều 5 Thông tư 99/2023/TT-DEMO | "
                + "Article 5(2)(a) of Circular 99/2023/TT-DEMO |"), demo);
        assertTrue(demo.contains("| Áp dụng cho / Applies to | xã thuộc vùng khó khăn | communes in a difficult area |"), demo);
        assertTrue(demo.contains("| Yêu cầu / Requirement | tỷ lệ ≥ 60% |"), demo);
        assertTrue(demo.contains("[Article5.java](../../demo/src/main/java/x/Article5.java) (`x.Article5`)"), demo);
        // by id, by the fact's constant, and by the id's suffix beside the rule set's word
        assertTrue(demo.contains("[RulesTest.java](../../demo/src/test/java/x/RulesTest.java) (id), "
                + "[ShareTest.java](../../demo/src/test/java/x/ShareTest.java) (fact)"), demo);
        int planBlock = demo.indexOf("##### `demo.commune.l1.c1.i1`");
        String plan = demo.substring(planBlock, demo.indexOf("#####", planBlock + 5));
        assertTrue(plan.contains("TableTest.java"), plan);
        assertFalse(demo.contains("JsonTest.java"), demo);
        assertFalse(plan.contains("ShareTest.java"), plan);
        assertTrue(demo.contains("(không tìm thấy trong mã nguồn) / (not found in the sources)"), "centre label is absent");
        assertTrue(files.get("README.md").contains("| [`demo`](demo.md) | Bộ mẫu / Demo scheme | `demo.commune` | 4 |"));
        assertTrue(files.get("README.md").contains("| I-10 |"));
    }

    @Test
    void theAwardRulesOfEveryPresetPlanAreCatalogedWithTheirSections() {
        Map<String, String> files = new Catalog(Fixture.schemes(), sources()).files();
        String plans = files.get("plans.md");
        for (io.github.xhht.awards.plan.MovementPlan plan : io.github.xhht.awards.plan.Plans.all()) {
            assertTrue(plans.contains("\n## " + plan.id() + "\n"), plan.id());
        }
        // HCMC: at most 2 Prime Minister's certificates of merit at the 2025 review, section III.2.a of its plan
        assertTrue(plans.contains("| Sơ kết giai đoạn 2023 - 2025 (năm 2025) / Mid-term review of 2023-2025 (in 2025) |"
                + " Bằng khen của Thủ tướng Chính phủ / Prime Minister's certificate of merit | 1 | 2 | mục III.2.a"), plans);
        // a school in HCMC must be a recognised Learning Unit (section II.3.1.d)
        assertTrue(plans.contains("`school` Các cơ sở giáo dục"), plans);
        assertTrue(files.get("README.md").contains("[plans.md](plans.md)"), files.get("README.md"));
    }

    @Test
    void theCatalogueIsTheSameEveryTime() {
        assertEquals(new Catalog(Fixture.schemes(), sources()).files(), new Catalog(Fixture.schemes(), sources()).files());
    }

    @Test
    void driftIsFoundWhenAFileChangesIsMissingOrIsLeftOver() throws IOException {
        Map<String, String> generated = new Catalog(Fixture.schemes(), sources()).files();
        Path cat = dir.resolve("cat");
        Fixture.run(dir, "catalog", "--write", "cat");
        // the tool and the library agree: what --write wrote is what the check expects
        assertEquals(List.of(), Catalog.drift(cat, new Catalog(Fixture.schemes(), SourceIndex.empty()).files()));
        Files.writeString(cat.resolve("demo.md"), generated.get("demo.md").replace("tỷ lệ ≥ 60%", "tỷ lệ ≥ 50%"));
        List<String> changed = Catalog.drift(cat, generated);
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).startsWith("demo.md: line "), changed.toString());
        Files.writeString(cat.resolve("demo.md"), generated.get("demo.md") + "extra\n");
        assertEquals(1, Catalog.drift(cat, generated).size());
        Files.delete(cat.resolve("demo.md"));
        Files.writeString(cat.resolve("tt99.md"), "old");
        assertEquals(List.of("demo.md: missing", "tt99.md: no longer generated"), Catalog.drift(cat, generated));
    }

    @Test
    void writeReplacesTheDirectoryContentAndJsonListsEveryIndicator() throws IOException {
        Files.createDirectories(dir.resolve("cat"));
        Files.writeString(dir.resolve("cat/old-scheme.md"), "stale");
        Files.writeString(dir.resolve("cat/keep.txt"), "not ours");
        Fixture.Run run = Fixture.run(dir, "catalog", "--write", "cat");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("cat/demo.md")));
        assertFalse(Files.exists(dir.resolve("cat/old-scheme.md")));
        assertTrue(Files.exists(dir.resolve("cat/keep.txt")));
        Fixture.Run json = Fixture.run(dir, "catalog", "--format", "json");
        JsonNode list = new ObjectMapper().readTree(json.out());
        assertEquals(4, list.size());
        assertEquals("demo.commune.l1.c2.i2", list.get(2).get("id").asText());
        assertEquals("communes in a difficult area", list.get(2).get("appliesTo").get("en").asText());
        assertEquals("centres", list.get(2).get("facts").get(0).get("name").asText());
        assertEquals(0, list.get(2).get("otherInputs").size());
    }

    @Test
    void explainGivesTheIndicatorInTheChosenLanguage() {
        Fixture.Run vi = Fixture.run(dir, "explain", "demo.commune.l1.c2.i2");
        assertEquals(0, vi.code(), vi.err());
        assertTrue(vi.out().startsWith("demo.commune.l1.c2.i2 — Trung tâm học tập cộng đồng\n"), vi.out());
        assertTrue(vi.out().contains("Căn cứ: điểm b khoản 2 Điều 5 Thông tư 99/2023/TT-DEMO"), vi.out());
        assertTrue(vi.out().contains("Yêu cầu: số lượng ≥ 1"), vi.out());
        assertTrue(vi.out().contains("Áp dụng cho: xã thuộc vùng khó khăn"), vi.out());
        assertTrue(vi.out().contains("Thông tin đầu vào: centres (số lượng)"), vi.out());
        Fixture.Run en = Fixture.run(dir, "explain", "--lang", "en", "demo.commune.l1.c2");
        assertTrue(en.out().contains("Legal basis: Article 5(2) of Circular 99/2023/TT-DEMO"), en.out());
        assertTrue(en.out().contains("  - demo.commune.l1.c2.i1 — Share of learners (Article 5(2)(a))"), en.out());
        Fixture.Run missing = Fixture.run(dir, "explain", "demo.commune.l1.c9.i1");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("mã gần giống: demo.commune.l1"), missing.err());
    }

    @Test
    void explainAndTheCatalogueSayWhatAShareOfRecognisedMembersReads() {
        // tt25.district.l1.c4.i1 reads no fact: it counts the communes of the dossier and their recognitions (I-1)
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String lang : List.of("vi", "en")) {
            out.reset();
            Env env = new Env(java.io.InputStream.nullInputStream(),
                    new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err,
                    Registry.standard(), Fixture.TODAY, dir, false);
            assertEquals(0, new Cli(env).run(new String[] {"explain", "--lang", lang, "tt25.district.l1.c4.i1"}));
            String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            String inputs = text.lines().filter(l -> l.startsWith(lang.equals("vi") ? "  Thông tin đầu vào: " : "  Input facts: "))
                    .findFirst().orElseThrow();
            assertTrue(inputs.contains(lang.equals("vi") ? "các xã thuộc huyện" : "the communes of the district"), inputs);
            assertTrue(inputs.contains("\"constituents\"") && inputs.contains("I-1") && inputs.contains("I-3"), inputs);
        }
        String row = new Catalog(Registry.standard(), SourceIndex.empty()).files().get("tt25.md").lines()
                .dropWhile(l -> !l.equals("##### `tt25.province.l2.c4.i1`"))
                .filter(l -> l.startsWith("| Thông tin đầu vào / Input facts |")).findFirst().orElseThrow();
        assertTrue(row.contains("các huyện thuộc tỉnh") && row.contains("the districts of the province"), row);
        assertFalse(row.contains("I-1"), row);
    }

    @Test
    void schemaPrintsTheDossierJsonSchema() throws IOException {
        Fixture.Run run = Fixture.run(dir, "schema");
        assertEquals(0, run.code(), run.err());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertTrue(schema.get("$schema").asText().contains("json-schema.org"));
        assertTrue(schema.toString().contains("formatVersion"));
    }

}
