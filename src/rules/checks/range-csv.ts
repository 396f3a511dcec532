import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import { rangesOf } from '../engine/analysis.ts';
import { verdictLabel } from '../words/en.ts';
import type { RuleSet } from '../engine/compile.ts';

/**
 * Every cell's verdict under `rules` as signup-date ranges, one CSV line per range: plan, billing, model, option
 * values, the signup days (`FROM..THROUGH`, an open end left empty), the verdict and the deciding rule. Committed as
 * `content/rules/snapshots/verdict-ranges.csv` (`npm run snapshot`): a promotion change is a diff of a few lines.
 */
export function rangeSnapshotCsv(rules: RuleSet): string {
	const lines = rangesOf(rules).flatMap(({ cell, ranges }) =>
		ranges.map((r) => {
			const days = `${r.from === FIRST_DAY ? '' : r.from}..${r.through === LAST_DAY ? '' : r.through}`;
			return [
				cell.plan,
				cell.billing,
				cell.model,
				Object.values(cell.options).join('+'),
				days,
				verdictLabel(r.status, r.lasts),
				r.rule,
			].join(',');
		}),
	);
	return `plan,billing,model,option,joined,verdict,rule\n${lines.join('\n')}\n`;
}
