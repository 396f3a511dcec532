import { describe, expect, it } from 'vitest';
import { readArticles, type Article } from '../../src/lib/mdx-articles.ts';
import { formatDate, ruleData } from '../../src/rules/index.ts';
import { lastDayOfYears } from '../../src/rules/calendar.ts';
import { monthlyCredits } from '../../src/rules/costs.ts';
import { parseTableSpec, ruleTable } from '../../src/rules/tables.ts';

// The core promise: every rule table and number in the articles agrees with content/rules. Rule tables are written
// by `npm run fix` under a `rules-table` marker; each failure names the article file, the line and what to do.
const articles = readArticles();
const byArticle = articles.map((a) => [a.id || 'home', a] as const);
const modelNames = ruleData.models.map((m) => m.name);
const planNames = ruleData.plans.map((p) => p.name);
const namesModelOrPlan = (cell: string) =>
	modelNames.some((n) => cell.includes(n)) || planNames.some((n) => new RegExp(`(^|[^\\w])${n}([^\\w]|$)`).test(cell));

function markedTableProblems(article: Article): string[] {
	const out: string[] = [];
	for (const marker of article.markers) {
		const at = `${article.file}:${marker.line}: rules-table ${marker.spec}`;
		const spec = parseTableSpec(marker.spec);
		if (typeof spec === 'string') { out.push(`${at}: ${spec}`); continue; }
		if (!marker.table) { out.push(`${at}: no table right after the marker; run npm run fix`); continue; }
		const expected = ruleTable(spec);
		const actual = marker.table;
		if (actual.header.join(' | ') !== expected.header.join(' | ')) out.push(`${at}: header "${actual.header.join(' | ')}", the data says "${expected.header.join(' | ')}"; run npm run fix`);
		const n = Math.max(actual.rows.length, expected.rows.length);
		for (let i = 0; i < n; i++) {
			const [got, want] = [actual.rows[i]?.cells.join(' | '), expected.rows[i]?.join(' | ')];
			if (got !== want) out.push(`${article.file}:${actual.rows[i]?.line ?? actual.line}: row ${i + 1} of "rules-table ${marker.spec}" is "${got ?? '(missing)'}", the data says "${want ?? '(no row)'}"; run npm run fix`);
		}
	}
	return out;
}

describe('prose and data agree: rule tables', () => {
	it.each(byArticle)('%s: every marked table is the table the data gives', (_, article) => {
		expect(markedTableProblems(article)).toEqual([]);
	});

	it.each(byArticle)('%s: no table names a model or a plan without a rules-table marker', (_, article) => {
		const marked = new Set(article.markers.map((m) => m.table));
		const stray = article.tables
			.filter((t) => !marked.has(t))
			.flatMap((t) => t.rows.filter((r) => r.cells.some(namesModelOrPlan)).map((r) => `${article.file}:${r.line}: "${r.cells.join(' | ')}" names a model or plan in a table without a rules-table marker`));
		expect(stray).toEqual([]);
	});

	it.each(ruleData.grants.map((g) => [g.id, g] as const))('grant %s is shown under its source heading', (id, grant) => {
		const shownIn = articles.flatMap((a) =>
			a.markers.flatMap((m) => {
				const spec = parseTableSpec(m.spec);
				return typeof spec !== 'string' && m.table && ruleTable(spec).grants.includes(grant.id) ? [`${a.id}#${m.table.section}`] : [];
			}),
		);
		expect(shownIn.length, `content/rules/grants.json grant ${id} is in no marked table; add a rules-table marker that shows it`).toBeGreaterThan(0);
		expect(shownIn, `grant ${id}: its source ${grant.source.article}#${grant.source.anchor} shows no table with it`).toContain(`${grant.source.article}#${grant.source.anchor}`);
	});
});

