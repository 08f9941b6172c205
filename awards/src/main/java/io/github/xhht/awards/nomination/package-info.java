/**
 * Nomination checks ("đề nghị khen thưởng"): a single nomination against a plan
 * ({@link io.github.xhht.awards.nomination.NominationChecks}), a slate with its cross-checks PR-1, PR-3 (through
 * the nominated subjects and the slate's {@link io.github.xhht.awards.nomination.UnitLink}s) and quotas
 * ({@link io.github.xhht.awards.nomination.SlateChecks}), and the strict slate JSON
 * ({@link io.github.xhht.awards.nomination.SlateJson}). Every result is immutable and cites its rule.
 */
package io.github.xhht.awards.nomination;
