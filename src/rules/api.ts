import { resolveQuery, type ValidQuery } from './decide.ts';
import { evaluate, type Verdict } from './verdict.ts';
import { unlockOptionsFor, type UnlockOption } from './unlock.ts';
import { estimateFor, type Estimate, type ValidEstimateInput } from './estimate.ts';
import { benefitsFor, type Benefits, type Customer } from './benefits.ts';
import { CustomerQuery, EligibilityQuery, type CustomerQueryInput, type EligibilityQueryInput } from './schemas/query.ts';
import { EstimateInput } from './schemas/estimate.ts';

// The validated entry points: each parses its input with the zod schema, then calls the zod-free core. Parsing
// checks every id against the rule data, which is what the branded id types of the core promise.

/**
 * Is this model unlimited for this customer? Validates `query` with the `EligibilityQuery` zod schema, fills in
 * defaults (options: the model's first; `asOf`: today on the local calendar), and applies the grants of
 * content/rules/grants.json over each model's default (the unlimited-benefit-scope and promotion-overview articles).
 *
 * @param query `{ plan, billing, joined: 'YYYY-MM-DD', model, resolution?, method?, agent?, asOf?: 'YYYY-MM-DD' }`
 * @returns the `Verdict`: status, `unlimitedUntil`, reasons with links, notes, published credits per generation.
 * @throws `$ZodError` (zod's ZodError) whose message names the field, for an unknown plan, billing or model, an
 *   impossible date such as 2026-02-30, a date outside 2020-01-01 … 2099-12-31, or a signup date after `asOf`.
 */
export function checkEligibility(query: EligibilityQueryInput): Verdict {
	return evaluate(resolveQuery(EligibilityQuery.parse(query) as ValidQuery));
}

/**
 * "What is unlimited for me?": every model decided for this customer (each option value of each model), grouped
 * Unlimited, Check My Credits, Uses credits, Not available yet, as the checker's "My benefits" view shows it.
 *
 * @param customer `{ plan, billing, joined: 'YYYY-MM-DD', asOf?: 'YYYY-MM-DD' }`
 * @returns `Benefits`: the customer with `asOf` filled in, and rows per status (model, option values, decision).
 * @throws `$ZodError` naming the field, as `checkEligibility`.
 */
export function listBenefits(customer: CustomerQueryInput): Benefits {
	return benefitsFor(CustomerQuery.parse(customer) as Customer);
}

/**
 * "What would make it unlimited?": every plan x billing cycle for which the same rules give `unlimited` for this
 * model, signup date, options and as-of date (the query's own plan and billing are ignored). Empty when no plan does.
 *
 * @throws `$ZodError` naming the field, as `checkEligibility`.
 */
export function unlockingOptions(query: EligibilityQueryInput): UnlockOption[] {
	return unlockOptionsFor(EligibilityQuery.parse(query) as ValidQuery);
}

/**
 * Prices generations for a customer with the same rules as `checkEligibility`: unlimited lines cost 0 credits,
 * published costs are used as they are, and unpublished costs stay `'unknown'` (or the reader's `cost`).
 * Example: Plus, monthly, Carat Video x 1 -> 33 credits each; the Plus balance (about 303 x 33) buys 303.
 *
 * @param input `{ plan, billing, joined, asOf?, balance?: credits, lines: [{ model, count, options?, cost? }] }`
 * @throws `$ZodError` naming the field (e.g. `count` of `lines[0]`), for invalid input.
 */
export function estimate(input: EstimateInput): Estimate {
	return estimateFor(EstimateInput.parse(input) as ValidEstimateInput);
}
