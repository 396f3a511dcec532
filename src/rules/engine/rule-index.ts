import { FIRST_DAY, LAST_DAY, addDays } from '../schema/calendar.ts';
import { defaultsOf, periodsOf, type Period } from '../schema/periods.ts';
import type { RuleData } from '../schema/rule-data.ts';
import type { Grant } from '../schema/grant.ts';
import type { Model, OptionField } from '../schema/model.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Plan } from '../schema/plan.ts';

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
 * The indexes of validated rule data that deciding a query reads (`indexRules`): the part of a `RuleIndex`
 * (compile.ts) that exists before any query is decided. Engine functions take a RuleIndex; their parameter type is
 * this, so that compile.ts can decide queries while it builds the rest.
 */
export interface RuleIndex {
	readonly data: RuleData;
	readonly models: ReadonlyMap<ModelId, Model>;
	readonly plans: ReadonlyMap<PlanId, Plan>;
	/** The grants of each model, in file order. */
	readonly grants: ReadonlyMap<ModelId, readonly Grant[]>;
	/** For each plan, the plans whose grants it receives, its own first (Max: max, premium). */
	readonly chains: ReadonlyMap<PlanId, readonly PlanId[]>;
	/**
	 * The signup days on which some verdict can change, sorted, from 2020-01-01: the first day of each grant's window,
	 * the day after its last day, each plan's first day of benefits, and the first day and the day after the last day
	 * of each offer period (asked on the signup day, a verdict changes there too).
	 */
	readonly breaks: readonly string[];
	/**
	 * The as-of days on which a grant starts or stops holding or a default changes, sorted: each offer period's first
	 * day and the day after its last. Empty when no rule has dated offers: then only the signup day matters.
	 */
	readonly asOfBreaks: readonly string[];
	/** The accepted ids of each closed query field: plans and billing cycles, models and option values. */
	readonly vocabulary: Vocabulary;
}

const ids = (list: readonly { id: string }[]) => Object.freeze(list.map((x) => x.id));

/** The indexes of validated rule data (every id resolves), frozen. `data` is used as it is, not copied. */
export function indexRules(data: RuleData): RuleIndex {
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
	const asOfBreaks = new Set<string>();
	const periods: Period[] = [
		...data.grants.flatMap((g) => periodsOf(g.offered)),
		...data.models.flatMap((m) => defaultsOf(m).flatMap((d) => periodsOf(d.offered))),
	];
	for (const p of periods) {
		if (p.from && p.from > FIRST_DAY) asOfBreaks.add(p.from);
		if (p.until && p.until < LAST_DAY) asOfBreaks.add(addDays(p.until, 1));
	}
	for (const day of asOfBreaks) breaks.add(day);
	return Object.freeze({
		data,
		models: new Map(data.models.map((m) => [m.id, m])),
		plans,
		grants,
		chains: new Map(data.plans.map((p) => [p.id, chain(p.id)])),
		breaks: Object.freeze([...breaks].sort()),
		asOfBreaks: Object.freeze([...asOfBreaks].sort()),
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

/** A condition of a grant, by the query field it reads (`offered`: the as-of day, against the grant's offer). */
export type GrantField = 'plan' | 'billing' | 'joined' | 'offered' | OptionField;

/**
 * Every combination of one value of each option field in `options` (`[{}]` when there are none), first values first.
 */
export function optionCombos(
	options: Partial<Record<OptionField, readonly string[]>> | undefined,
): Partial<Record<OptionField, string>>[] {
	let combos: Partial<Record<OptionField, string>>[] = [{}];
	for (const [field, ids] of Object.entries(options ?? {}) as [OptionField, string[]][])
		combos = combos.flatMap((c) => ids.map((id) => ({ ...c, [field]: id })));
	return combos;
}

/** A kind of customer and question: plan x billing cycle x model x one value of each of the model's options. */
export interface Cell {
	plan: PlanId;
	billing: BillingId;
	model: ModelId;
	/** One value per option field the model has, e.g. `{ resolution: '1K' }`. */
	options: Partial<Record<OptionField, string>>;
}

/** The query of a cell for a signup day, asked on that day, or on `asOf` (`YYYY-MM-DD`, not before `joined`). */
export function queryOf(cell: Cell, joined: string, asOf = joined): ResolvedQuery {
	return { plan: cell.plan, billing: cell.billing, model: cell.model, joined, asOf, ...cell.options };
}

/**
 * The (signup day, as-of day) pairs that decide every query of a cell whose signup day is among `joinedDays`: each
 * signup day asked on itself and on every later as-of break. Verdicts change only on these days (`breaks`,
 * `asOfBreaks`), and a region of days between them always holds its first signup day asked on the later of that day
 * and the region's first as-of day, so these pairs meet every verdict. Without dated offers: each day asked on itself.
 */
export function probeDays(c: RuleIndex, joinedDays: readonly string[]): [joined: string, asOf: string][] {
	return joinedDays.flatMap((joined) => [
		[joined, joined] as [string, string],
		...c.asOfBreaks.filter((a) => a > joined).map((a) => [joined, a] as [string, string]),
	]);
}
