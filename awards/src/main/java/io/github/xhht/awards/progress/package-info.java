/**
 * Progress of a province against the targets of Bình Dương's 2025 list and Decisions 387, 1373 and 677:
 * exact shares counted from recognitions and titles, or reported by the caller, and the gap to each target.
 */
package io.github.xhht.awards.progress;
