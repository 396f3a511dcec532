import type { DecisionData } from './data.ts';
import type { Grant } from './schemas/grant.ts';
import type { Model, OptionField } from './schemas/model.ts';
import type { BillingId, ModelId, PlanId } from './schemas/ids.ts';
import type { Plan } from './schemas/plan.ts';

/** The rule data indexed for deciding queries. Built once per data set (`compiled`). */
export interface Compiled {
	data: DecisionData;
	models: Map<ModelId, Model>;
	plans: Map<PlanId, Plan>;
	/** The grants of each model, in file order. */
	grants: Map<ModelId, Grant[]>;
	/** For each plan, the plans whose grants it receives, its own first (Max: max, premium). */
	chains: Map<PlanId, PlanId[]>;
}

const cache = new WeakMap<DecisionData, Compiled>();

/** The indexed form of `data` (validated data only: ids must resolve). Cached per data object. */
export function compiled(data: DecisionData): Compiled {
	let c = cache.get(data);
	if (c) return c;
	const plans = new Map(data.plans.map((p) => [p.id, p]));
	const grants = new Map<ModelId, Grant[]>(data.models.map((m) => [m.id, []]));
	for (const g of data.grants) grants.get(g.model)?.push(g);
	const chain = (id: PlanId): PlanId[] => {
		const out: PlanId[] = [];
		for (let p: PlanId | undefined = id; p && !out.includes(p); p = plans.get(p)?.sameBenefitsAs) out.push(p);
		return out;
	};
	c = { data, models: new Map(data.models.map((m) => [m.id, m])), plans, grants, chains: new Map(data.plans.map((p) => [p.id, chain(p.id)])) };
	cache.set(data, c);
	return c;
}

/** A query after validation, with every default filled in. Dates are `YYYY-MM-DD` calendar days. */
export interface ResolvedQuery {
	plan: PlanId;
	billing: BillingId;
	/** Signup date. */
	joined: string;
	model: ModelId;
	/** Set only for models that have resolutions. */
	resolution?: string;
	/** Set only for models that have methods. */
	method?: string;
	agent?: string;
	/** The day asked. */
	asOf: string;
}

/** A condition of a grant, by the query field it reads. */
export type GrantField = 'plan' | 'billing' | 'joined' | OptionField;

/** The conditions of `grant` that `q` fails; `plan` passes when the grant names the query's plan or one it inherits from. */
export function failedConditions(c: Compiled, grant: Grant, q: ResolvedQuery): GrantField[] {
	const out: GrantField[] = [];
	if (!c.chains.get(q.plan)!.some((p) => grant.plans.includes(p))) out.push('plan');
	return failedBesidesPlan(grant, q, out);
}

function failedBesidesPlan(grant: Grant, q: ResolvedQuery, out: GrantField[] = []): GrantField[] {
	if (grant.billing && !grant.billing.includes(q.billing)) out.push('billing');
	const { from, through } = grant.joined ?? {};
	if ((from && q.joined < from) || (through && q.joined > through)) out.push('joined');
	for (const [field, ids] of Object.entries(grant.options ?? {}) as [OptionField, string[]][])
		if (!ids.includes(q[field] as string)) out.push(field);
	return out;
}

/** The grants of the query's model that name `level` (a plan of the query plan's chain) and match every other condition. */
export function grantsAt(c: Compiled, q: ResolvedQuery, level: PlanId): Grant[] {
	return c.grants.get(q.model)!.filter((g) => g.plans.includes(level) && failedBesidesPlan(g, q).length === 0);
}

/** The signup day from which the query's plan has benefits on its billing cycle, when the query is before it. */
export function planStartAfter(c: Compiled, q: ResolvedQuery): string | undefined {
	const from = c.plans.get(q.plan)!.benefitsFrom?.[q.billing];
	return from && q.joined < from ? from : undefined;
}
