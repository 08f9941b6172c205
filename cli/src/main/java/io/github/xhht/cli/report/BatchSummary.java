package io.github.xhht.cli.report;

import io.github.xhht.core.i18n.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of a batch run, an immutable snapshot: counts in and out, dossiers by highest level,
 * and the indicators most often not met. Always {@code read == evaluated + errors}.
 *
 * @param asOf        the as-of date used
 * @param asOfIsToday whether it defaulted to the day of the run
 * @param read        records read (non-blank lines, or CSV rows)
 * @param evaluated   records that gave a result line
 * @param errors      records reported as errors and skipped
 * @param byOutcome   dossiers by highest level: "2", "1", "none", "notInForce"
 * @param failing     per indicator, how many dossiers did not meet it or lacked its value; most frequent first
 * @param firstErrors the first error messages, with their line numbers, for the report
 */
public record BatchSummary(LocalDate asOf, boolean asOfIsToday, long read, long evaluated, long errors,
                           Map<String, Long> byOutcome, List<IndicatorCount> failing, List<String> firstErrors) {

    /** Keys of {@link #byOutcome}, in display order. */
    public static final List<String> OUTCOMES = List.of("2", "1", "none", "notInForce");

    public BatchSummary {
        Objects.requireNonNull(asOf, "asOf");
        byOutcome = Map.copyOf(byOutcome);
        failing = List.copyOf(failing);
        firstErrors = List.copyOf(firstErrors);
        if (read != evaluated + errors) {
            throw new IllegalStateException("batch lost records: read " + read + " != " + evaluated + " + " + errors);
        }
    }

    /**
     * One indicator's count.
     *
     * @param id      the indicator id
     * @param label   its label
     * @param notMet  dossiers where it was not met
     * @param unknown dossiers where its value was absent
     */
    public record IndicatorCount(String id, Text label, long notMet, long unknown) {
    }

    /** How many decisions had this outcome. */
    public long count(String outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }
}
