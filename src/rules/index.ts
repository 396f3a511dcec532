// The public API of the rule set. Pure TypeScript: no DOM, no Astro. Runs in Node, in tests and in the browser.
// Every engine function takes a RuleSet first; `checkEligibility`, `listBenefits`, `unlockingOptions` and `estimate`
// are bound here to the committed rules (`rules`, from committed.ts). Tests compile their own with `compileRules`.
import { rules } from './committed.ts';
import type { RuleSet } from './engine/compile.ts';
import { resolveQuery, type ValidQuery } from './engine/decide.ts';
import { evaluate } from './verdict.ts';
import type { Verdict } from './words/explain.ts';
import { unlockOptionsFor, type UnlockOption } from './engine/unlock.ts';
import { estimateFor, signupDependent, type Estimate, type ValidEstimateInput } from './engine/estimate.ts';
import { benefitsFor, type Benefits, type Customer } from './engine/benefits.ts';
import type { CustomerQueryInput, EligibilityQueryInput, EstimateInput } from './input/schemas.ts';
import { inputProblems, type InputProblem } from './engine/input-checks.ts';
import type { FormName } from './schema/fields.ts';
import { problemMessage } from './words/en.ts';
import { wordsFor } from './words/by-locale.ts';

export { rules };
export { compileRules, type RuleSet } from './engine/compile.ts';
export type { Vocabulary, ResolvedQuery } from './engine/rule-index.ts';
export {
	benefitsFor,
	modelsChangedBetween,
	rulesDiffer,
	BENEFIT_GROUPS,
	CHANGE_WINDOW_DAYS,
	type Benefits,
	type Benefit,
	type BenefitChange,
	type Customer,
} from './engine/benefits.ts';
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
	signupDependent,
	type Estimate,
	type EstimateLine,
	type Affordable,
	type ValidEstimateInput,
} from './engine/estimate.ts';
export {
	inputSchema,
	type EligibilityQueryInput,
	type CustomerQueryInput,
	type EstimateInput,
} from './input/schemas.ts';
export { inputProblems, type InputProblem } from './engine/input-checks.ts';
export { FIELDS, LIMITS, type FieldName, type FormName } from './schema/fields.ts';
export { FORMS } from './schema/forms.ts';
export { publishedCost, monthlyCredits, type PublishedCost } from './engine/costs.ts';
export { rangesOf } from './engine/analysis.ts';
export { grantReach, reachOf } from './engine/compile.ts';
export { sourceHref, DOCS_PATH, SITE } from './schema/links.ts';
export { FIRST_DAY, LAST_DAY, lastDayOf, type Duration } from './schema/calendar.ts';
export { today } from './schema/day.ts';
export { STATUSES, type Status } from './schema/status.ts';
export type { RuleData } from './schema/rule-data.ts';
export * from './words/en.ts';
export { englishWords, type AnswerWords } from './words/answers.ts';
export { koreanWords } from './words/answers-ko.ts';
export { wordsFor } from './words/by-locale.ts';

/** The validated entry points over one rule set (`ruleApi`). */
export interface RuleApi {
	/**
	 * Is this model unlimited for this customer? Validates `query`, fills in defaults (options: the model's first;
	 * `asOf`: today on the local calendar), and applies the grants over each model's default (the
	 * unlimited-benefit-scope and promotion-overview articles).
	 *
	 * @param query `{ plan, billing, joined: 'YYYY-MM-DD', model, resolution?, method?, agent?, asOf?: 'YYYY-MM-DD' }`
	 * @returns the `Verdict`: status, `unlimitedUntil`, reasons with links, notes, published credits per generation.
	 * @throws `InputError` whose message names the field by its label, for an unknown plan, billing or model, an
	 *   impossible date such as 2026-02-30, a date outside 2020-01-01 … 2099-12-31, or a signup date after `asOf`.
	 */
	checkEligibility(query: EligibilityQueryInput): Verdict;
	/**
	 * "What is unlimited for me?": every model decided for this customer (each option value of each model), grouped
	 * Unlimited, Check My Credits, Uses credits, Not available yet, as the checker's "My benefits" view shows it, and
	 * (`changes`) the unlimited benefits that start or ended within 90 days of the as-of day.
	 *
	 * @param customer `{ plan, billing, joined: 'YYYY-MM-DD', asOf?: 'YYYY-MM-DD' }`
	 * @throws `InputError` naming the field, as `checkEligibility`.
	 */
	listBenefits(customer: CustomerQueryInput): Benefits;
	/**
	 * "What would make it unlimited?": every plan x billing cycle for which the same rules give `unlimited` for this
	 * model, signup date, options and as-of date (the query's own plan and billing are ignored). Empty when none does.
	 *
	 * @throws `InputError` naming the field, as `checkEligibility`.
	 */
	unlockingOptions(query: EligibilityQueryInput): UnlockOption[];
	/**
	 * Prices generations with the same rules as `checkEligibility`: unlimited lines cost 0 credits, published costs
	 * are used as they are, and unpublished costs stay `'unknown'` (or the reader's `cost`).
	 *
	 * @param input `{ plan, billing, joined, asOf?, balance?: credits, lines: [{ model, count, options?, cost? }] }`
	 * @throws `InputError` naming the field (e.g. `Count, line 1: …`), for invalid input, and for a signup date left
	 *   out when a line's answer depends on it.
	 */
	estimate(input: EstimateInput): Estimate;
}

/** Input the rule set refuses: its `problems` (kind, arguments, path) and, as the message, each in English. */
export class InputError extends Error {
	readonly problems: InputProblem[];
	constructor(problems: InputProblem[]) {
		super(problems.map(problemMessage).join('\n'));
		this.name = 'InputError';
		this.problems = problems;
	}
}

/**
 * The validated entry points bound to `rules`: each checks its input with `inputProblems` (the validator the widgets
 * and the tools use), then calls the engine. Checking every id is what the engine's branded id types promise.
 */
export function ruleApi(rules: RuleSet): RuleApi {
	const valid = <T>(form: FormName, input: unknown): T => {
		const problems = inputProblems(rules, form, input);
		if (problems.length) throw new InputError(problems);
		return input as T;
	};
	return {
		checkEligibility: (query) =>
			evaluate(rules, resolveQuery(rules, valid<ValidQuery>('eligibility', query)), wordsFor(query.locale)),
		listBenefits: (customer) => benefitsFor(rules, valid<Customer>('customer', customer)),
		unlockingOptions: (query) => unlockOptionsFor(rules, valid<ValidQuery>('eligibility', query)),
		estimate: (input) => {
			const checked = valid<ValidEstimateInput>('estimate', input);
			if (checked.joined === undefined && signupDependent(rules, checked, checked.lines).length)
				throw new InputError([{ path: ['joined'], kind: 'missing', args: ['joined'] }]);
			return estimateFor(rules, checked);
		},
	};
}

/** The public API bound to the committed rules (`rules`). */
export const { checkEligibility, listBenefits, unlockingOptions, estimate } = ruleApi(rules);
