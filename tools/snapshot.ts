// npm run snapshot: accepts a reviewed change of the verdict ranges by rewriting
// content/rules/snapshots/verdict-ranges.csv (the only file it writes), but only while every other content check
// passes (npm run check).
import { acceptRangeSnapshot, RANGE_SNAPSHOT } from '../src/lib/content-check.ts';

const { problems, written } = acceptRangeSnapshot();
if (problems.length) {
	for (const p of problems) console.error(p);
	console.error(`Not writing ${RANGE_SNAPSHOT}: ${problems.length} other problem(s). Fix them first (npm run check).`);
	process.exit(1);
}
console.log(
	written
		? `${RANGE_SNAPSHOT} rewritten; review it with git diff ${RANGE_SNAPSHOT}, then commit it with the data.`
		: `${RANGE_SNAPSHOT} already matches the rule data.`,
);
