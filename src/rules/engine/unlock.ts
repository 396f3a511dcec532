import type { RuleIndex } from './rule-index.ts';
import { decide, resolveQuery, type ValidQuery } from './decide.ts';
import type { BillingId, PlanId } from '../schema/ids.ts';

/** A plan and billing cycle for which the model is unlimited. */
export interface UnlockOption {
	plan: PlanId;
	billing: BillingId;
	/** Last day covered (`YYYY-MM-DD`) when that benefit ends. */
	unlimitedUntil?: string;
}

/**
 * Every plan x billing cycle for which the rules give `unlimited` for this model, signup date, options and as-of
 * date (the query's own plan and billing are ignored), for an already validated query. See `unlockingOptions`.
 */
export function unlockOptionsFor(rules: RuleIndex, q: ValidQuery): UnlockOption[] {
	const options: UnlockOption[] = [];
	for (const { id: plan } of rules.data.plans)
		for (const { id: billing } of rules.data.billing) {
			const verdict = decide(rules, resolveQuery(rules, { ...q, plan, billing }));
			if (verdict.status !== 'unlimited') continue;
			options.push(
				verdict.unlimitedUntil ? { plan, billing, unlimitedUntil: verdict.unlimitedUntil } : { plan, billing },
			);
		}
	return options;
}
