// npm run bench: speed of the rules on the whole input grid, and the size of what the browser downloads.
// Prints figures; asserts nothing (targets are in the README). Needs a build for the page figures.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cellsOf, queryOf } from '../src/rules/engine/analysis.ts';
import { lastDayOfYears } from '../src/rules/schema/calendar.ts';
import { checkEligibility, decide, englishWords, evaluate, rules } from '../src/rules/index.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

// 1. Rules speed, over the whole input space: every cell on every signup break day, asked that day and a year on.
const grid = cellsOf(rules).flatMap((cell) =>
	rules.breaks.flatMap((day) => [queryOf(cell, day), { ...queryOf(cell, day), asOf: lastDayOfYears(day, 1) }]),
);
const inputs = grid.map(({ resolution, method, ...q }) => ({
	...q,
	...(resolution && { resolution }),
	...(method && { method }),
}));
function time(label: string, run: (i: number) => void, target = 500_000) {
	for (let i = 0; i < grid.length; i++) run(i); // warm up
	const start = performance.now();
	let n = 0;
	while (n < target) for (let i = 0; i < grid.length && n < target; i++, n++) run(i);
	const ms = performance.now() - start;
	console.log(
		`${label}: ${n.toLocaleString('en-US')} evaluations in ${ms.toFixed(0)} ms (${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s; target ≥ 500,000 in < 1,000 ms)`,
	);
}
console.log(`grid: ${grid.length.toLocaleString('en-US')} cells`);
time('decide (grants over defaults, on resolved queries)', (i) => decide(rules, grid[i]!));
time('evaluate (decide + reasons in words + notes: the full verdict)', (i) => evaluate(rules, grid[i]!, englishWords));
time('checkEligibility (inputProblems validation + evaluate)', (i) => checkEligibility(inputs[i]!));

// 2. JavaScript the widgets add to a page. Counted: every chunk the islands' modules and the Preact renderer import
//    statically, followed to the end, Vite's preload helper included, whether or not a page without widgets loads it
//    too. Listed apart: the rule engine each island imports on demand (when the reader starts answering).
interface Graph {
	statics: Set<string>;
	dynamic: Set<string>;
}
// Dynamic imports are followed only from our island modules: the renderer's own (`@preact/signals`, for props that
// are signals) never loads here.
const staticImport = /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;
const dynamicImport = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;
function graph(roots: string[]): Graph {
	const g: Graph = { statics: new Set(), dynamic: new Set() };
	const visit = (file: string) => {
		if (g.statics.has(file)) return;
		g.statics.add(file);
		const code = readFileSync(join('dist', file), 'utf8');
		for (const m of code.matchAll(staticImport)) visit(`_astro/${m[1]}`);
		if (!file.includes('/client.')) for (const m of code.matchAll(dynamicImport)) g.dynamic.add(`_astro/${m[1]}`);
	};
	roots.forEach(visit);
	return g;
}
const islandRoots = (page: string) =>
	[
		...readFileSync(join('dist', page), 'utf8').matchAll(
			/(?:component-url|renderer-url)="\/docs\/(_astro\/[^"]+\.js)"/g,
		),
	].map((m) => m[1]!);
const gz = (file: string) => gzipSync(readFileSync(join('dist', file))).length;
const listing = (files: Iterable<string>) =>
	[...files].map((f) => `    ${f.replace(/^_astro\//, '').padEnd(44)} ${kb(gz(f)).padStart(9)}`).join('\n');
const sum = (files: Iterable<string>) => [...files].reduce((s, f) => s + gz(f), 0);
if (!existsSync('dist/en/index.html')) console.log('page figures: run `npm run build` first');
else {
	const plain = 'en/troubleshooting/usage-plan/low-credit-message/index.html';
	const plainHtml = readFileSync(join('dist', plain), 'utf8');
	// Inline module scripts of our own on every article: the "Copy page" action (Starlight's inline scripts are not
	// modules).
	const copyPage = [...plainHtml.matchAll(/<script type="module">([^<]*data-copy-page[^<]*)<\/script>/g)].map(
		(m) => m[1]!,
	);
	console.log(
		`plain article (/docs/en/troubleshooting/usage-plan/low-credit-message/): ${islandRoots(plain).length} island scripts, no JavaScript file of ours; the "Copy page" script inline: ${kb(gzipSync(copyPage.join('')).length)} gzip`,
	);
	for (const [label, page] of [
		['checker page (/docs/en/tools/am-i-unlimited/)', 'en/tools/am-i-unlimited/index.html'],
		['estimator page (/docs/en/tools/credit-estimator/)', 'en/tools/credit-estimator/index.html'],
	] as const) {
		const g = graph(islandRoots(page));
		const onDemand = graph([...g.dynamic].filter((f) => !g.statics.has(f)));
		const engine = [...onDemand.statics].filter((f) => !g.statics.has(f));
		console.log(
			`${label}: island JavaScript loaded with the page ${kb(sum(g.statics))} gzip (budget 12 KB), ${g.statics.size} files:\n${listing(g.statics)}`,
		);
		// Our widgets' own <script>s (the WebMCP feature test), not part of the islands but loaded with them.
		const html = readFileSync(join('dist', page), 'utf8');
		const own = graph(
			[...html.matchAll(/src="\/docs\/(_astro\/(?:AmIUnlimited|CreditEstimator)\.astro[^"]+\.js)"/g)].map((m) => m[1]!),
		);
		const extra = [...own.statics].filter((f) => !g.statics.has(f));
		console.log(
			`  the widgets' page scripts (WebMCP feature test): ${kb(sum(extra))} gzip; islands and page scripts together ${kb(sum(g.statics) + sum(extra))}:\n${listing(extra)}`,
		);
		console.log(
			`  loaded when the reader starts answering (rule engine and data; both languages' words listed, a page loads its own): ${kb(sum(engine))} gzip, ${engine.length} files:\n${listing(engine)}`,
		);
	}
	// Loaded only where the browser has WebMCP (src/agents/detect.ts), never by the islands.
	console.log(
		`WebMCP module (/docs/agents/webmcp.js, only where the browser has WebMCP): ${kb(readFileSync('dist/agents/webmcp.js').length)}, gzip ${kb(gz('agents/webmcp.js'))}`,
	);
}
