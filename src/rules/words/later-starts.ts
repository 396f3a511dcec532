import type { RuleSet } from '../engine/compile.ts';
import { FIRST_DAY } from '../schema/calendar.ts';
import type { Audience } from './en.ts';
import type { BillingId, PlanId } from '../schema/ids.ts';

/** A plan whose benefits start on a later signup day (`from`, `YYYY-MM-DD`) on one billing cycle. */
export interface LaterStart {
	plan: PlanId;
	billing: BillingId;
	from: string;
}

/**
 * The plans of an audience whose benefits start later than its signup window on a billing cycle it covers (Max on
 * annual billing from May 22, 2026): what earlier signups of that plan get is not stated, so a table row names them.
 */
export function laterStarts(rules: RuleSet, a: Audience): LaterStart[] {
	return a.plans.flatMap((plan) =>
		Object.entries(rules.plans.get(plan)!.benefitsFrom ?? {})
			.filter(([b, from]) => (!a.billing || a.billing.includes(b as BillingId)) && (a.joined?.from ?? FIRST_DAY) < from)
			.map(([b, from]) => ({ plan, billing: b as BillingId, from })),
	);
}
