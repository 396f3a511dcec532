import { cellsOf, rangesOf } from '../engine/analysis.ts';
import type { RuleSet } from '../engine/compile.ts';
import { TABLE_HEADERS } from '../words/en.ts';
import { TABLE_WORDS, rowWho, type TableLocale, type TableWords } from '../words/table-words.ts';
import { MODEL_KINDS, type ModelKind, type ModelOptions, type OptionField } from '../schema/model.ts';
import { defaultsOf } from '../schema/periods.ts';
import type { GrantId } from '../schema/ids.ts';
import type { Grant } from '../schema/grant.ts';

// The rule tables of the articles, computed from the data. An article asks for one with a marker, an MDX comment
// right before the table: {/* rules-table unlimited kind=image */}. `npm run fix` writes the table under it and the
// prose test fails when the table differs.

/** What a `rules-table` marker asks for. */
export interface TableSpec {
	/**
	 * `unlimited` / `confirm`: the grants with that result; `credits`: every model (or option values of a model) that
	 * uses credits for someone: for every member where no grant covers it, for all other members where a grant covers
	 * some; `conversation`: conversation credit tiers.
	 */
	view: keyof typeof TABLE_HEADERS;
	/** Only models of these kinds (`kind=image,video`). */
	kinds?: ModelKind[];
	/** Only these models (`model=carat-video`). */
	models?: string[];
	/**
	 * Only grants by signup window: `joined=any` (no window), `joined=2025-12-01..` (first day Dec 1, 2025, any last
	 * day), `joined=..2025-11-30` (that last day), `joined=2025-11-21..2025-11-30` (exactly).
	 */
	joined?: { from?: string; through?: string } | 'any';
}

/** A table: header cells and rows of cells, plain text. */
export interface RuleTable {
	header: string[];
	rows: string[][];
	/** Grants shown, by id (for the check that every grant is in some table). */
	grants: GrantId[];
}

/**
 * Parses the text of a marker after `rules-table` (e.g. `unlimited kind=image joined=2025-12-01..`). Returns the
 * spec, or a message naming what is wrong.
 */
export function parseTableSpec(text: string): TableSpec | string {
	const [view, ...filters] = text.trim().split(/\s+/);
	if (!view || !(view in TABLE_HEADERS))
		return `unknown table view "${view ?? ''}" (one of ${Object.keys(TABLE_HEADERS).join(', ')})`;
	const spec: TableSpec = { view: view as TableSpec['view'] };
	for (const filter of filters) {
		const [key, value = ''] = filter.split('=');
		if (key === 'kind') {
			const kinds = value.split(',');
			const bad = kinds.find((k) => !(MODEL_KINDS as readonly string[]).includes(k));
			if (bad !== undefined) return `unknown kind "${bad}" (one of ${MODEL_KINDS.join(', ')})`;
			spec.kinds = kinds as ModelKind[];
		} else if (key === 'model') spec.models = value.split(',');
		else if (key === 'joined') {
			const m = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(value);
			if (value === 'any') spec.joined = 'any';
			else if (m && (m[1] || m[2])) spec.joined = { ...(m[1] && { from: m[1] }), ...(m[2] && { through: m[2] }) };
			else return `"joined=${value}" is not "any", "FROM..", "..THROUGH" or "FROM..THROUGH" (dates YYYY-MM-DD)`;
		} else return `unknown filter "${filter}" (kind=…, model=…, joined=…)`;
	}
	return spec;
}

const sameWindow = (g: Grant, w: TableSpec['joined']) =>
	w === undefined ||
	(w === 'any'
		? !g.joined?.from && !g.joined?.through
		: (!w.from || g.joined?.from === w.from) && (!w.through || g.joined?.through === w.through));

/**
 * The table a spec asks for, from `rules`, in the words of `locale` (`en`: words/en.ts, `ko`: words/ko.ts). The rows
 * and
 * grants are the same in every locale; only the words differ.
 */
