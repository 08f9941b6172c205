package io.github.xhht.core.testing;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Rule;
import java.util.Locale;
import java.util.Optional;

/**
 * Test-only rules: indicators whose outcome is fixed, to check combinators and rule sets without
 * building facts. Public so the criteria modules' tests can use it through the core test-jar.
 */
public final class TestRules {
    /** A document that exists only in tests. */
    public static final LegalDocument DOCUMENT =
            LegalDocument.circular("99/2099/TT-TEST", Text.of("Văn bản dùng để kiểm thử", "Document used in tests"));

    /** The citation every constant leaf carries. */
    public static final Citation CITATION = DOCUMENT.article(1).clause(1).point("a");

    /** Applies to no subject: an indicator with it is NOT_APPLICABLE (I-6). */
    public static final Applicability NEVER = Applicability.when(Text.of("không đối tượng nào", "no subject"), s -> false);

    private TestRules() {
    }

    /** An indicator with a fixed outcome; NOT_APPLICABLE is made the way the law makes it, by applicability. */
    public static Indicator leaf(String id, Outcome outcome) {
        Text label = Text.of("lá " + id, "leaf " + id);
        if (outcome == Outcome.NOT_APPLICABLE) {
            return Indicator.of(id, CITATION, label, new ConstantMeasure(Outcome.MET)).applicableWhen(NEVER);
        }
        return Indicator.of(id, CITATION, label, new ConstantMeasure(outcome));
    }

    /** An indicator with a fixed outcome and an id naming it, e.g. {@code leaf.not_met}. */
    public static Indicator leaf(Outcome outcome) {
        return leaf("leaf." + outcome.name().toLowerCase(Locale.ROOT), outcome);
    }

    /** The fixed outcome of a leaf made by {@link #leaf}, empty for any other rule. */
    public static Optional<Outcome> constantOutcome(Rule rule) {
        if (rule instanceof Indicator indicator && indicator.measure() instanceof ConstantMeasure constant) {
            return Optional.of(indicator.applicability() == NEVER ? Outcome.NOT_APPLICABLE : constant.outcome());
        }
        return Optional.empty();
    }
}
