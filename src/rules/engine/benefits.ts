import { today } from '../schema/day.ts';
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

/** "What is unlimited for me?": every model, grouped by status in the order of `BENEFIT_GROUPS`. */
export interface Benefits {
	/** The customer with `asOf` filled in. */
	customer: Required<Customer>;
	/** Rows per status (`unlimited`, `confirm`, `credits`, `unsupported`), models in the data's order. */
	groups: Record<Status, Benefit[]>;
}

/**
 * Decides every model for a validated customer (the same `decide` as the checker, over every option value of each
 * model), and groups the answers by status; options that change a model's answer split it into rows, each with its
 * option values. Rules: the unlimited-benefit-scope and promotion-overview articles. Never throws for valid input.
 */
export function benefitsFor(rules: RuleIndex, customer: Customer): Benefits {
	const asOf = customer.asOf ?? today();
	const groups = Object.fromEntries(BENEFIT_GROUPS.map((s) => [s, [] as Benefit[]])) as Record<Status, Benefit[]>;
	for (const model of rules.data.models) {
		const combos = optionCombos(model.options);
		const rows = new Map<string, { decision: Decision; combos: Record<string, string>[] }>();
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
		}
		for (const row of rows.values()) {
			if (rows.size === 1) groups[row.decision.status].push({ model: model.id, decision: row.decision });
			else
				for (const options of rectangles(row.combos))
					groups[row.decision.status].push({ model: model.id, options, decision: row.decision });
		}
	}
	return { customer: { ...customer, asOf }, groups };
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
