package io.github.xhht.bench.baseline;

import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactValue;

/**
 * One reported fact as a Drools fact: a bean with getters, which is what DRL patterns match on. Made
 * from the dossier's fact on every evaluation (the mapping any Drools integration pays).
 */
public final class Item {
    private final String name;
    private final boolean flag;
    private final int level;
    private final long count;
    private final long of;
    private final boolean evidenced;

    public Item(String name, Fact fact) {
        this.name = name;
        FactValue value = fact.value();
        this.flag = value instanceof FactValue.Flag f && f.value();
        this.level = value instanceof FactValue.LevelValue l ? l.level() : -1;
        this.count = value instanceof FactValue.Share s ? s.count() : 0;
        this.of = value instanceof FactValue.Share s ? s.of() : 0;
        this.evidenced = fact.hasEvidence();
    }

    public String getName() {
        return name;
    }

    public boolean isFlag() {
        return flag;
    }

    public int getLevel() {
        return level;
    }

    public long getCount() {
        return count;
    }

    public long getOf() {
        return of;
    }

    public boolean isEvidenced() {
        return evidenced;
    }

    /** count / of ≥ percent %, exactly, on counts (I-8); an empty total never passes. */
    public boolean atLeast(int percent) {
        return of > 0 && count * 100 >= of * percent;
    }
}
