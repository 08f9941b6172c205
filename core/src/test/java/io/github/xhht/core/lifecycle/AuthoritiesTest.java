package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthoritiesTest {
    static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);
    static final LocalDate FIRST_TWO_TIER_DAY = LocalDate.of(2025, 7, 1);
    static final Authorities.Configuration NONE = Authorities.Configuration.none();

    @Test
    void whoDecidesUpTo30June2025() {
        assertEquals(Optional.of(Office.DISTRICT_PEOPLES_COMMITTEE_CHAIR), Authorities.decider(Track.TT24_DISTRICT, LAST_DISTRICT_DAY, NONE).office());
        assertEquals(Optional.of(Office.PROVINCIAL_PEOPLES_COMMITTEE_CHAIR), Authorities.decider(Track.TT24_PROVINCE, LAST_DISTRICT_DAY, NONE).office());
        assertEquals(Optional.of(Office.HEAD_OF_DISTRICT_EDUCATION_OFFICE), Authorities.decider(Track.TT25_COMMUNE, LAST_DISTRICT_DAY, NONE).office());
        assertEquals(Optional.of(Office.DIRECTOR_OF_PROVINCIAL_EDUCATION_DEPARTMENT), Authorities.decider(Track.TT25_DISTRICT, LAST_DISTRICT_DAY, NONE).office());
        assertEquals(Optional.of(Office.MINISTER_OF_EDUCATION), Authorities.decider(Track.TT25_PROVINCE, LAST_DISTRICT_DAY, NONE).office());
        Authorities.Answer chair = Authorities.decider(Track.TT24_DISTRICT, LAST_DISTRICT_DAY, NONE);
        assertEquals("Chủ tịch Ủy ban nhân dân cấp huyện theo quy định của thông tư (khoản 1 Điều 5 Thông tư 24/2023/TT-BGDĐT)", chair.reason().message(Lang.VI));
        assertEquals(List.of(), chair.reason().interpretations());
    }

    @Test
    void from1July2025ADistrictOfficeIsUnresolvedNeverGuessed() {
        Authorities.Answer commune = Authorities.decider(Track.TT25_COMMUNE, FIRST_TWO_TIER_DAY, NONE);
        assertFalse(commune.resolved());
        assertEquals(Office.HEAD_OF_DISTRICT_EDUCATION_OFFICE, commune.byLaw());
        assertEquals(List.of(Interpretation.I_5), commune.reason().interpretations());
        assertEquals("the law names Head of the district Division of Education and Training, a district-tier office that "
                + "no longer exists on 2025-07-01; the competent office is unresolved until configured "
                + "(Article 5(1) of Circular 25/2023/TT-BGDĐT) [I-5]", commune.reason().message(Lang.EN));
        assertFalse(Authorities.decider(Track.TT24_DISTRICT, FIRST_TWO_TIER_DAY, NONE).resolved());
        assertFalse(Authorities.receiver(Track.TT24_DISTRICT, FIRST_TWO_TIER_DAY, NONE).resolved());
        assertFalse(Authorities.receiver(Track.TT25_COMMUNE, FIRST_TWO_TIER_DAY, NONE).resolved());
    }

    @Test
    void provincialOfficesAreUnaffectedBy1July2025() {
        assertEquals(Optional.of(Office.PROVINCIAL_PEOPLES_COMMITTEE_CHAIR), Authorities.decider(Track.TT24_PROVINCE, FIRST_TWO_TIER_DAY, NONE).office());
        assertEquals(Optional.of(Office.DIRECTOR_OF_PROVINCIAL_EDUCATION_DEPARTMENT), Authorities.decider(Track.TT25_DISTRICT, FIRST_TWO_TIER_DAY, NONE).office());
        assertEquals(Optional.of(Office.MINISTER_OF_EDUCATION), Authorities.decider(Track.TT25_PROVINCE, FIRST_TWO_TIER_DAY, NONE).office());
        assertEquals(Optional.of(Office.MINISTRY_OF_EDUCATION), Authorities.receiver(Track.TT25_PROVINCE, FIRST_TWO_TIER_DAY, NONE).office());
    }

    @Test
    void aConfiguredOfficeFillsTheGapOnlyWhereTheLawsOfficeIsGone() {
        Office communeChair = Office.configured("communeChair", Text.of("Chủ tịch Ủy ban nhân dân cấp xã", "commune People's Committee chairman"));
        Authorities.Configuration config = NONE.withDecider(Track.TT25_COMMUNE, communeChair);
        Authorities.Answer after = Authorities.decider(Track.TT25_COMMUNE, FIRST_TWO_TIER_DAY, config);
        assertEquals(Optional.of(communeChair), after.office());
        assertEquals(CitedReason.Code.OFFICE_CONFIGURED, after.reason().code());
        assertEquals(List.of(Interpretation.I_5), after.reason().interpretations());
        assertEquals(Optional.of(Office.HEAD_OF_DISTRICT_EDUCATION_OFFICE),
                Authorities.decider(Track.TT25_COMMUNE, LAST_DISTRICT_DAY, config).office(), "the law's office while it exists");
    }

    @Test
    void beforeTheCircularTookEffectThereIsNoOffice() {
        Authorities.Answer early = Authorities.decider(Track.TT25_COMMUNE, LocalDate.of(2024, 2, 11), NONE);
        assertFalse(early.resolved());
        assertEquals(CitedReason.Code.LAW_NOT_IN_FORCE, early.reason().code());
        assertEquals(Optional.of(Office.HEAD_OF_DISTRICT_EDUCATION_OFFICE),
                Authorities.decider(Track.TT25_COMMUNE, LocalDate.of(2024, 2, 12), NONE).office());
        assertFalse(Authorities.decider(Track.TT24_PROVINCE, LocalDate.of(2024, 1, 25), NONE).resolved());
        assertEquals(Optional.of(Office.PROVINCIAL_PEOPLES_COMMITTEE_CHAIR),
                Authorities.decider(Track.TT24_PROVINCE, LocalDate.of(2024, 1, 26), NONE).office());
    }
}
