import type { RuleIndex } from './rule-index.ts';
import { publishedCost, type PublishedCost } from './decide.ts';

export { publishedCost, type PublishedCost };
import type { ModelId, PlanId } from '../schema/ids.ts';
import type { Reading } from '../schema/common.ts';

/**
 * A plan's monthly credits as the help center's figures give them: a reading, never a published figure
 * (`generations` of `model` a month at `each` credits).
 */
export interface MonthlyCredits {
	/**
	 * Credits a month: `generations` x `each.credits`, rounded to the significant figures of the rounder of the two when
	 * either is approximate (about 303 x about 33 = 9,999 -> about 10,000).
	 */
	credits: number;
	approximate: boolean;
	/** How the help center reads its figures, in English and Korean (credits.json `basis.reading`). */
	reading: Reading;
	model: ModelId;
	/** The published "about N generations" a month. */
	generations: number;
	/** The published cost of one of those generations. */
	each: PublishedCost;
}

/** Significant figures of a published whole number: 303 -> 3, 33 -> 2, 1000 -> 1. */
function figures(n: number): number {
	return String(Math.round(n)).replace(/0+$/, '').length || 1;
}

/** `n` rounded to `count` significant figures: (9999, 2) -> 10000. */
export function roundToFigures(n: number, count: number): number {
	const step = 10 ** (Math.floor(Math.log10(Math.abs(n))) + 1 - count);
	return n === 0 ? 0 : Math.round(n / step) * step;
}

/**
 * A plan's monthly credits, read from its published "about N generations" figure and their published cost (Plus:
 * about 303 x about 33 credits, read as about 10,000; plus-plan-faq article, "How many videos a month"). Returns
 * `undefined` when the help center publishes nothing for the plan.
 */
export function monthlyCredits(rules: RuleIndex, plan: PlanId): MonthlyCredits | undefined {
	const row = rules.data.credits.monthlyCredits.find((m) => m.plan === plan);
	const each = row && publishedCost(rules, row.derived.model, plan);
	if (!row || !each) return undefined;
	const { model, generations } = row.derived;
	const approximate = row.approximate || each.approximate;
	const product = generations * each.credits;
	return {
		credits: approximate ? roundToFigures(product, Math.min(figures(generations), figures(each.credits))) : product,
		approximate,
		reading: row.basis.reading,
		model,
		generations,
		each,
	};
}
