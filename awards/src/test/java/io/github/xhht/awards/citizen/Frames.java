package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Text;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test frames. They are NOT the forms of Decision 324/QĐ-KHVN (not read): shapes chosen for testing, one
 * like the pilot's 4 + 4 + 2 indicators, one uneven with decimal points.
 */
final class Frames {
    private Frames() {
    }

    /** Ten indicators of 10 points: 4 self-study, 4 interactive tools, 2 social relationships. */
    static ScoringFrame tenByTen(CitizenGroup group) {
        List<ScoredIndicator> list = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            CompetencyGroup c = i <= 4 ? CompetencyGroup.SELF_STUDY : i <= 8 ? CompetencyGroup.INTERACTIVE_TOOLS
                    : CompetencyGroup.SOCIAL_RELATIONSHIPS;
            list.add(ScoredIndicator.of("i" + i, c, Text.of("Chỉ tiêu thử " + i, "Test indicator " + i), 10));
        }
        return new ScoringFrame(group, "test frame (not QĐ 324)", list);
    }

    /** Three indicators with uneven, decimal maxima adding up to 100. */
    static ScoringFrame uneven() {
        return new ScoringFrame(CitizenGroup.LEARNER, "test frame (not QĐ 324)", List.of(
                new ScoredIndicator("a", CompetencyGroup.SELF_STUDY, Text.of("A", "A"), new BigDecimal("47.5")),
                new ScoredIndicator("b", CompetencyGroup.INTERACTIVE_TOOLS, Text.of("B", "B"), new BigDecimal("40")),
                new ScoredIndicator("c", CompetencyGroup.SOCIAL_RELATIONSHIPS, Text.of("C", "C"), new BigDecimal("12.5"))));
    }

    /** Scores i1..i10 from the given values. */
    static Map<String, BigDecimal> scores(String... values) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put("i" + (i + 1), new BigDecimal(values[i]));
        }
        return map;
    }
}
