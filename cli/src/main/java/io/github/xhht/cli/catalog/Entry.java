package io.github.xhht.cli.catalog;

import io.github.xhht.core.eval.RuleSet;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One indicator where it stands in the law: scheme, rule set, level and criterion.
 *
 * @param scheme    the scheme
 * @param ruleSet   the rule set
 * @param level     the level rule
 * @param criterion the criterion it belongs to, if any
 * @param indicator the indicator
 */
public record Entry(Scheme scheme, RuleSet ruleSet, LevelRule level, Optional<Criterion> criterion, Indicator indicator) {

    /** Every indicator of a rule set, in the order of the law. */
    public static List<Entry> of(Scheme scheme, RuleSet ruleSet) {
        List<Entry> entries = new ArrayList<>();
        for (LevelRule level : ruleSet.levels()) {
            collect(scheme, ruleSet, level, Optional.empty(), level, entries);
        }
        return entries;
    }

    private static void collect(Scheme scheme, RuleSet ruleSet, LevelRule level, Optional<Criterion> criterion, Rule rule,
                                List<Entry> into) {
        if (rule instanceof Indicator indicator) {
            into.add(new Entry(scheme, ruleSet, level, criterion, indicator));
            return;
        }
        Optional<Criterion> here = rule instanceof Criterion c && criterion.isEmpty() ? Optional.of(c) : criterion;
        for (Rule child : rule.children()) {
            collect(scheme, ruleSet, level, here, child, into);
        }
    }
}
