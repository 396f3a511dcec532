import { today } from '../schema/day.ts';
import { addDays, lastDayOf } from '../schema/calendar.ts';
import { periodsOf } from '../schema/periods.ts';
import { optionCombos, type ResolvedQuery, type RuleIndex } from './rule-index.ts';
import { decide, type Decision } from './decide.ts';
import type { ModelOptions } from '../schema/model.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';

/** The groups of "My benefits", in the order they are shown. */
export const BENEFIT_GROUPS = ['unlimited', 'confirm', 'credits', 'unsupported'] as const satisfies readonly Status[];

/**
 * A customer, without a model: what "My benefits" asks for. Dates `YYYY-MM-DD`; `asOf` defaults to today on the local
 * calendar.
 */
export interface Customer {
	plan: PlanId;
	billing: BillingId;
	joined: string;
	asOf?: string | undefined;
}

/** One row of "My benefits": a model, or the option values of a model that share an answer. */
export interface Benefit {
	model: ModelId;
	/**
	 * The option values this row covers, when the model's options split its answer (`{ resolution: ['1K'] }`); absent
	 * when every option gets the same answer.
	 */
	options?: ModelOptions;
	/** The decision for the row's first option values: status, `unlimitedUntil` (`YYYY-MM-DD`), published cost, trace. */
	decision: Decision;
}

/** How far after and before the as-of day "My benefits" looks for a benefit that starts or ended, in calendar days. */
export const CHANGE_WINDOW_DAYS = 90;

/**
 * An unlimited benefit that starts within `CHANGE_WINDOW_DAYS` after the as-of day (`starts`: `on` is its first day)
 * or ended within `CHANGE_WINDOW_DAYS` before it (`ended`: `on` is its last day), for a model or some of its option
 * values: an offer that starts or ends, or a benefit whose `lasts` ran out.
 */
export interface BenefitChange {
	model: ModelId;
	/** The option values it is about, when not every value of the model's options. */
	options?: ModelOptions;
	kind: 'starts' | 'ended';
	/** `YYYY-MM-DD`: the first unlimited day (`starts`) or the last one (`ended`). */
	on: string;
	/** The decision on `on`, an unlimited one (its grant in `trace`). */
	decision: Decision;
}

/** "What is unlimited for me?": every model, grouped by status in the order of `BENEFIT_GROUPS`. */
export interface Benefits {
	/** The customer with `asOf` filled in. */
	customer: Required<Customer>;
	/** Rows per status (`unlimited`, `confirm`, `credits`, `unsupported`), models in the data's order. */
	groups: Record<Status, Benefit[]>;
	/** Benefits that start or ended within 90 days of the as-of day, in the data's model order, then by day. */
	changes: BenefitChange[];
}

/**
 * Decides every model for a validated customer (the same `decide` as the checker, over every option value of each
 * model), and groups the answers by status; options that change a model's answer split it into rows, each with its
 * option values. Rules: the unlimited-benefit-scope and promotion-overview articles. Never throws for valid input.
 */
export function benefitsFor(rules: RuleIndex, customer: Customer): Benefits {
	const asOf = customer.asOf ?? today();
	const groups = Object.fromEntries(BENEFIT_GROUPS.map((s) => [s, [] as Benefit[]])) as Record<Status, Benefit[]>;
	const changes: BenefitChange[] = [];
	for (const model of rules.data.models) {
		const combos = optionCombos(model.options);
		const rows = new Map<string, { decision: Decision; combos: Record<string, string>[] }>();
		const moves = new Map<string, { change: Omit<BenefitChange, 'model'>; combos: Record<string, string>[] }>();
		for (const combo of combos) {
			const q: ResolvedQuery = {
				plan: customer.plan,
				billing: customer.billing,
				joined: customer.joined,
				model: model.id,
				asOf,
				...combo,
			};
			const decision = decide(rules, q);
			const key = `${decision.status} ${decision.unlimitedUntil ?? ''}`;
			const row = rows.get(key);
			if (row) row.combos.push(combo);
			else rows.set(key, { decision, combos: [combo] });
			for (const change of changesNear(rules, q)) {
				const key = `${change.kind} ${change.on}`;
				const move = moves.get(key);
				if (move) move.combos.push(combo);
				else moves.set(key, { change, combos: [combo] });
			}
		}
		for (const row of rows.values()) {
			if (rows.size === 1) groups[row.decision.status].push({ model: model.id, decision: row.decision });
			else
				for (const options of rectangles(row.combos))
					groups[row.decision.status].push({ model: model.id, options, decision: row.decision });
		}
		for (const { change, combos: some } of [...moves.values()].sort((a, b) => (a.change.on < b.change.on ? -1 : 1))) {
			if (some.length === combos.length) changes.push({ model: model.id, ...change });
			else for (const options of rectangles(some)) changes.push({ model: model.id, options, ...change });
		}
	}
	return { customer: { ...customer, asOf }, groups, changes };
}

