/**
 * "Công dân học tập" under Decision 324/QĐ-KHVN: a score out of 100 over the three competency groups of
 * the citizen's group's form, met at ≥ 80 with no indicator below 5, per calendar year. The decision's
 * indicator list and points were not read, so the caller gives them as a
 * {@link io.github.xhht.awards.citizen.ScoringFrame}; nothing is assumed. Use
 * {@link io.github.xhht.awards.citizen.LearningCitizen} for a result with per-indicator scores and reasons,
 * or {@link io.github.xhht.awards.citizen.LearningCitizenScheme} (scheme {@code citizen}) to evaluate an
 * individual's dossier with the core engine (evidence judged under I-7).
 */
package io.github.xhht.awards.citizen;
