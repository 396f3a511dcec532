import { describe, expect, it } from 'vitest';
import { readArticles, type Article } from './articles.ts';
import { formatDate, modelLabel, ruleData, statusLabel, whoText } from '../../src/rules/index.ts';
import { lastDayOfYears as lastDayOfYearsForTests } from '../../src/rules/dates.ts';

// The core promise: every table and number in the articles agrees with content/rules. Each failure names the
// article file, the line (row) and the field that disagrees.
const articles = readArticles();
const RULE_HEADER = ['Model', 'Who', 'Result'];
const TIER_HEADER = ['Model', 'Conversation credits'];
const modelNames = ruleData.models.map((m) => m.name);
const planNames = ruleData.plans.map((p) => p.name);
const namesModelOrPlan = (cell: string) =>
	modelNames.some((n) => cell.includes(n)) || planNames.some((n) => new RegExp(`(^|[^\\w])${n}([^\\w]|$)`).test(cell));

function ruleRowProblems(article: Article): string[] {
	const out: string[] = [];
	for (const table of article.tables.filter((t) => t.header.join('|') === RULE_HEADER.join('|')))
		for (const { line, cells } of table.rows) {
			const [model = '', who = '', result = ''] = cells;
			const at = `${article.file}:${line}`;
			const sameModel = ruleData.rules.filter((r) => modelLabel(r) === model);
			if (!sameModel.length) {
				out.push(`${at}: field "Model": "${model}" matches no rule (labels: ${[...new Set(ruleData.rules.map(modelLabel))].join('; ')})`);
				continue;
			}
			const rule = sameModel.find((r) => whoText(r) === who);
			if (!rule) {
				out.push(`${at}: field "Who" of ${model}: "${who}" matches no rule; the data says one of:\n    ${sameModel.map((r) => `${whoText(r)}  (${r.id})`).join('\n    ')}`);
				continue;
			}
			if (result !== statusLabel(rule.result)) out.push(`${at}: field "Result" of ${model} / ${who}: "${result}", but rule ${rule.id} says "${statusLabel(rule.result)}"`);
		}
	return out;
}

function tierRowProblems(article: Article): string[] {
	const out: string[] = [];
	for (const table of article.tables.filter((t) => t.header.join('|') === TIER_HEADER.join('|')))
		for (const { line, cells } of table.rows) {
			const model = ruleData.models.find((m) => m.name === cells[0]);
			const tier = ruleData.credits.conversationTiers.find((t) => t.model === model?.id);
			if (!tier) out.push(`${article.file}:${line}: field "Model": "${cells[0]}" has no conversation tier in content/rules/credits.json`);
			else if (cells[1]?.toLowerCase() !== tier.tier) out.push(`${article.file}:${line}: field "Conversation credits" of ${cells[0]}: "${cells[1]}", but the data says ${tier.tier}`);
		}
	return out;
}

describe('prose and data agree: tables', () => {
	it.each(articles.map((a) => [a.id || 'home', a] as const))('%s: every rule table row is a rule, in the formatter’s words', (_, article) => {
		expect(ruleRowProblems(article)).toEqual([]);
	});

	it.each(articles.map((a) => [a.id || 'home', a] as const))('%s: conversation tiers match the data', (_, article) => {
		expect(tierRowProblems(article)).toEqual([]);
	});

	it.each(articles.map((a) => [a.id || 'home', a] as const))('%s: no other table names a model or a plan', (_, article) => {
		const known = [RULE_HEADER.join('|'), TIER_HEADER.join('|')];
		const stray = article.tables
			.filter((t) => !known.includes(t.header.join('|')))
			.flatMap((t) => t.rows.filter((r) => r.cells.some(namesModelOrPlan)).map((r) => `${article.file}:${r.line}: "${r.cells.join(' | ')}" names a model or plan outside a Model | Who | Result table`));
		expect(stray).toEqual([]);
	});

	it.each(ruleData.rules.map((r) => [r.id, r] as const))('rule %s has its row in its source article', (id, rule) => {
		const article = articles.find((a) => a.id === rule.source.article);
		expect(article, `${id}: source article ${rule.source.article} does not exist`).toBeDefined();
		const rows = article!.tables.filter((t) => t.header.join('|') === RULE_HEADER.join('|')).flatMap((t) => t.rows);
		expect(
			rows.some((r) => r.cells[0] === modelLabel(rule) && r.cells[1] === whoText(rule)),
			`content/rules/benefits.json rule ${id} has no row "${modelLabel(rule)} | ${whoText(rule)}" in ${article!.file}`,
		).toBe(true);
	});
});

