package io.github.xhht.awards.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.rule.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample slates of examples/slates, one or more per preset, and the strictness of the reader. */
class SlateJsonTest {
    private static final Path SLATES = Path.of("..", "examples", "slates");
    private static final SlateJson JSON = SlateJson.strict();

    private static SlateResult run(String file) {
        return SlateChecks.check(JSON.read(SLATES.resolve(file)), Interpretations.defaults());
    }

    private static Outcome outcome(SlateResult r, String nomination, String check) {
        return r.nomination(nomination).orElseThrow().check(check).orElseThrow().outcome();
    }

    @Test
    void everyPresetHasASampleSlateAndEverySampleRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SLATES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (var plan : Plans.all()) {
            assertTrue(files.stream().map(JSON::read).anyMatch(slate -> slate.plan().equals(plan)), plan.id());
        }
        for (Path file : files) {
            Slate slate = JSON.read(file);
            assertEquals(slate, JSON.read(JSON.write(slate)), file.toString());
        }
    }

    @Test
    void hcmc2025WithTwoPrimeMinisterCertificatesIsEligible() {
        SlateResult r = run("hcmc-2025-midterm.json");
        assertTrue(r.eligible(), () -> JSON.write(r));
    }

    @Test
    void hcmc2025WithThreePrimeMinisterCertificatesBreaksTheQuota() {
        SlateResult r = run("hcmc-2025-three-prime-minister.json");
        assertFalse(r.eligible());
        assertEquals(Outcome.NOT_MET,
                r.check("plan.hcmc-education.quota.MIDTERM_REVIEW.PRIME_MINISTER_CERTIFICATE_OF_MERIT").orElseThrow().outcome());
        assertTrue(r.nominations().stream().allMatch(Eligibility::eligible));
        String out = JSON.write(r);
        assertTrue(out.contains("\"code\" : \"QUOTA_EXCEEDED\""), out);
        assertTrue(out.contains("mục III.2.a"), out);
    }

    @Test
    void binhDuongCommuneWithoutLearningCommunityIsRefused() {
        SlateResult r = run("binh-duong-2025-midterm.json");
        assertTrue(r.nomination("bd-1").orElseThrow().eligible());
        assertEquals(Outcome.NOT_MET, outcome(r, "bd-2", "plan.binh-duong.commune.learning-community"));
        assertEquals(Outcome.NOT_APPLICABLE, outcome(r, "bd-1", "plan.binh-duong.deadline"));
    }

    @Test
    void haiPhongOfficeWithoutDistrictLearningUnitIsRefused() {
        SlateResult r = run("hai-phong-2025-midterm.json");
        assertTrue(r.nomination("hp-1").orElseThrow().eligible());
        assertEquals(Outcome.NOT_MET, outcome(r, "hp-2", "plan.hai-phong-education.district-office.learning-unit"));
    }

    @Test
    void anGiangNeedsALearningUnitOnlyFromTheProvincialCertificateUp() {
        SlateResult r = run("an-giang-2024-annual.json");
        assertEquals(Outcome.NOT_APPLICABLE, outcome(r, "ag-1", "plan.an-giang-vocational-college.collective.learning-unit"));
        assertTrue(r.nomination("ag-1").orElseThrow().eligible());
        assertEquals(Outcome.NOT_MET, outcome(r, "ag-2", "plan.an-giang-vocational-college.collective.learning-unit"));
        assertTrue(r.nomination("ag-3").orElseThrow().eligible());
        assertEquals(Outcome.MET, outcome(r, "ag-3", "plan.an-giang-vocational-college.deadline"));
    }

    @Test
    void bacGiangRegistrationAfter25October2023IsLate() {
        SlateResult r = run("bac-giang-2023-2024.json");
        assertTrue(r.nomination("bg-1").orElseThrow().eligible(), () -> JSON.write(r));
        assertEquals(Outcome.NOT_MET, outcome(r, "bg-2", "plan.bac-giang-education.pr5"));
    }

    private static Problem only(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(json));
        return e.problems().get(0);
    }

    private static String slate(String nomination) {
        return "{\"formatVersion\":1,\"plan\":\"hcmc-education\",\"asOf\":\"2025-09-01\",\"nominations\":[" + nomination + "]}";
    }

    private static final String GOOD = "{\"id\":\"n1\",\"subject\":{\"kind\":\"unit\",\"id\":\"s1\",\"name\":\"Trường\"},"
            + "\"achievement\":{\"id\":\"a\",\"from\":\"2023-01-01\",\"to\":\"2025-05-31\"},"
            + "\"form\":\"CERTIFICATE_OF_COMMENDATION\",\"occasion\":\"MIDTERM_REVIEW\"}";

    @Test
    void badInputIsNamedByItsPointer() {
        assertEquals(1, JSON.read(slate(GOOD)).nominations().size());
        Problem unknownField = only(slate(GOOD.replace("{\"id\":\"n1\",", "{\"id\":\"n1\",\"colour\":1,")));
        assertEquals("/nominations/0/colour", unknownField.pointer());
        assertEquals(ProblemCode.JSON_UNKNOWN_FIELD, unknownField.code());
        Problem form = only(slate(GOOD.replace("CERTIFICATE_OF_COMMENDATION", "GOLD_STAR")));
        assertEquals("/nominations/0/form", form.pointer());
        assertEquals(ProblemCode.UNKNOWN_VALUE, form.code());
        Problem kind = only(slate(GOOD.replace("\"unit\"", "\"school\"")));
        assertEquals("/nominations/0/subject/kind", kind.pointer());
        Problem date = only(slate(GOOD.replace("2025-05-31", "2025-02-30")));
        assertEquals("/nominations/0/achievement/to", date.pointer());
        Problem reversed = only(slate(GOOD.replace("2025-05-31", "2022-05-31")));
        assertEquals("/nominations/0/achievement/to", reversed.pointer());
        assertEquals(ProblemCode.END_BEFORE_START, reversed.code());
        Problem duplicate = only(slate(GOOD + "," + GOOD));
        assertEquals("/nominations/1/id", duplicate.pointer());
        assertEquals(ProblemCode.DUPLICATE_ID, duplicate.code());
        Problem plan = only(slate(GOOD).replace("hcmc-education", "ha-noi"));
        assertEquals("/plan", plan.pointer());
        Problem version = only(slate(GOOD).replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertEquals(ProblemCode.UNSUPPORTED_FORMAT_VERSION, version.code());
        Problem key = only(slate(GOOD).replace("\"asOf\":\"2025-09-01\"", "\"asOf\":\"2025-09-01\",\"asOf\":\"2025-09-02\""));
        assertEquals(ProblemCode.JSON_DUPLICATE_KEY, key.code());
        Problem quota = only(slate(GOOD).replace("\"nominations\"",
                "\"quotas\":[{\"occasion\":\"ANNUAL\",\"form\":\"CERTIFICATE_OF_COMMENDATION\"}],\"nominations\""));
        assertEquals("/quotas/0", quota.pointer());
        assertEquals(ProblemCode.JSON_MISSING_FIELD, quota.code());
        Problem document = only(slate(GOOD.replace("\"form\"", "\"documents\":[\"PHOTO\"],\"form\"")));
        assertEquals("/nominations/0/documents/0", document.pointer());
    }
}
