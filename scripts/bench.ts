// npm run bench: speed of the rules on the whole input grid, and the size of what the browser downloads.
// Prints figures; asserts nothing (targets are in the README). Needs a build for the page figures.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cellsOf, queryOf, signupBreaks } from '../src/rules/analysis.ts';
import { lastDayOfYears } from '../src/rules/calendar.ts';
import { checkEligibility, decide, evaluate } from '../src/rules/index.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

// 1. Rules speed, over the whole input space: every cell on every signup break day, asked that day and a year on.
const grid = cellsOf().flatMap((cell) => signupBreaks().flatMap((day) => [queryOf(cell, day), { ...queryOf(cell, day), asOf: lastDayOfYears(day, 1) }]));
const inputs = grid.map(({ resolution, method, ...q }) => ({ ...q, ...(resolution && { resolution }), ...(method && { method }) }));
function time(label: string, run: (i: number) => void, target = 500_000) {
	for (let i = 0; i < grid.length; i++) run(i); // warm up
	const start = performance.now();
	let n = 0;
	while (n < target) for (let i = 0; i < grid.length && n < target; i++, n++) run(i);
	const ms = performance.now() - start;
	console.log(`${label}: ${n.toLocaleString('en-US')} evaluations in ${ms.toFixed(0)} ms (${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s; target ≥ 500,000 in < 1,000 ms)`);
}
console.log(`grid: ${grid.length.toLocaleString('en-US')} cells`);
time('decide (grants over defaults, on resolved queries)', (i) => decide(grid[i]!));
time('evaluate (decide + reasons in words + notes: the full verdict)', (i) => evaluate(grid[i]!));
time('checkEligibility (zod validation + evaluate)', (i) => checkEligibility(inputs[i]!));

// 2. The rules code as bundled for the browser.
const bundle = await build({ entryPoints: ['src/rules/browser.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
const rulesJs = bundle.outputFiles[0]!.contents;
console.log(`rules bundle for the browser (src/rules/browser.ts: engine + data, minified): ${kb(rulesJs.length)}, gzip ${kb(gzipSync(rulesJs).length)}`);

// 3. JavaScript the widgets add to a page: the island modules, the Preact renderer and all they import, less what a
//    page without widgets loads anyway (Starlight's search shares Vite's preload helper).
function moduleGraph(page: string): Set<string> {
	const html = readFileSync(join('dist', page), 'utf8');
	const roots = [...html.matchAll(/(?:component-url|renderer-url|src)="\/docs\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(join('dist', file), 'utf8');
		for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(`_astro/${m[1]}`);
	};
	roots.forEach(visit);
	return seen;
}
const gz = (file: string) => gzipSync(readFileSync(join('dist', file))).length;
if (!existsSync('dist/en/index.html')) console.log('page figures: run `npm run build` first');
else {
	const plain = 'en/troubleshooting/usage-plan/low-credit-message/index.html';
	const baseline = moduleGraph(plain);
	const plainIslands = readFileSync(join('dist', plain), 'utf8').match(/<astro-island/g)?.length ?? 0;
	// Inline module scripts of our own on every article: the "Copy page" action (Starlight's inline scripts are not modules).
	const copyPage = [...readFileSync(join('dist', plain), 'utf8').matchAll(/<script type="module">([^<]*data-copy-page[^<]*)<\/script>/g)].map((m) => m[1]!);
	console.log(`plain article (/docs/en/troubleshooting/usage-plan/low-credit-message/): ${plainIslands} islands, no JavaScript file of ours; the "Copy page" script inline: ${kb(gzipSync(copyPage.join('')).length)} gzip (Starlight's own scripts: ${kb([...baseline].reduce((s, f) => s + gz(f), 0))} gzip)`);
	for (const [label, page] of [
		['checker page (/docs/en/tools/am-i-unlimited/)', 'en/tools/am-i-unlimited/index.html'],
		['estimator page (/docs/en/tools/credit-estimator/)', 'en/tools/credit-estimator/index.html'],
	] as const) {
		const added = [...moduleGraph(page)].filter((f) => !baseline.has(f));
		const total = added.reduce((sum, f) => sum + gz(f), 0);
		console.log(`${label}: widget JavaScript ${kb(total)} gzip (budget 15 KB, aim 12 KB): ${added.map((f) => `${f.replace(/^_astro\//, '').replace(/\.[\w-]+\.js$/, '')} ${kb(gz(f))}`).join(', ')}`);
	}
	// Loaded only where the browser has WebMCP (src/agents/detect.ts), never by the islands.
	console.log(`WebMCP module (/docs/agents/webmcp.js, only where the browser has WebMCP): ${kb(readFileSync('dist/agents/webmcp.js').length)}, gzip ${kb(gz('agents/webmcp.js'))}`);
}
