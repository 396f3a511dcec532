import type { RuleSet } from './compile.ts';
import { resolveQuery, type ValidQuery } from './decide.ts';
import { evaluate, type Verdict } from './verdict.ts';
import { unlockOptionsFor, type UnlockOption } from './unlock.ts';
import { estimateFor, type Estimate, type ValidEstimateInput } from './estimate.ts';
import { benefitsFor, type Benefits, type Customer } from './benefits.ts';
import { querySchemas, type CustomerQueryInput, type EligibilityQueryInput } from './schemas/query.ts';
import { estimateSchemas, type EstimateInput } from './schemas/estimate.ts';

/** The validated entry points over one rule set (`ruleApi`). */
export interface RuleApi {
	/**
	 * Is this model unlimited for this customer? Validates `query`, fills in defaults (options: the model's first;
	 * `asOf`: today on the local calendar), and applies the grants over each model's default (the
	 * unlimited-benefit-scope and promotion-overview articles).
	 *
	 * @param query `{ plan, billing, joined: 'YYYY-MM-DD', model, resolution?, method?, agent?, asOf?: 'YYYY-MM-DD' }`
	 * @returns the `Verdict`: status, `unlimitedUntil`, reasons with links, notes, published credits per generation.
	 * @throws `$ZodError` (zod's ZodError) whose message names the field, for an unknown plan, billing or model, an
	 *   impossible date such as 2026-02-30, a date outside 2020-01-01 … 2099-12-31, or a signup date after `asOf`.
	 */
	checkEligibility(query: EligibilityQueryInput): Verdict;
	/**
	 * "What is unlimited for me?": every model decided for this customer (each option value of each model), grouped
	 * Unlimited, Check My Credits, Uses credits, Not available yet, as the checker's "My benefits" view shows it.
	 *
	 * @param customer `{ plan, billing, joined: 'YYYY-MM-DD', asOf?: 'YYYY-MM-DD' }`
	 * @throws `$ZodError` naming the field, as `checkEligibility`.
	 */
	listBenefits(customer: CustomerQueryInput): Benefits;
	/**
	 * "What would make it unlimited?": every plan x billing cycle for which the same rules give `unlimited` for this
	 * model, signup date, options and as-of date (the query's own plan and billing are ignored). Empty when none does.
	 *
	 * @throws `$ZodError` naming the field, as `checkEligibility`.
	 */
	unlockingOptions(query: EligibilityQueryInput): UnlockOption[];
	/**
	 * Prices generations with the same rules as `checkEligibility`: unlimited lines cost 0 credits, published costs
	 * are used as they are, and unpublished costs stay `'unknown'` (or the reader's `cost`).
	 *
	 * @param input `{ plan, billing, joined, asOf?, balance?: credits, lines: [{ model, count, options?, cost? }] }`
	 * @throws `$ZodError` naming the field (e.g. `count` of `lines[0]`), for invalid input.
	 */
	estimate(input: EstimateInput): Estimate;
}

/**
 * The validated entry points bound to `rules`: each parses its input with the zod schemas built from the rule set's
 * ids, then calls the zod-free engine. Parsing checks every id, which is what the engine's branded id types promise.
 */
export function ruleApi(rules: RuleSet): RuleApi {
	const { EligibilityQuery, CustomerQuery, fields } = querySchemas(rules.vocabulary);
	const { EstimateInput } = estimateSchemas(fields);
	return {
		checkEligibility: (query) => evaluate(rules, resolveQuery(rules, EligibilityQuery.parse(query) as ValidQuery)),
		listBenefits: (customer) => benefitsFor(rules, CustomerQuery.parse(customer) as Customer),
		unlockingOptions: (query) => unlockOptionsFor(rules, EligibilityQuery.parse(query) as ValidQuery),
		estimate: (input) => estimateFor(rules, EstimateInput.parse(input) as ValidEstimateInput),
	};
}
