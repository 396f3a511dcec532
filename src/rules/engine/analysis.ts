import { LAST_DAY, addDays } from '../schema/calendar.ts';
import { optionCombos, probeDays, queryOf, type Cell, type ResolvedQuery, type RuleIndex } from './rule-index.ts';
import { decide, grantsAt, planStartAfter } from './decide.ts';
import type { Grant, Lasts } from '../schema/grant.ts';
import { defaultOn } from '../schema/periods.ts';

export { queryOf, type Cell };
import type { Status } from '../schema/status.ts';

// The whole input space, decided once. A verdict depends on the signup date only through the first days of
// grants' windows, the days after their last days and plans' start dates, and on the as-of day only through the first
// days of offers and the days after their last days, so deciding each customer "cell" on those break days decides
// every signup day and every as-of day from 2020-01-01 to 2099-12-31. This is what proves, at build time,
// that no two grants cover the same query, that every grant decides something, and what the range snapshot and
// `npm run rules:diff` compare.

/** Every cell of the data, in data order. */
export function cellsOf(rules: RuleIndex): Cell[] {
	const out: Cell[] = [];
	for (const model of rules.data.models) {
		const combos = optionCombos(model.options);
		for (const plan of rules.data.plans)
			for (const billing of rules.data.billing)
				for (const options of combos) out.push({ plan: plan.id, billing: billing.id, model: model.id, options });
	}
	return out;
}

/** A run of signup days with one verdict: both ends included, `YYYY-MM-DD`. */
export interface Range {
	from: string;
	through: string;
	status: Status;
	/** The deciding grant id, `default` or `plan-start`. */
	rule: string;
	/** How long an unlimited verdict lasts from signup. */
	lasts?: Lasts;
}

/** A cell and its signup-date ranges, covering 2020-01-01 … 2099-12-31 without gaps. */
export interface CellRanges {
	cell: Cell;
	ranges: Range[];
}

const rangesCache = new WeakMap<RuleIndex, CellRanges[]>();

/**
 * Every cell's verdict ranges (asked on the signup day, so a lasting benefit shows as `lasts`). Computed once per
 * data object: validation, the tables of every article and rules:diff all read them. Callers must not mutate them.
 */
export function rangesOf(rules: RuleIndex): CellRanges[] {
	let cached = rangesCache.get(rules);
	if (!cached) rangesCache.set(rules, (cached = computeRanges(rules)));
	return cached;
}

function computeRanges(rules: RuleIndex): CellRanges[] {
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
			else
				ranges.push({
					from: day,
					through,
					status: d.status,
					rule: d.rule,
					...(lasts && d.status === 'unlimited' && { lasts }),
				});
		});
		return { cell, ranges };
	});
}

/** Two grants that cover the same query, with the first such query found. */
export interface Overlap {
	grants: [Grant, Grant];
	example: ResolvedQuery;
}

/**
 * Every pair of grants that cover a same query at the same plan level (a grant naming Max beats one Max inherits), on
 * some signup day and as-of day (`probeDays`): two grants whose offers share no day never overlap.
 */
export function overlapsOf(c: RuleIndex): Overlap[] {
	const found = new Map<string, Overlap>();
	const days = probeDays(c, c.breaks);
	for (const cell of cellsOf(c)) {
		const model = c.models.get(cell.model)!;
		for (const [joined, asOf] of days) {
			if (defaultOn(model, asOf).result === 'unsupported') continue;
			const q = queryOf(cell, joined, asOf);
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

/**
 * The ids of the rules that decide at least one query, on some signup day and as-of day (`probeDays`): grant ids,
 * `default`, `plan-start`. A grant missing from it is dead on every day.
 */
export function decidingRules(c: RuleIndex): Set<string> {
	const days = probeDays(c, c.breaks);
	const out = new Set<string>();
	for (const cell of cellsOf(c))
		for (const [joined, asOf] of days) out.add(decide(c, queryOf(cell, joined, asOf)).rule);
	return out;
}
