// The public API of the rule set. Pure TypeScript: no DOM, no Astro. Runs in Node, in tests and in the browser.
// Every engine function takes a RuleSet first; `checkEligibility`, `listBenefits`, `unlockingOptions` and `estimate`
// are bound here to the committed rules (`rules`, from committed.ts). Tests compile their own with `compileRules`.
import { rules } from './committed.ts';
import type { RuleSet } from './engine/compile.ts';
import { resolveQuery, type ValidQuery } from './engine/decide.ts';
import { evaluate } from './verdict.ts';
import type { Verdict } from './words/explain.ts';
import { unlockOptionsFor, type UnlockOption } from './engine/unlock.ts';
import { estimateFor, type Estimate, type ValidEstimateInput } from './engine/estimate.ts';
import { benefitsFor, type Benefits, type Customer } from './engine/benefits.ts';
import { querySchemas, type CustomerQueryInput, type EligibilityQueryInput } from './input/query.ts';
import { estimateSchemas, type EstimateInput } from './input/estimate.ts';

export { rules };
export { compileRules, type RuleSet } from './engine/compile.ts';
export type { Vocabulary, ResolvedQuery } from './engine/rule-index.ts';
export { benefitsFor, BENEFIT_GROUPS, type Benefits, type Benefit, type Customer } from './engine/benefits.ts';
export {
	decide,
	resolveQuery,
	coveringGrant,
	type Decision,
	type Trace,
	type NotCovered,
	type ValidQuery,
} from './engine/decide.ts';
export { explain, reasonsOf, type Verdict, type Explanation, type Reason } from './words/explain.ts';
export { evaluate } from './verdict.ts';
export { notesFor, type VerdictNote } from './words/explain.ts';
export { unlockOptionsFor, type UnlockOption } from './engine/unlock.ts';
export {
	estimateFor,
	type Estimate,
	type EstimateLine,
	type Affordable,
	type ValidEstimateInput,
} from './engine/estimate.ts';
export { querySchemas, type EligibilityQueryInput, type CustomerQueryInput } from './input/query.ts';
export { estimateSchemas, type EstimateInput } from './input/estimate.ts';
export { inputProblems, type InputProblem } from './engine/input-checks.ts';
export { publishedCost, monthlyCredits, type PublishedCost } from './engine/costs.ts';
export { rangesOf } from './engine/analysis.ts';
export { grantReach, reachOf } from './engine/compile.ts';
export { sourceHref, DOCS_PATH, SITE } from './schema/links.ts';
export { FIRST_DAY, LAST_DAY } from './schema/calendar.ts';
export { today } from './schema/day.ts';
export { STATUSES, type Status } from './schema/status.ts';
export type { RuleData } from './schema/rule-data.ts';
export * from './words/en.ts';

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

/** The public API bound to the committed rules (`rules`). */
export const { checkEligibility, listBenefits, unlockingOptions, estimate } = ruleApi(rules);
