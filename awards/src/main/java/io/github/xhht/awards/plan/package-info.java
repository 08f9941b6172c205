/**
 * Movement plans (kế hoạch phong trào thi đua) as immutable data: phases, occasions and forms, standards per
 * kind of subject, quotas, deadlines and dossier documents, each citing the plan's section; the five seed
 * plans as presets ({@link io.github.xhht.awards.plan.Plans}) and a builder for any other province.
 *
 * <pre>{@code
 * MovementPlan hcmc = Plans.byId("hcmc-education", "/plan");       // or Plans.HCMC_EDUCATION
 * Optional<Quota> pm2025 = hcmc.quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT);
 * // 1-2 in 2025, citing section III.2.a of the plan; a quota the plan does not state comes back empty
 * }</pre>
 */
package io.github.xhht.awards.plan;
