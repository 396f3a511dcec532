import { evaluate, resolveQuery } from './eligibility.ts';
import { EligibilityQuery, type EligibilityQueryInput } from './schemas/query.ts';
import { BILLING_CYCLES, PLAN_IDS, type Billing, type PlanId } from './schemas/plan.ts';

/** A plan and billing cycle that would make the model unlimited. */
export interface UnlockOption {
	plan: PlanId;
	billing: Billing;
	/** Last day covered (`YYYY-MM-DD`) when that benefit ends. */
	unlimitedUntil?: string;
}

/**
 * "What would make it unlimited?": every plan x billing cycle for which the same rules give `unlimited` for this
 * model, signup date, options and as-of date (the query's own plan and billing are ignored). Empty when no plan does.
 *
 * @throws `$ZodError` naming the field, as `checkEligibility`.
 */
export function unlockingOptions(query: EligibilityQueryInput): UnlockOption[] {
	const q = EligibilityQuery.parse(query);
	const options: UnlockOption[] = [];
	for (const plan of PLAN_IDS)
		for (const billing of BILLING_CYCLES) {
			const verdict = evaluate(resolveQuery({ ...q, plan, billing }));
			if (verdict.status !== 'unlimited') continue;
			options.push(verdict.unlimitedUntil ? { plan, billing, unlimitedUntil: verdict.unlimitedUntil } : { plan, billing });
		}
	return options;
}
