import { compileDecisionTable } from './decision-table.ts';
import { decide } from './evaluate.ts';
import { inputGrid } from './grid.ts';
import { ruleData } from './rule-data.ts';
import type { DecisionData } from './data.ts';

/**
 * The verdict of every grid cell as compact CSV, one line per customer (plan, billing, model, option, signup day):
 * the deciding rule, then the status on each as-of day (`status@asOf`, `unlimited` carrying `<until`).
 * Committed as `tests/rules/__snapshots__/verdict-grid.csv`, so a rule change shows as a reviewable diff.
 * Throws (from `decide`) when a cell is decided by zero or several rules.
 */
export function verdictGridCsv(data: DecisionData = ruleData): string {
	const table = compileDecisionTable(data);
	const lines = new Map<string, string[]>();
	for (const q of inputGrid(data)) {
		const v = decide(q, table, data);
		const key = [q.plan, q.billing, q.model, q.resolution ?? q.method ?? '', q.joined, v.rule].join(',');
		(lines.get(key) ?? lines.set(key, []).get(key)!).push(`${v.status}${v.unlimitedUntil ? `<${v.unlimitedUntil}` : ''}@${q.asOf}`);
	}
	const rows = [...lines].map(([key, cells]) => {
		const statuses = cells.map((c) => c.split('@')[0]);
		return `${key},${statuses.every((s) => s === statuses[0]) ? statuses[0] : cells.join(' ')}`;
	});
	return `plan,billing,model,option,joined,rule,verdict\n${rows.join('\n')}\n`;
}
