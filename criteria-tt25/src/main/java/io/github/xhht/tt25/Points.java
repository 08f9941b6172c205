package io.github.xhht.tt25;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Rule;
import java.util.List;

/**
 * The points (điểm) of a clause: each article lists them in order, and the circular letters them a, b, c,
 * d, đ, e, ...; the n-th point becomes indicator {@code <criterion>.i<n>} cited as that letter of the clause.
 */
final class Points {
    private Points() {
    }

    /** The letters of points in Vietnamese legal drafting, in order. */
    static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k");

    /**
     * One point: its label as the law names it, its test, and the interpretations it relies on.
     *
     * @param label           the label
     * @param measure         the test
     * @param interpretations interpretations the point itself relies on
     */
    record Point(Text label, Measure measure, List<Interpretation> interpretations) {
        Point {
            interpretations = List.copyOf(interpretations);
        }

        Point relyingOn(Interpretation... more) {
            List<Interpretation> all = new java.util.ArrayList<>(interpretations);
            all.addAll(List.of(more));
            return new Point(label, measure, all);
        }
    }

    /** A point with any test. */
    static Point point(String vi, String en, Measure measure) {
        return new Point(Text.of(vi, en), measure, List.of());
    }

    /** A qualitative point, reported as carried out with evidence. */
    static Point flag(String vi, String en, FactKey<FactValue.Flag> key) {
        return point(vi, en, Measures.flag(key));
    }

    /**
     * The criterion of one clause.
     *
     * @param id     the criterion's id, e.g. {@code tt25.commune.l1.c1}
     * @param cite   where the level's article states the criterion (it may refer to another article's clause)
     * @param label  the criterion's name
     * @param clause the clause whose points are the indicators
     * @param points the points in the clause's order
     */
    static Criterion criterion(String id, Citation cite, Text label, Citation clause, Point... points) {
        Rule[] indicators = new Rule[points.length];
        for (int i = 0; i < points.length; i++) {
            Point p = points[i];
            Indicator indicator = Indicator.of(id + ".i" + (i + 1), clause.point(LETTERS.get(i)), p.label(), p.measure());
            indicators[i] = p.interpretations().isEmpty() ? indicator
                    : indicator.relyingOn(p.interpretations().toArray(Interpretation[]::new));
        }
        return Criterion.of(id, cite, label, indicators);
    }
}
