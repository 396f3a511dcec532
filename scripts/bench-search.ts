// npm run bench:search: the customer query sets (tests/search/queries.en.json, queries.ko.json) through both search
// engines, the site's search dialog in Chromium (Pagefind, served by nginx as deployed) and the MCP server's
// search_docs; prints recall@1, recall@3 and MRR per language and engine, then the queries not found in the first 3.
// Asserts nothing (tests/mcp/search-recall.test.ts and tests/browser/search-recall.test.ts hold the floors). Needs a
// build (dist/): `npm run build` first.
import { launch, serveDist } from '../tests/browser/harness.ts';
import type { Browser } from 'playwright-core';
import {
	figures,
	openSearchDialog,
	LANGS,
	loadQueries,
	percent,
	searchDocsRankings,
	siteRankings,
	type Figures,
} from '../tests/search/evaluate.ts';

const rows: { engine: string; lang: string; n: number; f: Figures }[] = [];
let timings: [string, number][] = [];

/**
 * How long the dialog's search (the analyzer and Pagefind, `dist/pagefind/pagefind.js`) takes to answer queries that
 * are no question, in ms, each the median of 5 runs once the index is loaded (target: under 100 ms each).
 */
async function badInputTimings(browser: Browser, origin: string): Promise<[string, number][]> {
	const { page, search } = await openSearchDialog(browser, origin, 'ko');
	await search('크레딧');
	const cases: [string, string][] = [
		['empty', ''],
		['whitespace', '   \t  '],
		['emoji only', '🙂🎉💳'],
		['2,000 characters', `크레딧 credits ${'무제한 unlimited 🙂 '.repeat(100)}`.slice(0, 2000)],
		['HTML or script', '<img src=x onerror="window.__injected=1"><script>alert(1)</script>'],
		['mixed script', 'Plus 요금제로 Seedance를 쓰면 credits 차감돼요?'],
		['a question (for comparison)', '크레딧이 왜 차감되나요 무제한인데'],
	];
	const script = `(async (cases) => {
		const api = await import(location.origin + '/docs/pagefind/pagefind.js');
		const out = [];
		for (const [name, query] of cases) {
			const runs = [];
			for (let i = 0; i < 5; i++) {
				const start = performance.now();
				await api.search(query);
				runs.push(performance.now() - start);
			}
			out.push([name, runs.sort((a, b) => a - b)[2]]);
		}
		return out;
	})(${JSON.stringify(cases)})`;
	const result = (await page.evaluate(script)) as [string, number][];
	await page.context().close();
	return result;
}
for (const lang of LANGS) {
	const queries = loadQueries(lang);
	rows.push({
		engine: 'search_docs',
		lang,
		n: queries.length,
		f: figures(lang, queries, searchDocsRankings(lang, queries)),
	});
}
// `-- --search-docs-only` skips the browser (a few seconds instead of about a minute).
if (!process.argv.includes('--search-docs-only')) {
	const served = await serveDist();
	const browser = await launch();
	try {
		for (const lang of LANGS) {
			const queries = loadQueries(lang);
			const rankings = await siteRankings(browser, served.origin, lang, queries);
			rows.push({ engine: 'site search', lang, n: queries.length, f: figures(lang, queries, rankings) });
		}
		timings = await badInputTimings(browser, served.origin);
	} finally {
		await browser.close();
		await served.close();
	}
}

console.log('engine       lang  queries  recall@1  recall@3  MRR');
for (const { engine, lang, n, f } of rows)
	console.log(
		`${engine.padEnd(12)} ${lang.padEnd(5)} ${String(n).padStart(7)}  ${percent(f.recallAt1).padStart(8)}  ${percent(f.recallAt3).padStart(8)}  ${f.mrr.toFixed(3)}`,
	);
if (timings.length) {
	console.log("\nthe dialog's search (analyzer + Pagefind), median of 5, index loaded:");
	for (const [name, ms] of timings) console.log(`  ${name.padEnd(28)} ${ms.toFixed(1)} ms`);
}
for (const { engine, lang, f } of rows) {
	if (!f.missed.length) continue;
	console.log(`\nnot in the first 3, ${engine} (${lang}):`);
	for (const m of f.missed) console.log(`  ${m.query}  ->  ${m.got.join(', ') || '(nothing)'}`);
}
