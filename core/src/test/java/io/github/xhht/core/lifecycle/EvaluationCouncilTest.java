package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.lifecycle.EvaluationCouncil.Representation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationCouncilTest {
    static final Set<Representation> TT25_LOCAL = EnumSet.of(Representation.RELEVANT_AGENCIES,
            Representation.STUDY_PROMOTION_ASSOCIATION, Representation.FATHERLAND_FRONT, Representation.SOCIO_POLITICAL_ORGANISATIONS);

    static List<CitedReason.Code> codes(EvaluationCouncil.Check c) {
        return c.reasons().stream().map(CitedReason::code).toList();
    }

    @Test
    void fourMembersIsEvenAndTooFew() {
        EvaluationCouncil.Check four = new EvaluationCouncil(4, true, true, TT25_LOCAL).check(Track.TT25_COMMUNE);
        assertFalse(four.valid());
        assertEquals(List.of(CitedReason.Code.COUNCIL_EVEN, CitedReason.Code.COUNCIL_TOO_SMALL,
                CitedReason.Code.COUNCIL_COMPOSITION_MET), codes(four));
        assertEquals("hội đồng có 4 thành viên: tối thiểu 5 thành viên (khoản 2 Điều 9 Thông tư 25/2023/TT-BGDĐT)",
                four.reasons().get(1).message(Lang.VI));
    }

    @Test
    void fiveMembersIsTheSmallestValidCouncil() {
        EvaluationCouncil.Check five = new EvaluationCouncil(5, true, true, TT25_LOCAL).check(Track.TT25_COMMUNE);
        assertTrue(five.valid());
        assertEquals(List.of(CitedReason.Code.COUNCIL_SIZE_MET, CitedReason.Code.COUNCIL_COMPOSITION_MET), codes(five));
    }

    @Test
    void sixMembersIsEven() {
        EvaluationCouncil.Check six = new EvaluationCouncil(6, true, true, TT25_LOCAL).check(Track.TT25_DISTRICT);
        assertFalse(six.valid());
        assertEquals(List.of(CitedReason.Code.COUNCIL_EVEN, CitedReason.Code.COUNCIL_COMPOSITION_MET), codes(six));
        assertTrue(new EvaluationCouncil(7, true, true, TT25_LOCAL).check(Track.TT25_DISTRICT).valid());
    }

    @Test
    void theRequiredRepresentationAndRolesAreNamed() {
        EvaluationCouncil noFront = new EvaluationCouncil(5, true, false, EnumSet.of(Representation.RELEVANT_AGENCIES,
                Representation.STUDY_PROMOTION_ASSOCIATION, Representation.SOCIO_POLITICAL_ORGANISATIONS));
        EvaluationCouncil.Check tt25 = noFront.check(Track.TT25_COMMUNE);
        assertFalse(tt25.valid());
        assertEquals(List.of(CitedReason.Code.COUNCIL_ROLE_MISSING, CitedReason.Code.COUNCIL_REPRESENTATION_MISSING,
                CitedReason.Code.COUNCIL_SIZE_MET), codes(tt25));
        assertEquals("no representative of the Vietnam Fatherland Front (Article 9(2) of Circular 25/2023/TT-BGDĐT)",
                tt25.reasons().get(1).message(Lang.EN));
        // TT 24 names no Fatherland Front seat: only the missing secretary remains
        EvaluationCouncil.Check tt24 = noFront.check(Track.TT24_DISTRICT);
        assertEquals(List.of(CitedReason.Code.COUNCIL_ROLE_MISSING, CitedReason.Code.COUNCIL_SIZE_MET,
                CitedReason.Code.COUNCIL_COMPOSITION_MET), codes(tt24));
    }

    @Test
    void theMinistrysCouncilHasNoSizeRuleButNeedsMinistryUnits() {
        EvaluationCouncil three = new EvaluationCouncil(4, false, false, EnumSet.of(Representation.MINISTRY_UNITS));
        EvaluationCouncil.Check ok = three.check(Track.TT25_PROVINCE);
        assertTrue(ok.valid());
        assertEquals(List.of(CitedReason.Code.COUNCIL_SIZE_NOT_SET, CitedReason.Code.COUNCIL_COMPOSITION_MET), codes(ok));
        assertFalse(new EvaluationCouncil(5, true, true, TT25_LOCAL).check(Track.TT25_PROVINCE).valid());
    }

    @Test
    void aNegativeSizeIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EvaluationCouncil(-1, true, true, Set.of()));
        assertEquals("/members", e.problems().get(0).pointer());
    }
}