// Numbers in prose that come from the data: each must equal a data value, and each data value must be stated.
const c = ruleData.credits;
const dataDates = new Set([
	...ruleData.rules.flatMap((r) => [r.joined?.from, r.joined?.to]),
	...ruleData.plans.flatMap((p) => Object.values(p.benefitsFrom ?? {})),
].filter((d): d is string => !!d).map(formatDate));
const NUMBER_FACTS: { name: string; pattern: RegExp; allowed: number[]; where: string }[] = [
	{ name: 'credits per generation', pattern: /\b(\d[\d,]*) credits per (?:generation|video)/g, allowed: c.costs.map((x) => x.credits), where: 'credits.json costs[].credits' },
	{ name: 'videos a month', pattern: /about (\d+) videos/g, allowed: c.monthlyCredits.map((m) => m.derived.generations), where: 'credits.json monthlyCredits[].derived.generations' },
	{ name: 'price', pattern: /\$(\d+)/g, allowed: c.prices.map((p) => p.usd), where: 'credits.json prices[].usd' },
	{ name: 'video length', pattern: /(\d+) seconds/g, allowed: [c.limits.maxVideoSeconds.value], where: 'credits.json limits.maxVideoSeconds' },
	{ name: 'generation length', pattern: /(\d+)-second/g, allowed: c.costs.flatMap((x) => [...x.per.matchAll(/(\d+)-second/g)].map((m) => Number(m[1]))), where: 'credits.json costs[].per' },
	{ name: 'top-up validity', pattern: /(\d+) months? from the recharge/g, allowed: [c.limits.topUpValidityMonths.value], where: 'credits.json limits.topUpValidityMonths' },
	{ name: 'benefit duration', pattern: /(\d+) years? (?:from|counted from) (?:your )?signup/g, allowed: ruleData.rules.flatMap((r) => (r.lasts ? [r.lasts.years] : [])), where: 'benefits.json rules[].lasts.years' },
	{ name: 'generations a month', pattern: /around (\d+) generations/g, allowed: c.generationsPerMonth.map((g) => g.generations), where: 'credits.json generationsPerMonth[].generations' },
];
const DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (m: RegExpMatchArray) => `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;

function numberProblems(article: Article): string[] {
	const out: string[] = [];
	const texts = [...article.prose, ...article.tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: r.cells.join(' | ') })))];
	for (const { line, text } of texts) {
		for (const fact of NUMBER_FACTS)
			for (const m of text.matchAll(fact.pattern)) {
				const value = Number(m[1]!.replaceAll(',', ''));
				if (!fact.allowed.includes(value)) out.push(`${article.file}:${line}: ${fact.name} "${m[0]}" is not in the data (${fact.where}: ${fact.allowed.join(', ') || 'none'})`);
			}
		// A date is a signup boundary of the data, or the end of a worked example "joined on X … through Y".
		const example = /joined on (\w{3} \d{1,2}, \d{4}).*?through (\w{3} \d{1,2}, \d{4})/.exec(text);
		for (const m of text.matchAll(DATE)) {
			if (dataDates.has(m[0])) continue;
			if (example && m[0] === example[1]) continue;
			if (example && m[0] === example[2]) {
				const years = ruleData.rules.find((r) => r.lasts)?.lasts?.years ?? 0;
				const expected = formatDate(lastDayOfYearsForTests(iso([...example[1]!.matchAll(DATE)][0]!), years));
				if (m[0] !== expected) out.push(`${article.file}:${line}: example end date "${m[0]}" should be "${expected}" (${years} year from ${example[1]})`);
				continue;
			}
			out.push(`${article.file}:${line}: date "${m[0]}" is no signup boundary in content/rules (benefits.json rules[].joined, plans.json benefitsFrom)`);
		}
	}
	return out;
}

describe('prose and data agree: numbers and dates', () => {
	it.each(articles.map((a) => [a.id || 'home', a] as const))('%s: every number and date comes from the data', (_, article) => {
		expect(numberProblems(article)).toEqual([]);
	});

	const stated = (articleId: string, pattern: RegExp) =>
		articles.find((a) => a.id === articleId)?.prose.some((p) => pattern.test(p.text)) ?? false;
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
