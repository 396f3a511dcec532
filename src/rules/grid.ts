import { ruleData } from './rule-data.ts';
import { addDays, lastDayOfYears } from './dates.ts';
import { resolveQuery } from './evaluate.ts';
import type { ResolvedQuery } from './decision-table.ts';
import type { DecisionData as RuleData } from './data.ts';
import { BILLING_CYCLES, PLAN_IDS } from './vocabulary.ts';

/** Every signup day at a window boundary ± 1 (`from - 1`, `from`, `to`, `to + 1`), sorted, `YYYY-MM-DD`. */
export function boundaryDays(data: RuleData = ruleData): string[] {
	const days = new Set<string>();
	const edge = (from?: string, to?: string) => {
		if (from) [addDays(from, -1), from].forEach((d) => days.add(d));
		if (to) [to, addDays(to, 1)].forEach((d) => days.add(d));
	};
	for (const rule of data.rules) edge(rule.joined?.from, rule.joined?.to);
	for (const plan of data.plans) for (const from of Object.values(plan.benefitsFrom ?? {})) edge(from);
	return [...days].sort();
}

/** Years a benefit can last, from the data (for the as-of boundaries). */
const durations = (data: RuleData) => [...new Set(data.rules.flatMap((r) => (r.lasts ? [r.lasts.years] : [])))];

/**
 * The whole input grid: every plan x billing x model x resolution x method x boundary signup day, each asked on
 * the signup day and on both sides of every benefit end (last day, day after). Agents only add notes, so they are
 * left out. Returns resolved queries.
 */
export function inputGrid(data: RuleData = ruleData): ResolvedQuery[] {
	const out: ResolvedQuery[] = [];
	for (const model of data.models)
		for (const resolution of model.resolutions ?? [undefined])
			for (const method of model.methods ?? [undefined])
				for (const plan of PLAN_IDS)
					for (const billing of BILLING_CYCLES)
						for (const joined of boundaryDays(data)) {
							const asOfs = new Set([joined, ...durations(data).flatMap((y) => [lastDayOfYears(joined, y), addDays(lastDayOfYears(joined, y), 1)])]);
							for (const asOf of asOfs)
								out.push(resolveQuery({ plan, billing, joined, model: model.id, asOf, ...(resolution && { resolution }), ...(method && { method }) }, data));
						}
	return out;
}
