// npm run check: the editor's quick loop, without a build, a browser or vitest: the rule data validated as the build
// validates it, the worked examples of content/rules/examples/, the sidebar's sections, every article's rule tables,
// numbers and dates against the data, and the range snapshot (content/rules/snapshots/verdict-ranges.csv). One line
// per problem, `file:line: what is wrong — what to do`. `npm run check -- --unit` then runs the vitest project `unit`
// (the unit tests; `npm test` runs every test).
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/content-check.ts';
import { loadRules } from '../src/lib/rule-files.ts';
import { interpretationCounts, rulesWithBasis } from '../src/rules/checks/basis.ts';

const started = performance.now();
const result = checkContent('.', { snapshot: true });
for (const w of result.warnings) console.warn(`warning: ${w}`);
for (const p of result.problems) console.error(p);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.problems.length) {
	console.error(
		`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (${seconds} s). Fix them and run npm run check again.`,
	);
	process.exit(1);
}
console.log(`content OK (${seconds} s): ${result.summary}`);
// What rests on interpretation, so that an editor sees it grow or shrink with each change.
const rules = loadRules('.');
const { total, counts } = interpretationCounts(rules);
const readings = rulesWithBasis(rules.data).filter((r) => r.basis !== 'stated');
console.log(`readings and silences (${readings.length} rules are readings; ${total} customer cases in all):`);
for (const c of counts)
	console.log(
		`  ${c.kind} ${c.rule === 'plan-start' ? "plan-start (signups before a plan's benefitsFrom day)" : c.rule}: ${c.cases} cases`,
	);
for (const r of readings)
	if (!counts.some((c) => r.rule.includes(`"${c.rule}"`))) console.log(`  reading ${r.rule}: a figure, no verdict`);
if (process.argv.includes('--unit')) {
	// Colour only on a terminal: vitest reads NO_COLOR / FORCE_COLOR.
	const env = { ...process.env };
	if (!process.stdout.isTTY) {
		delete env.FORCE_COLOR;
		env.NO_COLOR = '1';
	}
	const tests = spawnSync('vitest', ['run', '--project', 'unit'], { stdio: 'inherit', env });
	process.exit(tests.status ?? 1);
}
