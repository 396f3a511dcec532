import type { RuleSet } from '../engine/compile.ts';
import { queryOf, rangesOf } from '../engine/analysis.ts';
import { decide } from '../engine/decide.ts';
import { decisionReading, notesFor } from '../words/explain.ts';
import type { Basis } from '../schema/common.ts';
import { defaultsOf } from '../schema/periods.ts';
import type { RuleData } from '../schema/rule-data.ts';

/** One rule of the data and what it rests on. */
export interface RuleBasis {
	/** Where the rule sits, e.g. `grants.json: grant "z-image-from-2025-12-17"`. */
	rule: string;
	/** `stated`, or the reading in English and Korean. */
	basis: Basis | undefined;
}

/**
 * Every rule of the data with its basis, in file order: the grants, the models' defaults, the plans that carry rules,
 * the notes and every figure of credits.json. A `basis` of `undefined` is a rule the build refuses.
 */
export function rulesWithBasis(data: RuleData): RuleBasis[] {
	const c = data.credits;
	return [
		...data.plans
			.filter((p) => p.sameBenefitsAs || p.benefitsFrom)
			.map((p) => ({ rule: `plans.json: plan "${p.id}"`, basis: p.basis })),
		...data.models.flatMap((m) =>
			defaultsOf(m).map((d, i, all) => ({
				rule: `models.json: model "${m.id}" default${all.length > 1 ? ` ${i + 1}` : ''}`,
				basis: d.basis,
			})),
		),
		...data.grants.map((g) => ({ rule: `grants.json: grant "${g.id}"`, basis: g.basis })),
		...data.notes.map((n) => ({ rule: `notes.json: note "${n.id}"`, basis: n.basis })),
		...c.costs.map((x) => ({ rule: `credits.json: cost "${x.id}"`, basis: x.basis })),
		...c.monthlyCredits.map((x) => ({ rule: `credits.json: monthly credits of ${x.plan}`, basis: x.basis })),
		...c.generationsPerMonth.map((x) => ({
			rule: `credits.json: generations a month of ${x.model} on ${x.plan}`,
			basis: x.basis,
		})),
		...c.prices.map((x) => ({ rule: `credits.json: price of ${x.plan} ${x.billing}`, basis: x.basis })),
		...c.conversationTiers.map((x) => ({ rule: `credits.json: conversation tier of ${x.model}`, basis: x.basis })),
		...Object.entries(c.limits).map(([key, x]) => ({ rule: `credits.json: limit ${key}`, basis: x.basis })),
	];
}

/** How many customer cases rest on one reading or silence. */
export interface InterpretationCount {
	/** `reading` (a rule's basis is a reading) or `silence` (the sources decide nothing: check My Credits). */
	kind: 'reading' | 'silence';
	/** The rule: a grant or note id, `default of <model>`, or `plan-start` (a plan whose benefits start later). */
	rule: string;
	/** Customer cases it decides (for a note: the cases whose answer carries it). */
	cases: number;
}

/**
 * What rests on interpretation: for each reading and silence, the customer cases it decides. A case is one plan,
 * billing cycle, model and option values with one run of signup dates of the same verdict (the range snapshot's
 * rows: asked on the signup day, without an agent version), and `total` counts those rows.
 */
export function interpretationCounts(rules: RuleSet): { total: number; counts: InterpretationCount[] } {
	const counts = new Map<string, InterpretationCount>();
	const add = (kind: InterpretationCount['kind'], rule: string) => {
		const entry = counts.get(rule) ?? { kind, rule, cases: 0 };
		entry.cases++;
		counts.set(rule, entry);
	};
	let total = 0;
	for (const { cell, ranges } of rangesOf(rules)) {
		for (const range of ranges) {
			total++;
			// The range's decision, asked on its first signup day as the ranges are, for its rule's basis and its notes.
			const d = decide(rules, queryOf(cell, range.from));
			if (d.rule === 'plan-start') add('silence', 'plan-start');
			else if (decisionReading(rules, d)) add('reading', d.rule === 'default' ? `default of ${cell.model}` : d.rule);
			// The notes the answer carries, as the checker finds them (a note on an agent version needs one: not counted).
			for (const note of notesFor(rules, d)) if (note.reading) add('reading', note.id);
		}
	}
	return { total, counts: [...counts.values()] };
}
