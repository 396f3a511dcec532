import * as z from 'zod/mini';
import { evaluate, resolveQuery, type Verdict } from './eligibility.ts';
import { monthlyCredits } from './costs.ts';
import { joinedNotAfterAsOf, queryFields } from './schemas/query.ts';
import type { ModelId } from './schemas/model.ts';

/** One line of an estimate: `count` generations of `model` with its options. */
export const EstimateLineInput = z.strictObject({
	/** The model. */
	model: queryFields.model,
	/** Number of generations, a whole number from 1 to 100,000. */
	count: z.int({ error: (i) => `count: ${JSON.stringify(i.input)} is not a whole number` }).check(
		z.minimum(1, { error: (i) => `count: ${JSON.stringify(i.input)} is below 1` }),
		z.maximum(100_000, { error: (i) => `count: ${JSON.stringify(i.input)} is above 100000` }),
	),
	/** Resolution, method and agent, as in an eligibility query. */
	options: z.optional(z.strictObject({ resolution: queryFields.resolution, method: queryFields.method, agent: queryFields.agent })),
	/** Credits per generation as the app shows it; used only where the help center publishes no cost. */
	cost: z.optional(z.number({ error: (i) => `cost: ${JSON.stringify(i.input)} is not a number of credits` }).check(
		z.gte(0, { error: (i) => `cost: ${JSON.stringify(i.input)} is below 0` }),
	)),
});

/** What `estimate` takes. */
export const EstimateInput = z
	.strictObject({
		/** The customer's plan. */
		plan: queryFields.plan,
		/** Billing cycle. */
		billing: queryFields.billing,
		/** Signup date, `YYYY-MM-DD`. */
		joined: queryFields.joined,
		/** Day of the estimate, `YYYY-MM-DD`; default today (UTC). */
		asOf: queryFields.asOf,
		/** Credit balance, in credits; default the plan's monthly credits where they are known. */
		balance: z.optional(z.number({ error: (i) => `balance: ${JSON.stringify(i.input)} is not a number of credits` }).check(
			z.gte(0, { error: (i) => `balance: ${JSON.stringify(i.input)} is below 0` }),
		)),
		/** The generations to price. */
		lines: z.array(EstimateLineInput),
	})
	.check(joinedNotAfterAsOf);
export type EstimateInput = z.input<typeof EstimateInput>;

/** A priced line: `count` x `creditsEach` = `subtotal` credits; `'unknown'` where no cost is published. */
export interface EstimateLine {
	model: ModelId;
	count: number;
	/** `true` when the line is unlimited for this customer (then `creditsEach` and `subtotal` are 0). */
	unlimited: boolean;
	/** Credits per generation, or `'unknown'` when the help center publishes none (never 0 by default). */
	creditsEach: number | 'unknown';
	/** Credits for the line, or `'unknown'`. */
	subtotal: number | 'unknown';
	/** `true` when the cost is an "about" figure. */
	approximate: boolean;
	/** Where `creditsEach` comes from: the benefit, the help center, the reader (`cost`), or nowhere. */
	costFrom: 'unlimited' | 'published' | 'entered' | 'unknown';
	/** The eligibility verdict the line was priced with (status, reasons, notes). */
	verdict: Verdict;
}

/** How many generations of a line's model the balance buys. */
export interface Affordable {
	model: ModelId;
	/** Whole generations, `'unlimited'`, or `'unknown'` (cost or balance not known). */
	generations: number | 'unlimited' | 'unknown';
	approximate: boolean;
}

/** The result of `estimate`. */
export interface Estimate {
	lines: EstimateLine[];
	/** Sum of the known subtotals, in credits. */
	total: number;
	/** `true` when the total includes an "about" figure. */
	approximate: boolean;
	/** Models of the lines whose cost is unknown (not in `total`). */
	unpriced: ModelId[];
	/** The balance used, in credits, and where it came from; absent when neither given nor published. */
	balance?: { credits: number; from: 'input' | 'plan'; approximate: boolean };
	/** Per line, how many generations of its model the balance buys. */
	affordable: Affordable[];
}

/**
 * Prices generations for a customer with the same rules as `checkEligibility`: unlimited lines cost 0, published
 * costs are used as they are, and unpublished costs stay `'unknown'`.
 * Example: Plus, monthly, Carat Video x 1 -> 33 credits each; the Plus balance (about 303 x 33) buys 303.
 *
 * @throws `$ZodError` naming the field (e.g. `lines[0].count`), for invalid input.
 */
export function estimate(input: EstimateInput): Estimate {
	const { lines: lineInputs, balance: given, ...customer } = EstimateInput.parse(input);
	const lines = lineInputs.map(({ model, count, options, cost: entered }): EstimateLine => {
		const verdict = evaluate(resolveQuery({ ...customer, ...options, model }));
		const unlimited = verdict.status === 'unlimited';
		const published = verdict.creditsPerGeneration;
		const costFrom = unlimited ? 'unlimited' : published ? 'published' : entered !== undefined ? 'entered' : 'unknown';
		const creditsEach = { unlimited: 0, published: published?.credits, entered, unknown: 'unknown' as const }[costFrom]!;
		return {
			model, count, unlimited, creditsEach, costFrom, verdict,
			subtotal: creditsEach === 'unknown' ? 'unknown' : creditsEach * count,
			approximate: costFrom === 'published' && !!published?.approximate,
		};
	});
	const known = lines.filter((l) => l.subtotal !== 'unknown');
	const monthly = monthlyCredits(customer.plan);
	const balance = given !== undefined
		? { credits: given, from: 'input' as const, approximate: false }
		: monthly && { credits: monthly.credits, from: 'plan' as const, approximate: monthly.approximate };
	const result: Estimate = {
		lines,
		total: known.reduce((sum, l) => sum + (l.subtotal as number), 0),
		approximate: known.some((l) => l.approximate),
		unpriced: lines.filter((l) => l.subtotal === 'unknown').map((l) => l.model),
		affordable: lines.map((l) => ({
			model: l.model,
			generations: l.unlimited ? 'unlimited' : l.creditsEach === 'unknown' || l.creditsEach === 0 || !balance ? 'unknown' : Math.floor(balance.credits / l.creditsEach),
			approximate: l.approximate || !!balance?.approximate,
		})),
	};
	if (balance) result.balance = balance;
	return result;
}
