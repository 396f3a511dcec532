// node scripts/lighthouse.ts [path]: Lighthouse 13 (npx lighthouse@13.5.0, mobile) on a page of the build in dist/
// (default the checker), in Chromium with WebMCP on (--enable-features=WebMCPTesting). Prints each category's score
// and the agentic-browsing audits; asserts nothing. Serves dist/ through nginx on TEST_PORT (default: a free port).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, serveDist } from '../tests/browser/harness.ts';

type Audit = {
	id: string;
	title: string;
	score: number | null;
	displayValue?: string;
	scoreDisplayMode: string;
	details?: { items?: Record<string, unknown>[] };
};
type Report = {
	categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, Audit>;
};

const path = process.argv[2] ?? '/docs/en/tools/am-i-unlimited/';
const { origin, close } = await serveDist();
const out = join(mkdtempSync(join(tmpdir(), 'carat-lighthouse-')), 'report.json');
try {
	// Asynchronous: this process also serves the pages Lighthouse loads.
	await promisify(execFile)(
		'npx',
		[
			'--yes',
			'lighthouse@13.5.0',
			`${origin}${path}`,
			'--quiet',
			'--form-factor=mobile',
			'--output=json',
			`--output-path=${out}`,
			'--chrome-flags=--headless --no-sandbox --disable-gpu --enable-features=WebMCPTesting',
		],
		{ env: { ...process.env, CHROME_PATH: CHROMIUM } },
	);
} finally {
	await close();
}
const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
const pct = (score: number | null) => (score === null ? 'n/a' : String(Math.round(score * 100)));
console.log(`Lighthouse 13.5.0, mobile, ${path}`);
for (const c of Object.values(report.categories)) console.log(`${c.title}: ${pct(c.score)}`);
const agentic = Object.entries(report.categories).find(([id]) => id.includes('agentic'))?.[1];
if (agentic)
	for (const ref of agentic.auditRefs) {
		const a = report.audits[ref.id]!;
		console.log(
			`  ${a.title} (${a.id}, weight ${ref.weight}): ${a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary' ? pct(a.score) : a.scoreDisplayMode}${a.displayValue ? ` — ${a.displayValue}` : ''}`,
		);
		for (const item of (a.id.startsWith('webmcp') && a.details?.items) || [])
			console.log(`    ${JSON.stringify(item).slice(0, 160)}`);
	}
console.log(`report: ${out}`);
