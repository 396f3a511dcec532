import type { Article } from './mdx-articles.ts';
import type { RuleSet } from '../rules/engine/compile.ts';
import { monthlyCredits } from '../rules/engine/costs.ts';
import { formatDate } from '../rules/words/en.ts';
import { formatDateKo } from '../rules/words/ko.ts';
import { lastDayOfYears } from '../rules/schema/calendar.ts';
import { parseTableSpec, ruleTable } from '../rules/checks/tables.ts';
import type { TableLocale } from '../rules/words/table-words.ts';
import type { Source } from '../rules/schema/common.ts';
import { exampleOf, factsOf, type FactKind } from './facts.ts';

// The promise that the articles, English and Korean, say what content/rules says: every rule table is the table the
// data gives (npm run fix writes them), every number next to a unit and every date is a value of the data, and every
// published value is stated in its source article. One implementation for `npm run check` and `astro build`; each
// problem is one line, `file:line: what is wrong — what to do`.

/** Where the rows of each table view come from: the file an editor changes instead of the generated table. */
const DATA_OF: Record<string, string> = {
	unlimited: 'content/rules/grants.json',
	confirm: 'content/rules/grants.json',
	credits: 'content/rules/models.json (defaults) and content/rules/grants.json',
	conversation: 'content/rules/credits.json (conversationTiers)',
};
/** What to do about a generated table that differs from the data. */
const fix = (view: string) =>
	`the table is generated: to change it, change ${DATA_OF[view] ?? 'content/rules/'}; npm run fix then rewrites this page (a hand edit here is thrown away)`;

/** Rule tables that differ from the data: a marker's bad spec, a missing table, a changed header or row. */
export function tableProblems(rules: RuleSet, article: Article): string[] {
	const out: string[] = [];
	for (const marker of article.markers) {
		const at = `${article.file}:${marker.line}: rules-table ${marker.spec}`;
		const spec = parseTableSpec(marker.spec);
		if (typeof spec === 'string') {
			out.push(`${at}: ${spec} — fix the marker`);
			continue;
		}
		if (!marker.table) {
			out.push(`${at}: no table right after the marker — run npm run fix to write it`);
			continue;
		}
		const expected = ruleTable(rules, spec, article.locale);
		const actual = marker.table;
		if (actual.header.join(' | ') !== expected.header.join(' | '))
			out.push(
				`${at}: header "${actual.header.join(' | ')}", the data says "${expected.header.join(' | ')}" — ${fix(spec.view)}`,
			);
		const n = Math.max(actual.rows.length, expected.rows.length);
		for (let i = 0; i < n; i++) {
			const [got, want] = [actual.rows[i]?.cells.join(' | '), expected.rows[i]?.join(' | ')];
			if (got !== want)
				out.push(
					`${article.file}:${actual.rows[i]?.line ?? actual.line}: row ${i + 1} of "rules-table ${marker.spec}" is "${got ?? '(missing)'}", the data says "${want ?? '(no row)'}" — ${fix(spec.view)}`,
				);
		}
	}
	return out;
}

/** Table rows that name a model or a plan outside a rule table (a table typed by hand). */
export function strayTableProblems(rules: RuleSet, article: Article): string[] {
	const modelNames = rules.data.models.flatMap((m) => [m.name, ...(m.names?.ko ? [m.names.ko] : [])]);
	const planNames = rules.data.plans.map((p) => p.name);
	const namesModelOrPlan = (cell: string) =>
		modelNames.some((n) => cell.includes(n)) ||
		planNames.some((n) => new RegExp(`(^|[^\\w])${n}([^\\w]|$)`).test(cell));
	const marked = new Set(article.markers.map((m) => m.table));
	return article.tables
		.filter((t) => !marked.has(t))
		.flatMap((t) =>
			t.rows
				.filter((r) => r.cells.some(namesModelOrPlan))
				.map(
					(r) =>
						`${article.file}:${r.line}: "${r.cells.join(' | ')}" names a model or plan in a table typed by hand — replace the table with a rules-table marker and run npm run fix`,
				),
		);
}

/** Grants shown in no rule table, or not under the heading their `source` names (English articles). */
export function grantShownProblems(rules: RuleSet, articles: Article[]): string[] {
	const out: string[] = [];
	const shown = new Map<string, string[]>();
	for (const a of articles.filter((x) => x.locale === 'en'))
		for (const m of a.markers) {
			const spec = parseTableSpec(m.spec);
			if (typeof spec === 'string' || !m.table) continue;
			for (const id of ruleTable(rules, spec, 'en').grants)
				shown.set(id, [...(shown.get(id) ?? []), `${a.id}#${m.table.section}`]);
		}
	for (const g of rules.data.grants) {
		const where = shown.get(g.id) ?? [];
		const source = `${g.source.article}#${g.source.anchor}`;
		if (!where.length)
			out.push(
				`content/rules/grants.json: grant "${g.id}" is in no rule table — add a rules-table marker under ${source} (content/docs/en/${g.source.article}.mdx) and run npm run fix`,
			);
		else if (!where.includes(source))
			out.push(
				`content/rules/grants.json: grant "${g.id}": its source ${source} shows no table with it (it is shown at ${where.join(', ')}) — change its source or add a marker there`,
			);
	}
	return out;
}

type NumberKind = Exclude<FactKind, 'date' | 'usd'>;

