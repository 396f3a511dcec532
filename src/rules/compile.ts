import { FIRST_DAY, LAST_DAY, addDays } from './calendar.ts';
import type { RuleData } from './schemas/rule-data.ts';
import type { Grant } from './schemas/grant.ts';
import type { Model, OptionField } from './schemas/model.ts';
import type { BillingId, ModelId, PlanId } from './schemas/ids.ts';
import type { Plan } from './schemas/plan.ts';

/** The ids each closed query field accepts, read from the rule data (never written in TypeScript). */
export interface Vocabulary {
	plan: readonly string[];
	billing: readonly string[];
	model: readonly string[];
	resolution: readonly string[];
	method: readonly string[];
	agent: readonly string[];
}

/**
 * The rule data compiled for evaluation: the validated data (`data`, as `/docs/rules.json` publishes it) and the
 * indexes every engine function reads, built once by `compileRules` and frozen. Every function that needs the rules
 * takes a `RuleSet` as its first argument; `committed.ts` binds the one compiled from `content/rules/`.
 */
export interface RuleSet {
	readonly data: RuleData;
	readonly models: ReadonlyMap<ModelId, Model>;
	readonly plans: ReadonlyMap<PlanId, Plan>;
	/** The grants of each model, in file order. */
	readonly grants: ReadonlyMap<ModelId, readonly Grant[]>;
	/** For each plan, the plans whose grants it receives, its own first (Max: max, premium). */
	readonly chains: ReadonlyMap<PlanId, readonly PlanId[]>;
	/**
	 * The signup days on which some verdict can change, sorted, from 2020-01-01: the first day of each grant's window,
	 * the day after its last day, and each plan's first day of benefits.
	 */
	readonly breaks: readonly string[];
	/** The accepted ids of each closed query field: plans and billing cycles, models and option values. */
	readonly vocabulary: Vocabulary;
}

const ids = (list: readonly { id: string }[]) => Object.freeze(list.map((x) => x.id));

/**
 * Compiles validated rule data (`validateRuleData` has checked it: every id resolves) into a frozen `RuleSet`. The
 * data is used as it is, not copied: it must not be changed afterwards.
 */
export function compileRules(data: RuleData): RuleSet {
	const plans = new Map(data.plans.map((p) => [p.id, p]));
	const grants = new Map<ModelId, Grant[]>(data.models.map((m) => [m.id, []]));
	for (const g of data.grants) grants.get(g.model)?.push(g);
	const chain = (id: PlanId): PlanId[] => {
		const out: PlanId[] = [];
		for (let p: PlanId | undefined = id; p && !out.includes(p); p = plans.get(p)?.sameBenefitsAs) out.push(p);
		return out;
	};
	const breaks = new Set([FIRST_DAY]);
	for (const g of data.grants) {
		if (g.joined?.from) breaks.add(g.joined.from);
		if (g.joined?.through && g.joined.through < LAST_DAY) breaks.add(addDays(g.joined.through, 1));
	}
	for (const p of data.plans) for (const from of Object.values(p.benefitsFrom ?? {})) breaks.add(from);
	return Object.freeze({
		data,
		models: new Map(data.models.map((m) => [m.id, m])),
		plans,
		grants,
		chains: new Map(data.plans.map((p) => [p.id, chain(p.id)])),
		breaks: Object.freeze([...breaks].sort()),
		vocabulary: Object.freeze({
			plan: ids(data.plans),
			billing: ids(data.billing),
			model: ids(data.models),
			resolution: ids(data.options.resolution),
			method: ids(data.options.method),
			agent: ids(data.options.agent),
		}),
	});
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
export function failedConditions(c: RuleSet, grant: Grant, q: ResolvedQuery): GrantField[] {
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
export function grantsAt(c: RuleSet, q: ResolvedQuery, level: PlanId): Grant[] {
	return c.grants.get(q.model)!.filter((g) => g.plans.includes(level) && failedBesidesPlan(g, q).length === 0);
}

/** The signup day from which the query's plan has benefits on its billing cycle, when the query is before it. */
export function planStartAfter(c: RuleSet, q: ResolvedQuery): string | undefined {
	const from = c.plans.get(q.plan)!.benefitsFrom?.[q.billing];
	return from && q.joined < from ? from : undefined;
}
