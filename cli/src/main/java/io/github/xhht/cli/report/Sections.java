package io.github.xhht.cli.report;

import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A level's findings cut into one table per criterion: each top-most criterion with the indicators
 * below it, and the indicators that stand under no criterion gathered last.
 *
 * @param criterion the criterion's finding; empty for the "other indicators" section
 * @param indicators the indicator findings of the section, in order
 */
public record Sections(Optional<Finding> criterion, List<Finding> indicators) {

    public Sections {
        indicators = List.copyOf(indicators);
    }

    /** The sections of one level's finding, in the order of the law. */
    public static List<Sections> of(Finding level) {
        List<Sections> sections = new ArrayList<>();
        List<Finding> loose = new ArrayList<>();
        for (Finding child : level.children()) {
            collect(child, sections, loose);
        }
        if (!loose.isEmpty()) {
            sections.add(new Sections(Optional.empty(), loose));
        }
        return sections;
    }

    private static void collect(Finding f, List<Sections> sections, List<Finding> loose) {
        if (f.kind() == NodeKind.CRITERION) {
            sections.add(new Sections(Optional.of(f), f.indicators()));
        } else if (f.kind() == NodeKind.INDICATOR) {
            loose.add(f);
        } else {
            f.children().forEach(c -> collect(c, sections, loose));
        }
    }
}
