import { describe, expect, it } from 'vitest';
import { readAllArticles, type Article } from '../../src/lib/mdx-articles.ts';
import { formatDate, rules } from '../../src/rules/index.ts';
import { formatDateKo } from '../../src/rules/words/ko.ts';
import { lastDayOfYears } from '../../src/rules/schema/calendar.ts';
import { monthlyCredits } from '../../src/rules/engine/costs.ts';
import { parseTableSpec, ruleTable } from '../../src/rules/checks/tables.ts';
import type { TableLocale } from '../../src/rules/words/table-words.ts';
import { exampleOf, factsOf, type FactKind } from './facts.ts';

// The core promise: every rule table and number in the articles, English and Korean, agrees with content/rules. Rule
// tables are written by `npm run fix` under a `rules-table` marker, in the article's language (content/docs/ko/ ->
// words-ko.ts); each failure names the article file, the line and what to do.
const articles = readAllArticles();
const byArticle = articles.map((a) => [`${a.locale}/${a.id || 'home'}`, a] as const);
const modelNames = rules.data.models.flatMap((m) => [m.name, ...(m.names?.ko ? [m.names.ko] : [])]);
const planNames = rules.data.plans.map((p) => p.name);
const namesModelOrPlan = (cell: string) =>
	modelNames.some((n) => cell.includes(n)) || planNames.some((n) => new RegExp(`(^|[^\\w])${n}([^\\w]|$)`).test(cell));

function markedTableProblems(article: Article): string[] {
	const out: string[] = [];
	for (const marker of article.markers) {
		const at = `${article.file}:${marker.line}: rules-table ${marker.spec}`;
		const spec = parseTableSpec(marker.spec);
		if (typeof spec === 'string') {
			out.push(`${at}: ${spec}`);
			continue;
		}
		if (!marker.table) {
			out.push(`${at}: no table right after the marker; run npm run fix`);
			continue;
		}
		const expected = ruleTable(rules, spec, article.locale);
		const actual = marker.table;
		if (actual.header.join(' | ') !== expected.header.join(' | '))
			out.push(
				`${at}: header "${actual.header.join(' | ')}", the data says "${expected.header.join(' | ')}"; run npm run fix`,
			);
		const n = Math.max(actual.rows.length, expected.rows.length);
		for (let i = 0; i < n; i++) {
			const [got, want] = [actual.rows[i]?.cells.join(' | '), expected.rows[i]?.join(' | ')];
			if (got !== want)
				out.push(
					`${article.file}:${actual.rows[i]?.line ?? actual.line}: row ${i + 1} of "rules-table ${marker.spec}" is "${got ?? '(missing)'}", the data says "${want ?? '(no row)'}"; run npm run fix`,
				);
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
			.flatMap((t) =>
				t.rows
					.filter((r) => r.cells.some(namesModelOrPlan))
					.map(
						(r) =>
							`${article.file}:${r.line}: "${r.cells.join(' | ')}" names a model or plan in a table without a rules-table marker`,
					),
			);
		expect(stray).toEqual([]);
	});

	// Sources name English headings; the Korean pages show the same tables under the same headings (pairing.test.ts).
	it.each(rules.data.grants.map((g) => [g.id, g] as const))(
		'grant %s is shown under its source heading',
		(id, grant) => {
			const shownIn = articles
				.filter((a) => a.locale === 'en')
				.flatMap((a) =>
					a.markers.flatMap((m) => {
						const spec = parseTableSpec(m.spec);
						return typeof spec !== 'string' && m.table && ruleTable(rules, spec, 'en').grants.includes(grant.id)
							? [`${a.id}#${m.table.section}`]
							: [];
					}),
				);
			expect(
				shownIn.length,
				`content/rules/grants.json grant ${id} is in no marked table; add a rules-table marker that shows it`,
			).toBeGreaterThan(0);
			expect(
				shownIn,
				`grant ${id}: its source ${grant.source.article}#${grant.source.anchor} shows no table with it`,
			).toContain(`${grant.source.article}#${grant.source.anchor}`);
		},
	);
});

// Numbers in prose: a number next to one of these units must be a value of the data, whatever the words around it.
const c = rules.data.credits;
const plusCredits = rules.data.plans
	.map((p) => monthlyCredits(rules, p.id)?.credits)
	.filter((n): n is number => n !== undefined);
