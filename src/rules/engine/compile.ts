import { indexRules, optionCombos, probeDays, queryOf, type RuleIndex } from './rule-index.ts';
import { decide } from './decide.ts';
import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import type { Grant } from '../schema/grant.ts';
import type { RuleData } from '../schema/rule-data.ts';
import type { GrantId, PlanId } from '../schema/ids.ts';

/**
 * The rule data compiled for evaluation, once, and frozen: the validated data (`data`, as `/docs/rules.json`
 * publishes it), the indexes every engine function reads (`RuleIndex`), and what wording needs without running the
 * engine (`reach`). Every function that needs the rules takes a RuleSet as its first argument; `committed.ts` binds
 * the one compiled from `content/rules/`, and tests compile their own.
 */
export interface RuleSet extends RuleIndex {
	/** For each grant, the plans it decides at least one query for (`grantReach`): the plans a table row names. */
	readonly reach: ReadonlyMap<GrantId, readonly PlanId[]>;
}

/**
 * Compiles validated rule data (`validateRuleData` has checked it: every id resolves, no two grants overlap) into a
 * frozen `RuleSet`. The data is used as it is, not copied: it must not be changed afterwards.
 */
export function compileRules(data: RuleData): RuleSet {
	const index = indexRules(data);
	return Object.freeze({ ...index, reach: reachOf(index) });
}

/**
 * The plans a grant decides at least one query for: those it names and those inheriting them, unless the plan's
 * own grants or its start date always decide first. Exact: it decides each plan's queries on every signup break day
 * of the grant's window, asked on that day and on each later as-of break day (`probeDays`), in data order.
 * compileRules keeps them in `RuleSet.reach`.
 */
export function grantReach(c: RuleIndex, grant: Grant): PlanId[] {
	const from = grant.joined?.from ?? FIRST_DAY;
	const through = grant.joined?.through ?? LAST_DAY;
	const days = c.breaks.filter((d) => d >= from && d <= through);
	if (!days.includes(from)) days.unshift(from);
	const probes = probeDays(c, days);
	const combos = optionCombos(grant.options ?? c.models.get(grant.model)!.options);
	const plans = c.data.plans
		.filter((p) => c.chains.get(p.id)!.some((id) => grant.plans.includes(id)))
		.filter((p) =>
			(grant.billing ?? c.data.billing.map((b) => b.id)).some((billing) =>
				combos.some((options) =>
					probes.some(
						([joined, asOf]) =>
							decide(c, queryOf({ plan: p.id, billing, model: grant.model, options }, joined, asOf)).rule === grant.id,
					),
				),
			),
		)
		.map((p) => p.id);
	return plans;
}

/** For each grant, the plans it decides at least one query for (`grantReach`). */
export function reachOf(rules: RuleIndex): Map<GrantId, PlanId[]> {
	return new Map(rules.data.grants.map((g) => [g.id, grantReach(rules, g)]));
}