// Numbers in prose: a number next to one of these units must be a value of the data, whatever the words around it.
const c = ruleData.credits;
const plusCredits = ruleData.plans.map((p) => monthlyCredits(p.id)?.credits).filter((n): n is number => n !== undefined);
const UNITS: { unit: RegExp; allowed: number[]; where: string }[] = [
	{ unit: /^credits?$/i, allowed: [...c.costs.map((x) => x.credits), ...plusCredits], where: 'credits.json costs[].credits, monthly credits' },
	{ unit: /^(videos?|generations?)$/i, allowed: [...c.monthlyCredits.map((m) => m.derived.generations), ...c.generationsPerMonth.map((g) => g.generations)], where: 'credits.json monthlyCredits[].derived.generations, generationsPerMonth[].generations' },
	{ unit: /^seconds?$/i, allowed: [c.limits.maxVideoSeconds.value, ...c.costs.flatMap((x) => [...x.per.matchAll(/(\d+)-second/g)].map((m) => Number(m[1])))], where: 'credits.json limits.maxVideoSeconds, costs[].per' },
	{ unit: /^months?$/i, allowed: [c.limits.topUpValidityMonths.value], where: 'credits.json limits.topUpValidityMonths' },
	{ unit: /^years?$/i, allowed: ruleData.grants.flatMap((g) => (g.lasts ? [g.lasts.years] : [])), where: 'grants.json grants[].lasts.years' },
];
const NUMBER_WITH_UNIT = /(\d[\d,]*(?:\.\d+)?)(?:\s+|-)(?:more\s+)?(credits?|videos?|generations?|seconds?|months?|years?)\b/gi;
const DOLLARS = /\$\s?(\d[\d,]*(?:\.\d+)?)/g;
const DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (m: RegExpMatchArray) => `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
const dataDates = new Set([
	...ruleData.grants.flatMap((g) => [g.joined?.from, g.joined?.through]),
	...ruleData.plans.flatMap((p) => Object.values(p.benefitsFrom ?? {})),
].filter((d): d is string => !!d).map(formatDate));

/** Problems with the numbers and dates of one text (a paragraph, a heading or a table row). */
export function numberProblems(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
		const value = Number(m[1]!.replaceAll(',', ''));
		const rule = UNITS.find((u) => u.unit.test(m[2]!))!;
		if (!rule.allowed.includes(value)) out.push(`"${m[0]}": ${m[1]} is not in the data (${rule.where}: ${rule.allowed.join(', ') || 'none'})`);
	}
	for (const m of text.matchAll(DOLLARS))
		if (!c.prices.some((p) => p.usd === Number(m[1]!.replaceAll(',', '')))) out.push(`"${m[0]}" is not a price in the data (credits.json prices[].usd: ${c.prices.map((p) => p.usd).join(', ')})`);
	// A date is a signup boundary of the data, or the end of a worked example "joined on X … through Y".
	const example = /joined on (\w{3} \d{1,2}, \d{4}).*?through (\w{3} \d{1,2}, \d{4})/.exec(text);
	for (const m of text.matchAll(DATE)) {
		if (dataDates.has(m[0]) || (example && m[0] === example[1])) continue;
		if (example && m[0] === example[2]) {
			const years = ruleData.grants.find((g) => g.lasts)?.lasts?.years ?? 0;
			const expected = formatDate(lastDayOfYears(iso([...example[1]!.matchAll(DATE)][0]!), years));
			if (m[0] !== expected) out.push(`example end date "${m[0]}" should be "${expected}" (${years} year from ${example[1]})`);
			continue;
		}
		out.push(`date "${m[0]}" is no signup boundary in content/rules (grants.json joined, plans.json benefitsFrom)`);
	}
	return out;
}

describe('prose and data agree: numbers and dates', () => {
	it.each([
		['about 34 credits for each generation', /34 is not in the data/],
		['roughly 34-credit videos', /34 is not in the data/],
		['a 7-second clip', /7 is not in the data/],
		['for 2 years from signup', /2 is not in the data/],
		['it costs $30 a month', /"\$30" is not a price/],
		['joined on Dec 18, 2025', /date "Dec 18, 2025" is no signup boundary/],
		['joined on Mar 10, 2026, through Mar 10, 2027', /should be "Mar 9, 2027"/],
	])('catches "%s"', (text, says) => {
		expect(numberProblems(text).join('\n')).toMatch(says);
	});
	it.each(['about 33 credits for a 5-second video', 'for 1 year from signup', 'Plus ($29 a month)', 'joined on Mar 10, 2026, through Mar 9, 2027'])('accepts "%s"', (text) => {
		expect(numberProblems(text)).toEqual([]);
	});

	it.each(byArticle)('%s: every number and date comes from the data', (_, article) => {
		const texts = [...article.prose, ...article.tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: r.cells.join(' | ') })))];
		expect(texts.flatMap(({ line, text }) => numberProblems(text).map((p) => `${article.file}:${line}: ${p}`))).toEqual([]);
	});

	const stated = (articleId: string, pattern: RegExp) => articles.find((a) => a.id === articleId)?.prose.some((p) => pattern.test(p.text)) ?? false;
	it.each([
		...c.costs.map((x) => [`${x.credits} credits`, x.source.article, new RegExp(`\\b${x.credits} credits`)] as const),
		...c.monthlyCredits.map((m) => [`about ${m.derived.generations} videos`, m.source.article, new RegExp(`about ${m.derived.generations} videos`)] as const),
		...c.prices.map((p) => [`$${p.usd}`, p.source.article, new RegExp(`\\$${p.usd}\\b`)] as const),
		...c.generationsPerMonth.map((g) => [`around ${g.generations} generations`, g.source.article, new RegExp(`around ${g.generations} generations`)] as const),
		[`${c.limits.maxVideoSeconds.value} seconds`, c.limits.maxVideoSeconds.source.article, new RegExp(`\\b${c.limits.maxVideoSeconds.value} seconds`)] as const,
		[`${c.limits.topUpValidityMonths.value} month`, c.limits.topUpValidityMonths.source.article, new RegExp(`\\b${c.limits.topUpValidityMonths.value} months? from the recharge`)] as const,
		...ruleData.plans.flatMap((p) => Object.values(p.benefitsFrom ?? {}).map((d) => [formatDate(d!), p.source!.article, new RegExp(formatDate(d!))] as const)),
	])('the data value %s is stated in its source article %s', (_, article, pattern) => {
		expect(stated(article, pattern)).toBe(true);
	});
});
