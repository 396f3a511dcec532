import { FIRST_DAY, LAST_DAY, addDays } from './calendar.ts';
import { grantsAt, planStartAfter, type ResolvedQuery, type RuleSet } from './compile.ts';
import { decide } from './decide.ts';
import type { Grant } from './schemas/grant.ts';
import type { OptionField } from './schemas/model.ts';
import type { BillingId, GrantId, ModelId, PlanId } from './schemas/ids.ts';
import type { Status } from './schemas/status.ts';

// The whole input space, decided once. A verdict depends on the signup date only through the first days of
// grants' windows, the days after their last days and plans' start dates, so deciding each customer "cell" on each
// of those break days decides every signup day from 2020-01-01 to 2099-12-31. This is what proves, at build time,
// that no two grants cover the same query, that every grant decides something, and what the range snapshot and
// `npm run rules:diff` compare.

/** A kind of customer and question: plan x billing cycle x model x one value of each of the model's options. */
export interface Cell {
	plan: PlanId;
	billing: BillingId;
	model: ModelId;
	/** One value per option field the model has, e.g. `{ resolution: '1K' }`. */
	options: Partial<Record<OptionField, string>>;
}

/** Every combination of one value of each option field in `options` (`[{}]` when there are none), first values first. */
export function optionCombos(options: Partial<Record<OptionField, readonly string[]>> | undefined): Cell['options'][] {
	let combos: Cell['options'][] = [{}];
	for (const [field, ids] of Object.entries(options ?? {}) as [OptionField, string[]][]) combos = combos.flatMap((c) => ids.map((id) => ({ ...c, [field]: id })));
	return combos;
}

/** Every cell of the data, in data order. */
export function cellsOf(rules: RuleSet): Cell[] {
	const out: Cell[] = [];
	for (const model of rules.data.models) {
		const combos = optionCombos(model.options);
		for (const plan of rules.data.plans) for (const billing of rules.data.billing) for (const options of combos) out.push({ plan: plan.id, billing: billing.id, model: model.id, options });
	}
	return out;
}

/** The query of a cell for a signup day, asked on that day. */
export function queryOf(cell: Cell, joined: string): ResolvedQuery {
	return { plan: cell.plan, billing: cell.billing, model: cell.model, joined, asOf: joined, ...cell.options };
}

/** A run of signup days with one verdict: both ends included, `YYYY-MM-DD`. */
export interface Range {
	from: string;
	through: string;
	status: Status;
	/** The deciding grant id, `default` or `plan-start`. */
	rule: string;
	/** How long an unlimited verdict lasts from signup. */
	lasts?: { years: number };
}

/** A cell and its signup-date ranges, covering 2020-01-01 … 2099-12-31 without gaps. */
export interface CellRanges {
	cell: Cell;
	ranges: Range[];
}

const rangesCache = new WeakMap<RuleSet, CellRanges[]>();

/**
 * Every cell's verdict ranges (asked on the signup day, so a lasting benefit shows as `lasts`). Computed once per
 * data object: validation, the tables of every article and rules:diff all read them. Callers must not mutate them.
 */
export function rangesOf(rules: RuleSet): CellRanges[] {
	let cached = rangesCache.get(rules);
	if (!cached) rangesCache.set(rules, (cached = computeRanges(rules)));
	return cached;
}

function computeRanges(rules: RuleSet): CellRanges[] {
	const breaks = rules.breaks;
	const grants = new Map(rules.data.grants.map((g) => [g.id as string, g]));
	return cellsOf(rules).map((cell) => {
		const ranges: Range[] = [];
		breaks.forEach((day, i) => {
			const d = decide(rules, queryOf(cell, day));
			const through = i + 1 < breaks.length ? addDays(breaks[i + 1]!, -1) : LAST_DAY;
			const lasts = grants.get(d.rule)?.lasts;
			const last = ranges.at(-1);
			if (last && last.status === d.status && last.rule === d.rule) last.through = through;
			else ranges.push({ from: day, through, status: d.status, rule: d.rule, ...(lasts && d.status === 'unlimited' && { lasts }) });
		});
		return { cell, ranges };
	});
}

/** Two grants that cover the same query, with the first such query found. */
export interface Overlap {
	grants: [Grant, Grant];
	example: ResolvedQuery;
}

/** Every pair of grants that cover a same query at the same plan level (a grant naming Max beats one Max inherits). */
export function overlapsOf(c: RuleSet): Overlap[] {
	const found = new Map<string, Overlap>();
	for (const cell of cellsOf(c)) {
		if (c.models.get(cell.model)!.default.result === 'unsupported') continue;
		for (const day of c.breaks) {
			const q = queryOf(cell, day);
			if (planStartAfter(c, q)) continue;
			for (const level of c.chains.get(q.plan)!) {
				const hits = grantsAt(c, q, level);
				for (let i = 1; i < hits.length; i++) {
					const key = `${hits[0]!.id}|${hits[i]!.id}`;
					if (!found.has(key)) found.set(key, { grants: [hits[0]!, hits[i]!], example: q });
				}
				if (hits.length) break;
			}
		}
	}
	return [...found.values()];
}

const reaches = new WeakMap<Grant, PlanId[]>();
/**
 * The plans a grant decides at least one query for: those it names and those inheriting them, unless the plan's
 * own grants or its start date always decide first. Exact: it decides each plan's queries on every signup break day
 * of the grant's window, in data order. Cached per grant.
 */
export function grantReach(c: RuleSet, grant: Grant): PlanId[] {
	let plans = reaches.get(grant);
	if (plans) return plans;
	const from = grant.joined?.from ?? FIRST_DAY;
	const through = grant.joined?.through ?? LAST_DAY;
	const days = c.breaks.filter((d) => d >= from && d <= through);
	if (!days.includes(from)) days.unshift(from);
	const combos = optionCombos(grant.options ?? c.models.get(grant.model)!.options);
	plans = c.data.plans
		.filter((p) => c.chains.get(p.id)!.some((id) => grant.plans.includes(id)))
		.filter((p) => (grant.billing ?? c.data.billing.map((b) => b.id)).some((billing) =>
			combos.some((options) => days.some((joined) => decide(c, queryOf({ plan: p.id, billing, model: grant.model, options }, joined)).rule === grant.id))))
		.map((p) => p.id);
	reaches.set(grant, plans);
	return plans;
}

/** For each grant, the plans it decides at least one query for (`grantReach`). */
export function reachOf(rules: RuleSet): Map<GrantId, PlanId[]> {
	return new Map(rules.data.grants.map((g) => [g.id, grantReach(rules, g)]));
}
