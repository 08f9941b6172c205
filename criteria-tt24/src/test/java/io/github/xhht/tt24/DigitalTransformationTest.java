package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.EVIDENCE;
import static io.github.xhht.tt24.Units.evaluate;
import static io.github.xhht.tt24.Units.finding;
import static io.github.xhht.tt24.Units.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 6(3)(d), 7(3)(d), 12(3)(d)-(đ), 13(3)(d)-(đ): "mức đáp ứng cơ bản" at Level 1 and "mức đáp ứng tốt"
 * at Level 2, on the coded scale 0 = below basic, 1 = basic, 2 = good, which the requirement spells out.
 */
class DigitalTransformationTest {

    private static Finding at(String kind, String tierCode, String id, int level) {
        AdminLevel tier = AdminLevel.valueOf(tierCode.toUpperCase(java.util.Locale.ROOT));
        Dossier dossier = full(UnitKind.byCode(kind).orElseThrow(), tier, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(level), EVIDENCE).build();
        return finding(evaluate(dossier), id);
    }

    /** Each digital indicator at its minimum (met) and one code below (not met, with both codes in the reason). */
    @ParameterizedTest(name = "{1} for {0}: at least {2}")
    @CsvSource(textBlock = """
            primarySchool,                  tt24.district.l1.c3.i4, 1
            districtEthnicBoardingSchool,   tt24.district.l2.c3.i4, 2
            upperSecondarySchool,           tt24.province.l1.c3.i4, 1
            continuingEducationCentre,      tt24.province.l2.c3.i4, 2
            university,                     tt24.province.l1.c3.i5, 1
            university,                     tt24.province.l2.c3.i5, 2
            """)
    void minimumMeetsAndOneBelowDoesNot(String kind, String id, int minimum) {
        String tier = id.split("\\.")[1];
        assertEquals(Outcome.MET, at(kind, tier, id, minimum).outcome());
        Finding below = at(kind, tier, id, minimum - 1);
        assertEquals(Outcome.NOT_MET, below.outcome());
        assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, below.reason().code());
        assertEquals(List.of(minimum - 1, minimum), below.reason().args());
    }

    @Test
    void theRequirementSaysWhatTheCodesMean() {
        Finding basic = at("primarySchool", "district", "tt24.district.l1.c3.i4", 1);
        assertEquals("đạt mức đáp ứng cơ bản theo Quyết định 4725/QĐ-BGDĐT: mức mã hóa ≥ 1"
                + " (0 = chưa đạt mức đáp ứng cơ bản, 1 = mức đáp ứng cơ bản, 2 = mức đáp ứng tốt)",
                basic.requirement().message(Lang.VI));
        Finding good = at("university", "province", "tt24.province.l2.c3.i5", 2);
        assertEquals("\"good response\" under Decision 4740/QĐ-BGDĐT: coded level ≥ 2"
                + " (0 = below basic response, 1 = basic response, 2 = good response)", good.requirement().message(Lang.EN));
        assertTrue(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL.label().vi().contains("1 = mức đáp ứng cơ bản"));
    }

    @Test
    void aLevelOffTheScaleIsAnInputErrorOnEveryPathAndForEveryUnit() {
        for (UnitKind kind : List.of(UnitKind.PRIMARY_SCHOOL, UnitKind.ENTERPRISE)) {
            Dossier dossier = full(kind, AdminLevel.DISTRICT)
                    .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(3), EVIDENCE).build();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(dossier), kind.code());
            assertEquals("/facts/digitalTransformationLevel/level", e.problems().get(0).pointer());
            assertEquals(ProblemCode.OUT_OF_RANGE, e.problems().get(0).code());
            assertEquals(List.of(3, 0, 2), e.problems().get(0).args());
            assertThrows(InvalidInputException.class,
                    () -> Tt24.scheme().verdict(dossier, Units.AS_OF, Interpretations.defaults()), kind.code());
        }
        // the top of the scale is accepted
        Dossier good = full(UnitKind.PRIMARY_SCHOOL, AdminLevel.DISTRICT, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, new FactValue.LevelValue(2), EVIDENCE).build();
        assertEquals(Outcome.MET, finding(evaluate(good), "tt24.district.l2.c3.i4").outcome());
    }
}
