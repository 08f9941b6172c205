/**
 * Recognition over time, shared by TT 24 and TT 25: which procedure ({@link io.github.xhht.core.lifecycle.Track}),
 * whether an application may go ahead ({@link io.github.xhht.core.lifecycle.Applications}), how long a
 * recognition lasts and where a subject stands on a date ({@link io.github.xhht.core.lifecycle.Validity}),
 * the time limits ({@link io.github.xhht.core.lifecycle.Deadlines}) and working days
 * ({@link io.github.xhht.core.lifecycle.HolidayCalendar}, official days off as sourced data), the documents
 * and the evaluation council ({@link io.github.xhht.core.lifecycle.Completeness},
 * {@link io.github.xhht.core.lifecycle.EvaluationCouncil}), who decides
 * ({@link io.github.xhht.core.lifecycle.Authorities}, I-5 from 1 July 2025) and the written reasons of a
 * refusal ({@link io.github.xhht.core.lifecycle.Rejection}).
 *
 * <p>Everything is a pure function of its inputs and explicit dates; every answer carries
 * {@link io.github.xhht.core.lifecycle.CitedReason}s with the article and the interpretations relied on,
 * rendered in Vietnamese and English.
 */
package io.github.xhht.core.lifecycle;
