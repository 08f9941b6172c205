/**
 * Progress of a province against the targets of Bình Dương's 2025 list and Decisions 387, 1373 and 677:
 * exact shares counted from recognitions and titles, or reported by the caller, and the gap to each target.
 *
 * <pre>{@code
 * List<Member> members = ...;   // each of the province's subjects with its History (recognitions, titles)
 * List<TargetProgress> progress = Progress.measure(Targets.BINH_DUONG_2025, members, Map.of(),
 *         LocalDate.of(2025, 12, 31), 2025, Interpretations.defaults());
 * progress.get(0).achieved();   // the exact share, e.g. 7/10
 * progress.get(0).gap();        // how many more subjects reach the target; a reported target left out is UNKNOWN
 * }</pre>
 */
package io.github.xhht.awards.progress;