const ALLOWED: Record<Exclude<FactKind, 'date' | 'usd'>, { allowed: number[]; where: string }> = {
	credits: {
		allowed: [...c.costs.map((x) => x.credits), ...plusCredits],
		where: 'credits.json costs[].credits, monthly credits',
	},
	generations: {
		allowed: [
			...c.monthlyCredits.map((m) => m.derived.generations),
			...c.generationsPerMonth.map((g) => g.generations),
		],
		where: 'credits.json monthlyCredits[].derived.generations, generationsPerMonth[].generations',
	},
	seconds: {
		allowed: [
			c.limits.maxVideoSeconds.value,
			...c.costs.flatMap((x) => [...x.per.matchAll(/(\d+)-second/g)].map((m) => Number(m[1]))),
		],
		where: 'credits.json limits.maxVideoSeconds, costs[].per',
	},
	months: {
		allowed: [c.limits.topUpValidityMonths.value, ...rules.data.grants.flatMap((g) => g.lasts?.months ?? [])],
		where: 'credits.json limits.topUpValidityMonths, grants.json grants[].lasts.months',
	},
	years: {
		allowed: rules.data.grants.flatMap((g) => g.lasts?.years ?? []),
		where: 'grants.json grants[].lasts.years',
	},
};
const dataDates = new Set(
	[
		...rules.data.grants.flatMap((g) => [g.joined?.from, g.joined?.through]),
		...rules.data.plans.flatMap((p) => Object.values(p.benefitsFrom ?? {})),
		// The days a promotion starts and ends (issue 17; the committed data has none today).
		...rules.data.grants.flatMap((g) => [g.offered ?? []].flat().flatMap((o) => [o.from, o.until])),
	].filter((d): d is string => !!d),
);
const DATE_WORDS: Record<TableLocale, (iso: string) => string> = { en: formatDate, ko: formatDateKo };

/** Problems with the numbers and dates of one text (a paragraph, a heading or a table row) written in `locale`. */
export function numberProblems(text: string, locale: TableLocale = 'en'): string[] {
	const out: string[] = [];
	// A date is a signup boundary of the data, or the end of a worked example "joined on X … through Y".
	const example = exampleOf(text, locale);
	for (const fact of factsOf(text, locale)) {
		if (fact.kind === 'date') {
			if (dataDates.has(fact.value as string) || fact.value === example?.joined) continue;
			if (example && fact.value === example.through) {
				const years = rules.data.grants.find((g) => g.lasts)?.lasts?.years ?? 0;
				const expected = lastDayOfYears(example.joined, years);
				if (fact.value !== expected)
					out.push(
						`example end date "${fact.text}" should be "${DATE_WORDS[locale](expected)}" (${years} year from ${DATE_WORDS[locale](example.joined)})`,
					);
				continue;
			}
			out.push(
				`date "${fact.text}" is no signup boundary in content/rules (grants.json joined, plans.json benefitsFrom)`,
			);
		} else if (fact.kind === 'usd') {
			if (!c.prices.some((p) => p.usd === fact.value))
				out.push(
					`"${fact.text}" is not a price in the data (credits.json prices[].usd: ${c.prices.map((p) => p.usd).join(', ')})`,
				);
		} else {
			const rule = ALLOWED[fact.kind];
			if (!rule.allowed.includes(fact.value as number))
				out.push(
					`"${fact.text}": ${fact.value} is not in the data (${rule.where}: ${rule.allowed.join(', ') || 'none'})`,
				);
		}
	}
	return out;
}

