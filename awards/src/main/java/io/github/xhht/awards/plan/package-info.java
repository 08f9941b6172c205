/**
 * Movement plans (kế hoạch phong trào thi đua) as immutable data: phases, occasions and forms, standards per
 * kind of subject, quotas, deadlines and dossier documents, each citing the plan's section; the five seed
 * plans as presets ({@link io.github.xhht.awards.plan.Plans}) and a builder for any other province.
 */
package io.github.xhht.awards.plan;
