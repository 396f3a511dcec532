// npm run bench:search: the customer query sets (tests/search/queries.en.json, queries.ko.json) through both search
// engines, the site's search dialog in Chromium (Pagefind, served by nginx as deployed) and the MCP server's
// search_docs; prints recall@1, recall@3 and MRR per language and engine, then the queries not found in the first 3.
// Asserts nothing (tests/search/recall.test.ts and tests/browser/search-recall.test.ts hold the floors). Needs a build
// (dist/): `npm run build` first.
import { launch, serveDist } from '../tests/browser/harness.ts';
import {
	figures,
	LANGS,
	loadQueries,
	percent,
	searchDocsRankings,
	siteRankings,
	type Figures,
} from '../tests/search/evaluate.ts';

const rows: { engine: string; lang: string; n: number; f: Figures }[] = [];
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
for (const { engine, lang, f } of rows) {
	if (!f.missed.length) continue;
	console.log(`\nnot in the first 3, ${engine} (${lang}):`);
	for (const m of f.missed) console.log(`  ${m.query}  ->  ${m.got.join(', ') || '(nothing)'}`);
}
