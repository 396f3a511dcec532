import { FIRST_DAY, LAST_DAY } from '../../src/rules/calendar.ts';
import { rangesOf } from '../../src/rules/analysis.ts';
import { verdictLabel } from '../../src/rules/words.ts';
import type { DecisionData } from '../../src/rules/data.ts';

/**
 * Every cell's verdict as signup-date ranges, one CSV line per range: plan, billing, model, option values, the
 * signup days (`FROM..THROUGH`, an open end left empty), the verdict and the deciding rule. Committed as
 * `__snapshots__/verdict-ranges.csv`: a promotion change is a diff of a few lines.
 */
export function rangeSnapshotCsv(data?: DecisionData): string {
	const lines = rangesOf(data).flatMap(({ cell, ranges }) =>
		ranges.map((r) => [cell.plan, cell.billing, cell.model, Object.values(cell.options).join('+'), `${r.from === FIRST_DAY ? '' : r.from}..${r.through === LAST_DAY ? '' : r.through}`, verdictLabel(r.status, r.lasts), r.rule].join(',')),
	);
	return `plan,billing,model,option,joined,verdict,rule\n${lines.join('\n')}\n`;
}
