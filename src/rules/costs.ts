import type { RuleSet } from './compile.ts';
import { sourceHref } from './links.ts';
import type { ModelId, PlanId } from './schemas/ids.ts';

/** A published cost per generation, in credits. */
export interface PublishedCost {
	/** Credits per generation. */
	credits: number;
	/** `true` when the help center says "about". */
	approximate: boolean;
	/** What one generation is, e.g. `5-second video`. */
	per: string;
	/** `per` in other languages, e.g. `{ ko: '5초 영상' }`. */
	perNames?: { ko?: string | undefined } | undefined;
	/** Link to where the cost is published. */
	href: string;
}

/** The published credits per generation of `model` on `plan` (and `method`, when given), or `undefined` when unpublished. */
export function publishedCost(rules: RuleSet, model: ModelId, plan: PlanId, method?: string): PublishedCost | undefined {
	const cost = rules.data.credits.costs.find(
		(c) => c.model === model && c.plans.includes(plan) && (!c.methods || !method || c.methods.includes(method as never)),
	);
	return cost && { credits: cost.credits, approximate: cost.approximate, per: cost.per, ...(cost.perNames && { perNames: cost.perNames }), href: sourceHref(cost.source) };
}

/**
 * A plan's monthly credits, derived from its published "about N generations" figure (Plus: 303 x 33 credits).
 * Returns `undefined` when the help center publishes nothing for the plan.
 */
export function monthlyCredits(rules: RuleSet, plan: PlanId): { credits: number; approximate: boolean; reasoning: string } | undefined {
	const row = rules.data.credits.monthlyCredits.find((m) => m.plan === plan);
	const cost = row && publishedCost(rules, row.derived.model, plan);
	return row && cost && { credits: row.derived.generations * cost.credits, approximate: row.approximate || cost.approximate, reasoning: row.reasoning };
}