export function ruleTable(rules: RuleSet, spec: TableSpec, locale: TableLocale): RuleTable {
	const w = TABLE_WORDS[locale];
	const models = rules.data.models.filter(
		(m) => (!spec.kinds || spec.kinds.includes(m.kind)) && (!spec.models || spec.models.includes(m.id)),
	);
	const header = [...w.headers[spec.view]];
	if (spec.view === 'conversation') {
		const tiers = rules.data.credits.conversationTiers.filter((t) => models.some((m) => m.id === t.model));
		return { header, rows: tiers.map((t) => [w.modelName(rules, t.model), w.tierName(t.tier)]), grants: [] };
	}
	if (spec.view === 'credits') return { header, rows: creditRows(rules, models, w), grants: [] };
	const grants = models
		.flatMap((m) => rules.grants.get(m.id)!)
		.filter((g) => g.result === spec.view && sameWindow(g, spec.joined));
	return {
		header,
		rows: grants.map((g) => [
			w.modelLabel(rules, g.model, g.options),
			rowWho(rules, w, { ...g, plans: rules.reach.get(g.id)! }, g.basis !== 'stated'),
		]),
		grants: grants.map((g) => g.id),
	};
}

/**
 * Rows of what uses credits: models (or option values of a model) no grant covers, for every member; and models (or
 * option values) a grant covers for some members only, for all other members, so that a model with a narrow grant
 * stays in the table.
 */
function creditRows(rules: RuleSet, models: RuleSet['data']['models'], w: TableWords): string[][] {
	const cells = cellsOf(rules);
	const ranges = rangesOf(rules);
	const rows: string[][] = [];
	for (const model of models.filter((m) => defaultsOf(m).some((d) => d.result === 'credits'))) {
		const grants = rules.grants.get(model.id)!;
		if (!grants.length) {
			rows.push([w.modelName(rules, model.id), w.everyone]);
			continue;
		}
		const combos = [
			...new Map(cells.filter((x) => x.model === model.id).map((x) => [JSON.stringify(x.options), x.options])).values(),
		];
		const covered = (o: (typeof combos)[number]) =>
			grants.some((g) => Object.entries(g.options ?? {}).every(([f, ids]) => ids.includes(o[f as OptionField]!)));
		const usesCreditsSomewhere = (o: (typeof combos)[number]) =>
			ranges.some(
				(r) =>
					r.cell.model === model.id &&
					JSON.stringify(r.cell.options) === JSON.stringify(o) &&
					r.ranges.some((x) => x.status === 'credits'),
			);
		const label = (list: typeof combos) => {
			if (list.length === combos.length) return w.modelName(rules, model.id);
			const options: ModelOptions = {};
			for (const o of list)
				for (const [f, id] of Object.entries(o))
					if (!(options[f as OptionField] ??= []).includes(id)) options[f as OptionField]!.push(id);
			return w.modelLabel(rules, model.id, options);
		};
		const none = combos.filter((o) => !covered(o));
		const some = combos.filter((o) => covered(o) && usesCreditsSomewhere(o));
		if (some.length) rows.push([label(some), w.everyoneElse]);
		if (none.length) rows.push([label(none), w.everyone + (readingFor(rules, model.id, none) ? w.readingMark : '')]);
	}
	return rows;
}

/** Whether a note that is a reading speaks of every one of `options` of `model` (text-to-video: credits, read). */
function readingFor(rules: RuleSet, model: string, options: Partial<Record<OptionField, string>>[]): boolean {
	return rules.data.notes.some(
		({ when, basis }) =>
			basis !== 'stated' &&
			when.models?.includes(model as never) &&
			(!when.statuses || when.statuses.includes('credits')) &&
			options.every((o) => !when.methods || when.methods.includes(o.method as never)),
	);
}

/** A table as Markdown, one line per row, with `|` in cells escaped. */
export function tableMarkdown(table: Pick<RuleTable, 'header' | 'rows'>): string {
	const line = (cells: string[]) => `| ${cells.map((x) => x.replaceAll('|', '\\|')).join(' | ')} |`;
	return [line(table.header), line(table.header.map(() => '---')), ...table.rows.map(line)].join('\n');
}
