import { decide, resolveQuery, type ValidQuery } from './evaluate.ts';
import { BILLING_CYCLES, PLAN_IDS, type Billing, type PlanId } from './vocabulary.ts';

/** A plan and billing cycle that would make the model unlimited. */
export interface UnlockOption {
	plan: PlanId;
	billing: Billing;
	/** Last day covered (`YYYY-MM-DD`) when that benefit ends. */
	unlimitedUntil?: string;
}

/**
 * Every plan x billing cycle for which the rules give `unlimited` for this model, signup date, options and as-of
 * date (the query's own plan and billing are ignored), for an already validated query. See `unlockingOptions`.
 */
export function unlockOptionsFor(q: ValidQuery): UnlockOption[] {
	const options: UnlockOption[] = [];
	for (const plan of PLAN_IDS)
		for (const billing of BILLING_CYCLES) {
			const verdict = decide(resolveQuery({ ...q, plan, billing }));
			if (verdict.status !== 'unlimited') continue;
			options.push(verdict.unlimitedUntil ? { plan, billing, unlimitedUntil: verdict.unlimitedUntil } : { plan, billing });
		}
	return options;
}
