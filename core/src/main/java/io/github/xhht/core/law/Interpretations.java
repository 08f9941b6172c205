package io.github.xhht.core.law;

import java.util.Objects;

/**
 * The choices a caller may override for the interpretations whose default is an inference rather than
 * the text of the law. {@link #defaults()} is what the library applies unless told otherwise.
 *
 * @param level2CountsAsLevel1 I-1: a member recognised at Level 2 counts toward a Level 1 share
 * @param tt24Art7LiteralReading I-2: read TT 24 Art. 7(3)(c) literally (only state agencies and public
 *                               service units need the collective title at district Level 2)
 * @param expiry               I-3: when a recognition stops being valid
 * @param directLevel2         I-4: a first-time applicant may be recognised at Level 2 directly
 * @param evidenceRequired     I-7: an indicator with no evidence is not met
 * @param provinceWithoutUniversity I-10: how TT 25 province C3.I1 is judged when there is no university
 */
public record Interpretations(
        boolean level2CountsAsLevel1,
        boolean tt24Art7LiteralReading,
        Expiry expiry,
        boolean directLevel2,
        boolean evidenceRequired,
        WithoutUniversity provinceWithoutUniversity) {

    /** I-3: the last day a recognition is valid. */
    public enum Expiry {
        /** 31 December of (decision year + 3): "3 years following the year of recognition". */
        END_OF_THIRD_FOLLOWING_YEAR,
        /** The day before the decision date + 36 months. */
        THIRTY_SIX_MONTHS_FROM_DECISION
    }

    /** I-10: the province criterion 3 indicator 1 for a province without a university. */
    public enum WithoutUniversity {
        NOT_APPLICABLE,
        NOT_MET
    }

    public Interpretations {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(provinceWithoutUniversity, "provinceWithoutUniversity");
    }

    private static final Interpretations DEFAULTS = new Interpretations(
            true, true, Expiry.END_OF_THIRD_FOLLOWING_YEAR, true, true, WithoutUniversity.NOT_APPLICABLE);

    /** The defaults of law/README.md. */
    public static Interpretations defaults() {
        return DEFAULTS;
    }

    /** A copy with I-1 (Level 2 counts as Level 1) set. */
    public Interpretations withLevel2CountsAsLevel1(boolean value) {
        return new Interpretations(value, tt24Art7LiteralReading, expiry, directLevel2, evidenceRequired, provinceWithoutUniversity);
    }

    /** A copy with the literal reading of Art. 7 of Circular 24 set. */
    public Interpretations withTt24Art7LiteralReading(boolean value) {
        return new Interpretations(level2CountsAsLevel1, value, expiry, directLevel2, evidenceRequired, provinceWithoutUniversity);
    }

    /** A copy with the I-3 expiry rule replaced. */
    public Interpretations withExpiry(Expiry value) {
        return new Interpretations(level2CountsAsLevel1, tt24Art7LiteralReading, value, directLevel2, evidenceRequired, provinceWithoutUniversity);
    }

    /** A copy with direct recognition at Level 2 allowed or not. */
    public Interpretations withDirectLevel2(boolean value) {
        return new Interpretations(level2CountsAsLevel1, tt24Art7LiteralReading, expiry, value, evidenceRequired, provinceWithoutUniversity);
    }

    /** A copy with I-7 (a met value needs evidence) set. */
    public Interpretations withEvidenceRequired(boolean value) {
        return new Interpretations(level2CountsAsLevel1, tt24Art7LiteralReading, expiry, directLevel2, value, provinceWithoutUniversity);
    }

    /** A copy with the reading for a province without a university replaced. */
    public Interpretations withProvinceWithoutUniversity(WithoutUniversity value) {
        return new Interpretations(level2CountsAsLevel1, tt24Art7LiteralReading, expiry, directLevel2, evidenceRequired, value);
    }
}
