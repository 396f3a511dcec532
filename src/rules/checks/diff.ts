import { LAST_DAY, addDays } from '../schema/calendar.ts';
import { rangesOf, type Cell, type Range } from '../engine/analysis.ts';
import { verdictLabel } from '../words/en.ts';
import { CHANGE_WORDS_EN, type DiffVerdict, type RuleChange } from '../words/change-words.ts';
import type { RuleSet } from '../engine/compile.ts';
import { valueChanges } from './value-diff.ts';
import type { ModelOptions, OptionField } from '../schema/model.ts';
import type { BillingId, PlanId } from '../schema/ids.ts';

// What a change to the rule data changes for customers. Verdicts: the verdict ranges of two data sets, compared cell
// by cell, then grouped into a few lines (a query decided by another rule with the same verdict is no change for the
// customer). Then every other value a customer can see: costs per model, plan and method, limits and prices, notes,
// names, and any other field (aliases, sources…), found by comparing the data files item by item.

/** One changed run of signup days for one cell. */
interface Change {
	cell: Cell;
	from: string;
	through: string;
	before: DiffVerdict | undefined;
	after: DiffVerdict | undefined;
	/** Deciding rules before and after, over the run. */
	rules: [Set<string>, Set<string>];
}

const cellKey = (c: Cell) => `${c.plan}|${c.billing}|${c.model}|${JSON.stringify(c.options)}`;
const label = (r: DiffVerdict | undefined) => (r ? verdictLabel(r.status, r.lasts) : 'Not listed');
const verdictOf = (r: Range | undefined): DiffVerdict | undefined =>
	r && { status: r.status, ...(r.lasts && { lasts: r.lasts }) };

function changesOf(cell: Cell, before: Range[] | undefined, after: Range[] | undefined): Change[] {
	const days = [...new Set([...(before ?? []), ...(after ?? [])].map((r) => r.from))].sort();
	const find = (ranges: Range[] | undefined, day: string) => ranges?.find((r) => r.from <= day && day <= r.through);
	const out: Change[] = [];
	days.forEach((from, i) => {
		const [b, a] = [find(before, from), find(after, from)];
		if (label(b) === label(a)) return;
		const through = i + 1 < days.length ? addDays(days[i + 1]!, -1) : LAST_DAY;
		const last = out.at(-1);
		if (last && last.through === addDays(from, -1) && label(last.before) === label(b) && label(last.after) === label(a))
			last.through = through;
		else out.push({ cell, from, through, before: verdictOf(b), after: verdictOf(a), rules: [new Set(), new Set()] });
		out.at(-1)!.rules[0].add(b?.rule ?? 'none');
		out.at(-1)!.rules[1].add(a?.rule ?? 'none');
	});
	return out;
}

interface Group {
	change: Change;
	cells: { plan: PlanId; billing: BillingId }[];
	options: ModelOptions;
	rules: [Set<string>, Set<string>];
}

function groupBy<T>(items: T[], key: (t: T) => string, add: (group: T | undefined, item: T) => T): T[] {
	const groups = new Map<string, T>();
	for (const item of items) groups.set(key(item), add(groups.get(key(item)), item));
	return [...groups.values()];
}
const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);

/**
 * The verdict changes between two rule sets, one per model (and options), audience, signup range and verdict change.
 */
export function verdictChanges(before: RuleSet, after: RuleSet): RuleChange[] {
	const [b, a] = [
		new Map(rangesOf(before).map((c) => [cellKey(c.cell), c])),
		new Map(rangesOf(after).map((c) => [cellKey(c.cell), c])),
	];
	const changes = [...new Set([...b.keys(), ...a.keys()])].flatMap((key) =>
		changesOf((a.get(key) ?? b.get(key))!.cell, b.get(key)?.ranges, a.get(key)?.ranges),
	);
	const what = (ch: Change) => [ch.from, ch.through, label(ch.before), label(ch.after)].join('|');
	// Cells with the same model, options, window and change form one audience; then options with the same audience merge.
	const audiences = groupBy<Group>(
		changes.map((change) => ({
			change,
			cells: [{ plan: change.cell.plan, billing: change.cell.billing }],
			options: {},
			rules: change.rules,
		})),
		(g) => [g.change.cell.model, JSON.stringify(g.change.cell.options), what(g.change)].join('|'),
		(group, g) =>
			group
				? {
						...group,
						cells: [...group.cells, ...g.cells],
						rules: [union(group.rules[0], g.rules[0]), union(group.rules[1], g.rules[1])],
					}
				: g,
	);
	const lines = groupBy<Group>(
		audiences,
		(g) => [g.change.cell.model, g.cells.map((c) => `${c.plan}/${c.billing}`).join(','), what(g.change)].join('|'),
		(group, g) => {
			const merged = group
				? {
						...group,
						options: structuredClone(group.options),
						rules: [union(group.rules[0], g.rules[0]), union(group.rules[1], g.rules[1])] as Group['rules'],
					}
				: { ...g, options: {} };
			for (const [field, id] of Object.entries(g.change.cell.options) as [OptionField, string][])
				if (!merged.options[field]?.includes(id)) (merged.options[field] ??= []).push(id);
			return merged;
		},
	);
	return lines.map(({ change, cells, options, rules }) => {
		const set = after.models.has(change.cell.model) ? after : before;
		const all = set.models.get(change.cell.model)!.options ?? {};
		const shown = Object.fromEntries(
			Object.entries(options).filter(([f, ids]) => ids.length < (all[f as OptionField]?.length ?? 0)),
		);
		return {
			kind: 'verdict',
			model: change.cell.model,
			options: shown,
			cells,
			window: { from: change.from, through: change.through },
			before: change.before,
			after: change.after,
			rules: [[...rules[0]], [...rules[1]]],
		};
	});
}

/**
 * Every customer-visible change between two rule sets: verdicts first, then costs, limits and prices, notes, names,
 * and any other changed field (valuesChanges). Empty when the data is the same but for `checked` dates.
 */
export function ruleChanges(before: RuleSet, after: RuleSet): RuleChange[] {
	return [...verdictChanges(before, after), ...valueChanges(before.data, after.data)];
}

/**
 * The customer-facing differences between two rule sets in English, one line each with the rule ids, e.g. `Z Image ·
 * all plans · joined on or after Dec 1, 2026: Unlimited → Uses credits (z-image-from-2025-12-17 → default)`, `Carat
 * Video · Plus · cost: about 33 credits per 5-second video → about 30 credits per 5-second video
 * (carat-video-plus-5s)`. Empty when nothing changes for customers.
 */
export function rulesDiff(before: RuleSet, after: RuleSet): string[] {
	return ruleChanges(before, after).map((c) => CHANGE_WORDS_EN.line({ before, after }, c, true));
}
