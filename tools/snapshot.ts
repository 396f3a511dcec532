// npm run snapshot: accepts a reviewed change of the verdict ranges by rewriting
// content/rules/snapshots/verdict-ranges.csv (the only file it writes), but only while every other content check
// passes (npm run check).
import { readFileSync, writeFileSync } from 'node:fs';
import { checkContent, RANGE_SNAPSHOT } from '../src/lib/content-check.ts';
import { rangeSnapshotCsv } from '../src/rules/checks/range-csv.ts';
import { loadRules } from '../src/lib/rule-files.ts';

const { problems } = checkContent('.', { snapshot: false });
if (problems.length) {
	console.error(`Not writing ${RANGE_SNAPSHOT}: ${problems.length} other problem(s). Fix them first (npm run check):`);
	for (const p of problems) console.error(p);
	process.exit(1);
}
const after = rangeSnapshotCsv(loadRules());
let before = '';
try {
	before = readFileSync(RANGE_SNAPSHOT, 'utf8');
} catch {
	// No snapshot yet: write it.
}
if (before === after) console.log(`${RANGE_SNAPSHOT} already matches the rule data.`);
else {
	writeFileSync(RANGE_SNAPSHOT, after);
	console.log(`${RANGE_SNAPSHOT} rewritten; review it with git diff ${RANGE_SNAPSHOT}, then commit it with the data.`);
}
