package io.github.xhht.awards.citizen;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scored form of one citizen group under Decision 324/QĐ-KHVN: its indicators and their maximum points.
 * The decision's own list was not read (awards.md §4.3 [gap]), so the caller supplies it; the frame checks
 * what is known: the points add up to exactly 100 and every one of the three competency groups is scored.
 *
 * @param group      the citizen group
 * @param source     where the caller took the form from (e.g. "QĐ 324/QĐ-KHVN, Phụ lục 2"), for the record
 * @param indicators the indicators, in form order
 */
public record ScoringFrame(CitizenGroup group, String source, List<ScoredIndicator> indicators) {

    public ScoringFrame {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        indicators = List.copyOf(indicators);
        List<Problem> problems = new ArrayList<>();
        if (source.isBlank()) {
            problems.add(Problem.at("/source", ProblemCode.BLANK));
        }
        Set<String> ids = new HashSet<>();
        Set<CompetencyGroup> covered = EnumSet.noneOf(CompetencyGroup.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            ScoredIndicator indicator = indicators.get(i);
            if (!ids.add(indicator.id())) {
                problems.add(Problem.at("/indicators/" + i + "/id", ProblemCode.DUPLICATE_ID, indicator.id()));
            }
            covered.add(indicator.competency());
            sum = sum.add(indicator.maxPoints());
        }
        if (sum.compareTo(BigDecimal.valueOf(LearningCitizenCriteria.MAX_TOTAL)) != 0) {
            problems.add(Problem.at("/indicators", ProblemCode.OUT_OF_RANGE, sum, LearningCitizenCriteria.MAX_TOTAL,
                    LearningCitizenCriteria.MAX_TOTAL));
        }
        for (CompetencyGroup competency : CompetencyGroup.values()) {
            if (!covered.contains(competency)) {
                problems.add(Problem.at("/indicators", ProblemCode.JSON_MISSING_FIELD, competency.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * What every result built on this frame says about it: the indicator list and points are the caller's, from
     * the named source, because the text of Decision 324/QĐ-KHVN was not read (awards.md §4.3, a [gap]); only
     * the pass rule (≥ 80 of 100, no indicator below 5, per calendar year) is the decision's as reported.
     */
    public Text callerGiven() {
        return Text.of("Danh mục chỉ tiêu và điểm tối đa do người dùng cung cấp (nguồn: " + source
                        + "); văn bản Quyết định 324/QĐ-KHVN chưa được đọc nên thư viện không tự đặt khung điểm. "
                        + "Quy tắc đạt (tổng từ 80/100, không chỉ tiêu nào dưới 5 điểm, theo năm dương lịch) là của Quyết định.",
                "Indicator list and maximum points given by the caller (source: " + source
                        + "); the text of Decision 324/QĐ-KHVN was not read, so the library sets no scoring frame of its own. "
                        + "The pass rule (total at least 80/100, no indicator below 5, per calendar year) is the decision's.");
    }

    /** The indicator with this id. */
    public Optional<ScoredIndicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