/** The values a number of each kind may take, and where they come from (for the message). */
function allowedNumbers(rules: RuleSet): Record<NumberKind, { allowed: number[]; where: string }> {
	const c = rules.data.credits;
	const plusCredits = rules.data.plans
		.map((p) => monthlyCredits(rules, p.id)?.credits)
		.filter((n): n is number => n !== undefined);
	return {
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
}

const DATE_WORDS: Record<TableLocale, (iso: string) => string> = { en: formatDate, ko: formatDateKo };

/**
 * Problems with the numbers and dates of one text (a paragraph, a heading or a table row) written in `locale`: a
 * number next to a unit (credits, videos, seconds, months, years, `$`) that is no value of the data, a date that is no
 * signup boundary, a worked example whose end date is not the data's.
 */
export function numberProblems(rules: RuleSet, text: string, locale: TableLocale = 'en'): string[] {
	const out: string[] = [];
	const c = rules.data.credits;
	const allowed = allowedNumbers(rules);
	const dataDates = new Set(
		[
			...rules.data.grants.flatMap((g) => [g.joined?.from, g.joined?.through]),
			...rules.data.plans.flatMap((p) => Object.values(p.benefitsFrom ?? {})),
			// The days a promotion starts and ends (issue 17; the committed data has none today).
			...rules.data.grants.flatMap((g) => [g.offered ?? []].flat().flatMap((o) => [o.from, o.until])),
		].filter((d): d is string => !!d),
	);
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
			const rule = allowed[fact.kind];
			if (!rule.allowed.includes(fact.value as number))
				out.push(
					`"${fact.text}": ${fact.value} is not in the data (${rule.where}: ${rule.allowed.join(', ') || 'none'})`,
				);
		}
	}
	return out;
}

/** `numberProblems` of every paragraph, heading and table row of an article, each with its file and line. */
export function articleNumberProblems(rules: RuleSet, article: Article): string[] {
	const texts = [
		...article.prose,
		...article.tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: r.cells.join(' | ') }))),
	];
	return texts.flatMap(({ line, text }) =>
		numberProblems(rules, text, article.locale).map(
			(p) =>
				`${article.file}:${line}: ${p} — change the sentence to the data's figure (or the data, if the sentence is right)`,
		),
	);
}

/**
 * Each published value (costs, "about N videos", prices, "around N generations", limits, plan start days) with the
 * words its source section must state it in: `[what, source, pattern, the data's file and field]`.
 */
export function statedValues(rules: RuleSet): [string, Source, RegExp, string][] {
	const c = rules.data.credits;
	return [
		...c.costs.map(
			(x) =>
				[`${x.credits} credits`, x.source, new RegExp(`\\b${x.credits} credits`), `credits.json costs ${x.id}`] as [
					string,
					Source,
					RegExp,
					string,
				],
		),
		...c.monthlyCredits.map(
			(m) =>
				[
					`about ${m.derived.generations} videos`,
					m.source,
					new RegExp(`about ${m.derived.generations} videos`),
					`credits.json monthlyCredits ${m.plan}`,
				] as [string, Source, RegExp, string],
		),
		...c.prices.map(
			(p) =>
				[`$${p.usd}`, p.source, new RegExp(`\\$${p.usd}\\b`), `credits.json prices ${p.plan}`] as [
					string,
					Source,
					RegExp,
					string,
				],
		),
		...c.generationsPerMonth.map(
			(g) =>
				[
					`around ${g.generations} generations`,
					g.source,
					new RegExp(`around ${g.generations} generations`),
					`credits.json generationsPerMonth ${g.model}`,
				] as [string, Source, RegExp, string],
		),
		[
			`${c.limits.maxVideoSeconds.value} seconds`,
			c.limits.maxVideoSeconds.source,
			new RegExp(`\\b${c.limits.maxVideoSeconds.value} seconds`),
			'credits.json limits.maxVideoSeconds',
		],
		[
			`${c.limits.topUpValidityMonths.value} month`,
			c.limits.topUpValidityMonths.source,
			new RegExp(`\\b${c.limits.topUpValidityMonths.value} months? from the recharge`),
			'credits.json limits.topUpValidityMonths',
		],
		...rules.data.plans.flatMap((p) =>
			Object.values(p.benefitsFrom ?? {}).map(
				(d) =>
					[formatDate(d!), p.source!, new RegExp(formatDate(d!)), `plans.json ${p.id}.benefitsFrom`] as [
						string,
						Source,
						RegExp,
						string,
					],
			),
		),
	];
}

/** Published values their source article (English) never states. */
export function statedValueProblems(rules: RuleSet, articles: Article[]): string[] {
	return statedValues(rules).flatMap(([what, { article: articleId, anchor }, pattern, field]) => {
		const article = articles.find((a) => a.locale === 'en' && a.id === articleId);
		const line = article?.outline[article.headings.indexOf(anchor)]?.line ?? 1;
		return article?.prose.some((p) => pattern.test(p.text))
			? []
			: [
					`${article?.file ?? `content/docs/en/${articleId}.mdx`}:${line}: the data's "${what}" (${field}) is stated nowhere in its source article — state it under #${anchor} (a changed figure: in the sentence that gave the old one), and the same in content/docs/ko/${articleId}.mdx`,
				];
	});
}
