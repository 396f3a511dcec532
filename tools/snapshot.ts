// npm run snapshot: accepts a reviewed change of the verdict ranges by rewriting
// tests/rules/__snapshots__/verdict-ranges.csv, but only while every other check passes (`npm run check`'s tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rangeSnapshotCsv } from '../src/rules/checks/range-csv.ts';
import { rules } from '../src/rules/committed.ts';

const SNAPSHOT = 'tests/rules/__snapshots__/verdict-ranges.csv';
const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
try {
	const report = join(dir, 'report.json');
	spawnSync('vitest', ['run', '--project', 'unit', '--reporter=json', `--outputFile=${report}`], {
		stdio: ['ignore', 'ignore', 'inherit'],
		shell: false,
	});
	const results = JSON.parse(readFileSync(report, 'utf8')) as {
		testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
	};
	const failed = results.testResults.flatMap((f) =>
		f.assertionResults
			.filter((a) => a.status === 'failed')
			.map((a) => `${f.name.replace(`${process.cwd()}/`, '')}: ${a.fullName}`),
	);
	const others = failed.filter((f) => !f.includes('matches the committed range snapshot'));
	if (others.length) {
		console.error(
			`Not writing ${SNAPSHOT}: ${others.length} other check(s) fail. Fix them first (npm run check):\n  ${others.join('\n  ')}`,
		);
		process.exit(1);
	}
	const before = readFileSync(SNAPSHOT, 'utf8');
	const after = rangeSnapshotCsv(rules);
	if (before === after) console.log(`${SNAPSHOT} already matches the rule data.`);
	else {
		writeFileSync(SNAPSHOT, after);
		console.log(`${SNAPSHOT} rewritten; review it with git diff ${SNAPSHOT}.`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
