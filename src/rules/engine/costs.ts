import type { RuleIndex } from './rule-index.ts';
import { publishedCost, type PublishedCost } from './decide.ts';

export { publishedCost, type PublishedCost };
import type { ModelId, PlanId } from '../schema/ids.ts';

/** A plan's monthly credits and what they are derived from: `generations` of `model` a month at `each` credits. */
export interface MonthlyCredits {
	/** Credits a month: `generations` x `each.credits`. */
	credits: number;
	approximate: boolean;
	/** How the help center's figures give it, in English (credits.json `reasoning`). */
	reasoning: string;
	model: ModelId;
	/** The published "about N generations" a month. */
	generations: number;
	/** The published cost of one of those generations. */
	each: PublishedCost;
}

/**
 * A plan's monthly credits, derived from its published "about N generations" figure (Plus: 303 x 33 credits).
 * Returns `undefined` when the help center publishes nothing for the plan.
 */
export function monthlyCredits(rules: RuleIndex, plan: PlanId): MonthlyCredits | undefined {
	const row = rules.data.credits.monthlyCredits.find((m) => m.plan === plan);
	const each = row && publishedCost(rules, row.derived.model, plan);
	if (!row || !each) return undefined;
	const { model, generations } = row.derived;
	return {
		credits: generations * each.credits,
		approximate: row.approximate || each.approximate,
		reasoning: row.reasoning,
		model,
		generations,
		each,
	};
}
