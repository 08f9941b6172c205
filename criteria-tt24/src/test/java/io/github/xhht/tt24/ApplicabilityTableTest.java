package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.evaluate;
import static io.github.xhht.tt24.Units.full;
import static io.github.xhht.tt24.Units.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One dossier of each kind of unit at each tier that evaluates it (Art. 2), and which type-specific
 * indicators and limbs apply to it (I-6). Tags: budget = Art. 6(1)(c) state budget; language = 6(2)(d),
 * 7(2)(d); learners = the learners' limb of 6(3)(a); preschool = the public pre-school limbs of 6(1)(b),
 * 6(3)(b); dt4725, dt4740 = digital-transformation level; gdnn = vocational accreditation.
 */
class ApplicabilityTableTest {

    private static final String TABLE = """
            communePeoplesCommittee,               district, ,                  budget language
            partyBody,                             district, ,                  language
            stateBody,                             district, ,                  budget language
            militaryCommand,                       district, ,                  language
            police,                                district, stateAgency,       budget language
            socioPoliticalOrganisation,            district, ,                  language
            socialOrganisation,                    district, ,                  language
            enterprise,                            district, ,
            cooperative,                           district, ,
            otherEconomicOrganisation,             district, stateAgency,
            creche,                                district, publicInstitution, budget language preschool
            kindergarten,                          district, ,                  language
            preschool,                             district, publicServiceUnit, budget language preschool
            primarySchool,                         district, publicInstitution, budget language dt4725
            lowerSecondarySchool,                  district, publicInstitution, budget language dt4725
            multiLevelLowerSecondarySchool,        district, ,                  language dt4725
            semiBoardingEthnicSchool,              district, publicInstitution, budget language dt4725
            districtEthnicBoardingSchool,          district, publicInstitution, budget language dt4725
            vocationalEducationCentre,             district, publicInstitution, budget language learners gdnn
            otherDistrictEducationalInstitution,   district, ,                  language learners
            partyBody,                             province, ,                  language
            stateBody,                             province, ,                  budget language
            economicZoneBoard,                     province, ,                  budget language
            militaryCommand,                       province, ,                  language
            police,                                province, ,                  language
            socioPoliticalOrganisation,            province, publicServiceUnit, budget language
            socialOrganisation,                    province, ,                  language
            enterprise,                            province, ,
            cooperative,                           province, ,
            otherEconomicOrganisation,             province, ,
            upperSecondarySchool,                  province, publicInstitution, budget language learners dt4725
            multiLevelUpperSecondarySchool,        province, ,                  language learners dt4725
            provincialEthnicBoardingSchool,        province, publicInstitution, budget language learners
            preUniversitySchool,                   province, publicInstitution, budget language learners
            specialisedSchool,                     province, publicInstitution, budget language learners
            schoolForPeopleWithDisabilities,       province, ,                  language learners
            reformSchool,                          province, stateAgency,       budget language learners
            continuingEducationCentre,             province, publicInstitution, budget language learners dt4725
            inclusiveEducationCentre,              province, publicInstitution, budget language learners
            intermediateSchool,                    province, ,                  language learners gdnn
            college,                               province, publicInstitution, budget language learners gdnn
            university,                            province, publicInstitution, budget language learners dt4740
            otherProvincialEducationalInstitution, province, ,                  language learners
            vocationalEducationCentre,             province, ,                  language learners gdnn
            """;

    /** The type-specific indicators, by tag, at each tier (the same local ids at Level 1 and Level 2). */
    private static final Map<String, String> DISTRICT = Map.of(
            "budget", "c1.i3", "language", "c2.i4", "dt4725", "c3.i4", "gdnn", "c3.i5");
    private static final Map<String, String> PROVINCE = Map.of(
            "budget", "c1.i3", "language", "c2.i4", "dt4725", "c3.i4", "dt4740", "c3.i5", "gdnn", "c3.i6");

