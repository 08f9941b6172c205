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
 * <pre>{@code
 * // a commune recognised at Level 1 asks for the upgrade to Level 2 on 20 February 2026
 * Application upgrade = new Application(Track.TT25_COMMUNE, RecognitionKind.UPGRADE, Level.LEVEL_2, 2025,
 *         LocalDate.of(2026, 2, 20), Office.DISTRICT_EDUCATION_OFFICE);
 * Eligibility answer = Applications.check(upgrade, dossier.history().recognitions(), Interpretations.defaults());
 * answer.status();           // ALLOWED, REFUSED, or UNRESOLVED: no district office after 1 July 2025 (I-5)
 * answer.message(Lang.VI);   // every reason with its article, then whether it was filed in time
 * RecognitionStatus now = Validity.status(dossier.history().recognitions(), Track.TT25_COMMUNE,
 *         LocalDate.of(2026, 1, 1), Interpretations.defaults());   // NONE, LEVEL_1, LEVEL_2 or EXPIRED
 * }</pre>
 *
 * <p>Everything is a pure function of its inputs and explicit dates; every answer carries
 * {@link io.github.xhht.core.lifecycle.CitedReason}s with the article and the interpretations relied on,
 * rendered in Vietnamese and English.
 */
package io.github.xhht.core.lifecycle;
