package io.github.xhht.bench.baseline;

/**
 * What the engine baselines write into while their rules fire: one bit per indicator test met, and the
 * commune's one attribute the rules read. Bits 0-9 are the tests both levels share (criteria 1-3 and
 * C4.I1), 10-14 Level 1's own, 15-19 Level 2's own. Mutable, one per evaluation: that is how Drools and
 * Easy Rules hand results back.
 */
public final class Tally {
    static final int SHARED = (1 << 10) - 1;
    static final int LEVEL_1 = SHARED | 0b11111 << 10;
    static final int LEVEL_2 = SHARED | 0b11111 << 15;

    private final boolean difficultArea;
    private int met;

    public Tally(boolean difficultArea) {
        this.difficultArea = difficultArea;
    }

    public boolean isDifficultArea() {
        return difficultArea;
    }

    /** Records that the test numbered {@code bit} is met. */
    public void met(int bit) {
        met |= 1 << bit;
    }

    /** The highest level whose every test is met: 2, 1 or 0. */
    public int highestLevel() {
        if ((met & LEVEL_2) == LEVEL_2) {
            return 2;
        }
        return (met & LEVEL_1) == LEVEL_1 ? 1 : 0;
    }
}