    @ParameterizedTest(name = "{0} at {1} ({2}): {3}")
    @CsvSource(textBlock = TABLE)
    void typeSpecificIndicatorsApplyOnlyToTheirKinds(String code, String tierCode, String attribute, String tags) {
        AdminLevel tier = AdminLevel.valueOf(tierCode.toUpperCase(java.util.Locale.ROOT));
        Set<String> applying = tags == null ? Set.of() : Set.of(tags.trim().split("\\s+"));
        SubjectAttribute[] attributes = attribute == null ? new SubjectAttribute[0]
                : new SubjectAttribute[] {Arrays.stream(SubjectAttribute.values()).filter(a -> a.json().equals(attribute))
                        .findFirst().orElseThrow()};
        UnitKind kind = UnitKind.byCode(code).orElseThrow();
        Dossier dossier = full(kind, tier, attributes).build();
        Decision decision = evaluate(dossier);

        Map<String, String> specific = tier == AdminLevel.DISTRICT ? DISTRICT : PROVINCE;
        Set<String> expectedNotApplicable = specific.entrySet().stream().filter(e -> !applying.contains(e.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
        for (Level level : Level.values()) {
            Set<String> notApplicable = new TreeSet<>(expectedNotApplicable);
            // I-2 literal reading: at district Level 2 the collective title binds only state agencies and public service units
            if (tier == AdminLevel.DISTRICT && level == Level.LEVEL_2 && !applying.contains("budget")) {
                notApplicable.add("c3.i3");
            }
            String prefix = "tt24." + tier.json() + ".l" + level.number() + ".";
            Set<String> found = decision.level(level).orElseThrow().indicators().stream()
                    .filter(f -> f.outcome() == Outcome.NOT_APPLICABLE)
                    .map(f -> f.id().substring(prefix.length())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(notApplicable, found, level.name());
        }
        assertEquals(Level.LEVEL_2, decision.highestLevel().orElseThrow(), "a full dossier meets both levels");

        // the learners' limb: without the learners' share, point (a) is unknown only where learners count
        Decision noLearners = evaluate(full(kind, tier, attributes).without(Tt24Facts.LEARNERS_LEARNING_CITIZENS.name()).build());
        String c3i1 = "tt24." + tier.json() + ".l1.c3.i1";
        assertEquals(applying.contains("learners") ? Outcome.UNKNOWN : Outcome.MET, outcome(noLearners, c3i1));

        // the public pre-school limbs of 6(1)(b) and 6(3)(b)
        Decision noPreschool = evaluate(full(kind, tier, attributes)
                .without(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_SUPPORT.name())
                .without(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_TRAINING.name()).build());
        Outcome expected = applying.contains("preschool") ? Outcome.UNKNOWN : Outcome.MET;
        assertEquals(expected, outcome(noPreschool, "tt24." + tier.json() + ".l1.c1.i2"));
        if (tier == AdminLevel.DISTRICT) { // the provincial 12(3)(b), 13(3)(b) have no pre-school limb
            assertEquals(expected, outcome(noPreschool, "tt24.district.l2.c3.i2"));
        }
    }

    @Test
    void theTableHasEveryKindAtEveryTierThatEvaluatesIt() {
        Set<String> rows = new HashSet<>();
        TABLE.lines().map(l -> l.split(",")).forEach(cells -> rows.add(cells[0].trim() + "@" + cells[1].trim()));
        Set<String> expected = new HashSet<>();
        for (UnitKind kind : UnitKind.values()) {
            kind.tiers().forEach(t -> expected.add(kind.code() + "@" + t.json()));
        }
        assertEquals(expected, rows);
    }

    @Test
    void whyNotApplicableIsExplained() {
        Decision decision = evaluate(full(UnitKind.ENTERPRISE, AdminLevel.PROVINCE).build());
        Finding language = Units.finding(decision, "tt24.province.l1.c2.i4");
        assertEquals(io.github.xhht.core.rule.ReasonCode.NOT_APPLICABLE_TO_SUBJECT, language.reason().code());
        assertEquals("không áp dụng: chỉ áp dụng cho đơn vị không phải là tổ chức kinh tế", language.reason().message(
                io.github.xhht.core.i18n.Lang.VI));
        assertTrue(language.interpretations().contains(io.github.xhht.core.law.Interpretation.I_6));
    }
}