/**
 * The unlimited benefits of a query's model that start within `CHANGE_WINDOW_DAYS` after its as-of day or ended
 * within `CHANGE_WINDOW_DAYS` before it (never before the signup day): the days an offer of one of the model's grants
 * starts or ends, and the end of a grant's `lasts`, where the verdict turns unlimited or stops being unlimited.
 */
function changesNear(rules: RuleIndex, q: ResolvedQuery): Omit<BenefitChange, 'model'>[] {
	const after = addDays(q.asOf, CHANGE_WINDOW_DAYS);
	const before = addDays(q.asOf, -CHANGE_WINDOW_DAYS);
	const starts = new Set<string>();
	const ends = new Set<string>();
	for (const grant of rules.grants.get(q.model)!) {
		if (grant.result !== 'unlimited') continue;
		for (const p of periodsOf(grant.offered)) {
			if (p.from && p.from > q.asOf && p.from <= after) starts.add(p.from);
			if (p.until && p.until < q.asOf && p.until >= before && p.until >= q.joined) ends.add(p.until);
		}
		const last = grant.lasts && lastDayOf(q.joined, grant.lasts);
		if (last && last < q.asOf && last >= before) ends.add(last);
	}
	const at = (asOf: string) => decide(rules, { ...q, asOf });
	const out: Omit<BenefitChange, 'model'>[] = [];
	for (const on of starts) {
		const decision = at(on);
		if (decision.status === 'unlimited' && at(addDays(on, -1)).status !== 'unlimited')
			out.push({ kind: 'starts', on, decision });
	}
	for (const on of ends) {
		const decision = at(on);
		if (decision.status === 'unlimited' && at(addDays(on, 1)).status !== 'unlimited')
			out.push({ kind: 'ended', on, decision });
	}
	return out;
}

/**
 * The combinations as option values per field: one entry when they are every pairing of their values (always, for a
 * model with one option field), else one entry per combination.
 */
function rectangles(combos: Record<string, string>[]): ModelOptions[] {
	const options: Record<string, string[]> = {};
	for (const combo of combos)
		for (const [field, id] of Object.entries(combo))
			if (!(options[field] ??= []).includes(id)) options[field]!.push(id);
	const size = Object.values(options).reduce((n, ids) => n * ids.length, 1);
	const asOptions = (o: Record<string, string[]>) => o as ModelOptions;
	return size === combos.length
		? [asOptions(options)]
		: combos.map((c) => asOptions(Object.fromEntries(Object.entries(c).map(([f, id]) => [f, [id]]))));
}

/**
 * Do the rules give a different answer for query `q` on its as-of day and on `day` (`YYYY-MM-DD`, not before the
 * signup day)? Only a change of rule counts (an offer that starts or ends, a dated default): a benefit whose `lasts`
 * ran out keeps its grant, and is no change of the rules.
 */
export function rulesDiffer(rules: RuleIndex, q: ResolvedQuery, day: string): boolean {
	const a = decide(rules, q);
	const b = decide(rules, { ...q, asOf: day });
	const ruleOf = (d: Decision) => (d.trace.kind === 'default' ? `${d.rule} ${d.trace.default.result}` : d.rule);
	return a.status !== b.status && ruleOf(a) !== ruleOf(b);
}

/**
 * The models whose answer for `customer` on its as-of day differs from the answer on `day` because the rules differ
 * (`rulesDiffer`, over every option value), in the data's order; empty when `day` is before the signup day.
 */
export function modelsChangedBetween(rules: RuleIndex, customer: Customer, day: string): ModelId[] {
	const asOf = customer.asOf ?? today();
	if (day < customer.joined || day === asOf) return [];
	return rules.data.models
		.filter((model) =>
			optionCombos(model.options).some((combo) =>
				rulesDiffer(
					rules,
					{ plan: customer.plan, billing: customer.billing, joined: customer.joined, model: model.id, asOf, ...combo },
					day,
				),
			),
		)
		.map((m) => m.id);
}
