package io.github.xhht.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws Outcome's javadoc claims, checked over all values. */
class OutcomePropertiesTest {

    /** Rank in NOT_MET &lt; UNKNOWN &lt; MET; NOT_APPLICABLE is outside the order. */
    static int rank(Outcome o) {
        return switch (o) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
            case NOT_APPLICABLE -> throw new IllegalArgumentException("not ordered");
        };
    }

    @Property
    void andIsCommutative(@ForAll Outcome a, @ForAll Outcome b) {
        assertEquals(a.and(b), b.and(a));
    }

    @Property
    void orIsCommutative(@ForAll Outcome a, @ForAll Outcome b) {
        assertEquals(a.or(b), b.or(a));
    }

    @Property
    void andIsAssociative(@ForAll Outcome a, @ForAll Outcome b, @ForAll Outcome c) {
        assertEquals(a.and(b).and(c), a.and(b.and(c)));
    }

    @Property
    void orIsAssociative(@ForAll Outcome a, @ForAll Outcome b, @ForAll Outcome c) {
        assertEquals(a.or(b).or(c), a.or(b.or(c)));
    }

    @Property
    void bothAreIdempotent(@ForAll Outcome a) {
        assertEquals(a, a.and(a));
        assertEquals(a, a.or(a));
    }

    @Property
    void notApplicableIsTheIdentityOfBoth(@ForAll Outcome a) {
        assertEquals(a, a.and(Outcome.NOT_APPLICABLE));
        assertEquals(a, Outcome.NOT_APPLICABLE.and(a));
        assertEquals(a, a.or(Outcome.NOT_APPLICABLE));
        assertEquals(a, Outcome.NOT_APPLICABLE.or(a));
    }

    @Property
    void deMorganForAnd(@ForAll Outcome a, @ForAll Outcome b) {
        assertEquals(a.and(b).not(), a.not().or(b.not()));
    }

    @Property
    void deMorganForOr(@ForAll Outcome a, @ForAll Outcome b) {
        assertEquals(a.or(b).not(), a.not().and(b.not()));
    }

    @Property
    void doubleNegation(@ForAll Outcome a) {
        assertEquals(a, a.not().not());
    }

    @Property
    void notMetAbsorbsAndMetAbsorbsOr(@ForAll Outcome a) {
        assertEquals(Outcome.NOT_MET, a.and(Outcome.NOT_MET));
        assertEquals(Outcome.MET, a.or(Outcome.MET));
    }

    @Property
    void andAndOrAreMonotone(@ForAll Outcome low, @ForAll Outcome high, @ForAll Outcome other) {
        Assume.that(low != Outcome.NOT_APPLICABLE && high != Outcome.NOT_APPLICABLE && rank(low) <= rank(high));
        assertTrue(rank(low.and(other)) <= rank(high.and(other)), "and");
        assertTrue(rank(low.or(other)) <= rank(high.or(other)), "or");
    }

    @Property
    void notIsAntitone(@ForAll Outcome low, @ForAll Outcome high) {
        Assume.that(low != Outcome.NOT_APPLICABLE && high != Outcome.NOT_APPLICABLE && rank(low) <= rank(high));
        assertTrue(rank(low.not()) >= rank(high.not()));
    }

    @Property
    void andIsTheMinimumAndOrTheMaximumOfApplicableOutcomes(@ForAll Outcome a, @ForAll Outcome b) {
        Assume.that(a != Outcome.NOT_APPLICABLE && b != Outcome.NOT_APPLICABLE);
        assertEquals(Math.min(rank(a), rank(b)), rank(a.and(b)));
        assertEquals(Math.max(rank(a), rank(b)), rank(a.or(b)));
    }
}