describe('prose and data agree: numbers and dates', () => {
	it.each([
		['en', 'about 34 credits for each generation', /34 is not in the data/],
		['en', 'roughly 34-credit videos', /34 is not in the data/],
		['en', 'a 7-second clip', /7 is not in the data/],
		['en', 'for 2 years from signup', /2 is not in the data/],
		// Issue 17: spelled out, a duration the data does not have slipped past.
		['en', 'unlimited for six months from signup', /"6 months": 6 is not in the data/],
		['en', 'a two-year benefit', /"2-year": 2 is not in the data/],
		['en', 'it costs $30 a month', /"\$30" is not a price/],
		['en', 'joined on Dec 18, 2025', /date "Dec 18, 2025" is no signup boundary/],
		['en', 'joined on Mar 10, 2026, through Mar 10, 2027', /should be "Mar 9, 2027"/],
		['ko', '한 번 생성에 약 34크레딧', /34 is not in the data/],
		['ko', '영상 약 300개', /300 is not in the data/],
		['ko', '같은 크레딧으로 4회 정도', /4 is not in the data/],
		['ko', '7초짜리 영상', /7 is not in the data/],
		['ko', '충전일로부터 2개월', /"2개월": 2 is not in the data \(credits.json limits.topUpValidityMonths/],
		['ko', '가입일부터 2년간', /"2년": 2 is not in the data \(grants.json/],
		['ko', '월 30달러', /"30달러" is not a price/],
		['ko', '월 $30', /"\$30" is not a price/],
		['ko', '2025년 12월 18일 이후에 가입한 회원', /date "2025년 12월 18일" is no signup boundary/],
		['ko', '2026년 3월 10일에 가입했다면 2027년 3월 10일까지', /should be "2027년 3월 9일"/],
		['ko', '2025년 11월 21일~29일에 가입한 회원', /date "2025년 11월 29일" is no signup boundary/],
		['ko', '2025년 11월 21일~12월 18일에 가입한 회원', /date "2025년 12월 18일" is no signup boundary/],
	] as const)('catches (%s) "%s"', (locale, text, says) => {
		expect(numberProblems(text, locale).join('\n')).toMatch(says);
	});
	it.each([
		['en', 'about 33 credits for a 5-second video'],
		['en', 'for 1 year from signup'],
		['en', 'Plus ($29 a month)'],
		['en', 'joined on Mar 10, 2026, through Mar 9, 2027'],
		['ko', '5초 영상 하나에 약 33크레딧'],
		['ko', '영상 약 303개, 고성능 모델은 3회 정도'],
		['ko', '최대 15초'],
		['ko', '충전일로부터 1개월'],
		['ko', '가입일부터 1년간'],
		['ko', 'Plus 요금제(월 $29), 월 29달러'],
		['ko', '2026년 2월 25일 이후에 가입한 Premium / Max 회원'],
		['ko', '2026년 3월 10일에 가입했다면 2027년 3월 9일까지'],
		['ko', '2025년 11월 21일~30일에 가입한 회원'],
		['ko', 'Carat 1.0 Lite, 에이전트 2.0, LTX 2.3, Sora 2, Nanobanana 2, 1K 또는 2K'],
	] as const)('accepts (%s) "%s"', (locale, text) => {
		expect(numberProblems(text, locale)).toEqual([]);
	});

	it.each(byArticle)('%s: every number and date comes from the data', (_, article) => {
		const texts = [
			...article.prose,
			...article.tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: r.cells.join(' | ') }))),
		];
		expect(
			texts.flatMap(({ line, text }) =>
				numberProblems(text, article.locale).map((p) => `${article.file}:${line}: ${p}`),
			),
		).toEqual([]);
	});

	const stated = (articleId: string, pattern: RegExp) =>
		articles.find((a) => a.locale === 'en' && a.id === articleId)?.prose.some((p) => pattern.test(p.text)) ?? false;
	it.each([
		...c.costs.map((x) => [`${x.credits} credits`, x.source.article, new RegExp(`\\b${x.credits} credits`)] as const),
		...c.monthlyCredits.map(
			(m) =>
				[
					`about ${m.derived.generations} videos`,
					m.source.article,
					new RegExp(`about ${m.derived.generations} videos`),
				] as const,
		),
		...c.prices.map((p) => [`$${p.usd}`, p.source.article, new RegExp(`\\$${p.usd}\\b`)] as const),
		...c.generationsPerMonth.map(
			(g) =>
				[
					`around ${g.generations} generations`,
					g.source.article,
					new RegExp(`around ${g.generations} generations`),
				] as const,
		),
		[
			`${c.limits.maxVideoSeconds.value} seconds`,
			c.limits.maxVideoSeconds.source.article,
			new RegExp(`\\b${c.limits.maxVideoSeconds.value} seconds`),
		] as const,
		[
			`${c.limits.topUpValidityMonths.value} month`,
			c.limits.topUpValidityMonths.source.article,
			new RegExp(`\\b${c.limits.topUpValidityMonths.value} months? from the recharge`),
		] as const,
		...rules.data.plans.flatMap((p) =>
			Object.values(p.benefitsFrom ?? {}).map(
				(d) => [formatDate(d!), p.source!.article, new RegExp(formatDate(d!))] as const,
			),
		),
	])('the data value %s is stated in its source article %s', (_, article, pattern) => {
		expect(stated(article, pattern)).toBe(true);
	});
});
