import { RULE_FILES, ruleDataOf, type RuleData, type RuleFileName } from '../schema/rule-data.ts';
import { modelNamings, nameKey, type ModelNaming } from '../engine/aliases.ts';
import { RuleDataError, at } from './parse-files.ts';
import { schemaCheck } from './schema-problems.ts';
import { cellsOf, decidingRules, overlapsOf, queryOf } from '../engine/analysis.ts';
import { decide, failedConditions } from '../engine/decide.ts';
import { probeDays } from '../engine/rule-index.ts';
import { durationWords, formatDate, queryModelLabel, planName, billingName, statusLabel } from '../words/en.ts';
import type { Source } from '../schema/common.ts';
import { type ResolvedQuery } from '../engine/rule-index.ts';
import { compileRules, type RuleSet } from '../engine/compile.ts';
import { FIRST_DAY, LAST_DAY, addDays, lastDayOf } from '../schema/calendar.ts';
import { defaultsOf, inPeriod, neverSupported, periodsOf, type Period } from '../schema/periods.ts';
import type { Grant } from '../schema/grant.ts';

export { RuleDataError, parseRuleFiles } from './parse-files.ts';
export { schemaCheck, describeIssue } from './schema-problems.ts';

/**
 * The heading anchors of an article by its id (`troubleshooting/usage-plan/x`), or `undefined` when it does not exist.
 */
export type ArticleHeadings = (article: string) => string[] | undefined;

/**
 * Validates the five rule data files (parsed JSON, by file name) and returns them compiled, as one `RuleSet`: each file
 * against its zod schema, then every id against the files that define it, every signup window, then the whole
 * input space (no two grants cover a same query, every grant decides something), then, when `headings` is given,
 * every `source` against the articles. Throws `RuleDataError` naming each file, field or grant ids (with an example
 * query for overlaps); returns nothing half-checked.
 */
export function validateRuleData(files: Record<RuleFileName, unknown>, headings?: ArticleHeadings): RuleSet {
	const problems: string[] = [];
	const parsed: Partial<Record<RuleFileName, unknown>> = {};
	for (const [file, schema] of Object.entries(RULE_FILES) as [RuleFileName, (typeof RULE_FILES)[RuleFileName]][]) {
		const result = schemaCheck(at(file), schema, files[file]);
		if (result.problems.length) problems.push(...result.problems);
		else parsed[file] = result.data;
	}
	if (problems.length) throw new RuleDataError(problems);
	// Every file parsed (no problem was found), so each holds its schema's output.
	const data = ruleDataOf(parsed as Parameters<typeof ruleDataOf>[0]);
	problems.push(...idProblems(data));
	if (problems.length) throw new RuleDataError(problems);
	const rules = compileRules(data);
	problems.push(...spaceProblems(rules));
	if (headings) problems.push(...sourceProblems(data, headings));
	if (problems.length) throw new RuleDataError(problems);
	return rules;
}

const duplicates = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
const unknown = (what: string, id: string, file: RuleFileName) =>
	`unknown ${what} id "${id}" (${at(file)} has no such ${what})`;

function idProblems(data: RuleData): string[] {
	const out: string[] = [];
	const P = at('plans.json'),
		M = at('models.json'),
		G = at('grants.json'),
		C = at('credits.json'),
		N = at('notes.json');
	const plans = new Set<string>(data.plans.map((p) => p.id));
	const billing = new Set<string>(data.billing.map((b) => b.id));
	const models = new Map<string, RuleData['models'][number]>(data.models.map((m) => [m.id, m]));
	const options = Object.fromEntries(
		Object.entries(data.options).map(([f, list]) => [f, new Set<string>(list.map((o) => o.id))]),
	);
	for (const id of duplicates(data.plans.map((p) => p.id))) out.push(`${P}: plans: id "${id}" appears twice`);
	for (const id of duplicates(data.billing.map((b) => b.id))) out.push(`${P}: billing: id "${id}" appears twice`);
	data.plans.forEach((plan, i) => {
		const where = `${P}: plans[${i}] (${plan.id})`;
		if (plan.sameBenefitsAs && !plans.has(plan.sameBenefitsAs))
			out.push(`${where}.sameBenefitsAs: ${unknown('plan', plan.sameBenefitsAs, 'plans.json')}`);
		let seen = [plan.id as string];
		for (let p = plan.sameBenefitsAs as string | undefined; p; p = data.plans.find((x) => x.id === p)?.sameBenefitsAs) {
			if (seen.includes(p)) {
				out.push(`${where}.sameBenefitsAs: plans inherit from each other in a circle (${[...seen, p].join(' → ')})`);
				break;
			}
			seen = [...seen, p];
		}
		for (const b of Object.keys(plan.benefitsFrom ?? {}))
			if (!billing.has(b)) out.push(`${where}.benefitsFrom: ${unknown('billing cycle', b, 'plans.json')}`);
		if ((plan.sameBenefitsAs || plan.benefitsFrom) && !(plan.basis && plan.source && plan.checked))
			out.push(`${where}: a plan with sameBenefitsAs or benefitsFrom needs basis, source and checked`);
	});
	for (const id of duplicates(data.models.map((m) => m.id))) out.push(`${M}: models: id "${id}" appears twice`);
	const named = new Map<string, ModelNaming>();
	for (const n of modelNamings(data)) {
		const other = named.get(nameKey(n.text));
		if (other && other.model !== n.model)
			out.push(
				`${M}: model "${n.model}": ${n.kind} "${n.text}" also names model "${other.model}" ("${other.text}"); a name customers type must lead to one model`,
			);
		else if (!other) named.set(nameKey(n.text), n);
	}
	for (const [field, list] of Object.entries(data.options))
		for (const id of duplicates(list.map((o) => o.id))) out.push(`${M}: options.${field}: id "${id}" appears twice`);
	data.models.forEach((model, i) => {
		for (const [field, ids] of Object.entries(model.options ?? {}))
			for (const id of ids)
				if (!options[field]!.has(id))
					out.push(
						`${M}: models[${i}] (${model.id}).options.${field}: ${unknown(field, id, 'models.json')} (add it to options.${field})`,
					);
	});
	for (const id of duplicates(data.grants.map((g) => g.id))) out.push(`${G}: grants: id "${id}" appears twice`);
	data.grants.forEach((grant, i) => {
		const where = `${G}: grant "${grant.id}" (grants[${i}])`;
		const model = models.get(grant.model);
		if (!model) out.push(`${where}.model: ${unknown('model', grant.model, 'models.json')}`);
		else if (neverSupported(model))
			out.push(
				`${where}.model: "${grant.model}" is not available yet (its default is "unsupported"), so no grant can cover it`,
			);
		for (const p of grant.plans) if (!plans.has(p)) out.push(`${where}.plans: ${unknown('plan', p, 'plans.json')}`);
		for (const b of grant.billing ?? [])
			if (!billing.has(b)) out.push(`${where}.billing: ${unknown('billing cycle', b, 'plans.json')}`);
		for (const [field, ids] of Object.entries(grant.options ?? {}))
			for (const id of ids)
				if (model && !(model.options?.[field as 'method'] as string[] | undefined)?.includes(id))
					out.push(
						`${where}.options.${field}: ${model.name} has no ${field} "${id}" (models.json lists ${(model.options?.[field as 'method'] ?? []).join(', ') || 'none'})`,
					);
		const { from, through } = grant.joined ?? {};
		if (from && through && from > through)
			out.push(`${where}.joined: the window runs backwards: from ${from} is after through ${through}`);
		if (grant.lasts && grant.result !== 'unlimited') out.push(`${where}.lasts: only an unlimited grant can last`);
		if (grant.lasts && !from)
			out.push(`${where}.lasts: a lasting grant needs joined.from (the benefit counts from the signup date)`);
		const lastSignup = through ?? from;
		if (grant.lasts && lastSignup && lastDayOf(lastSignup, grant.lasts) > LAST_DAY)
			out.push(
				`${where}.lasts${Object.keys(grant.lasts).join() === 'years' ? '.years' : ''}: ${durationWords(grant.lasts)} from a signup on ${lastSignup} last past ${LAST_DAY}, the last day the site's calendar knows`,
			);
		out.push(...periodProblems(`${where}.offered`, periodsOf(grant.offered), 'the offer'));
	});
	data.models.forEach((model, i) => {
		const where = `${M}: models[${i}] (${model.id}).default`;
		const list = defaultsOf(model);
		if (list.length === 1) {
			if (list[0]!.offered)
				out.push(
					`${where}.offered: a model's only default holds on every day; to change it on a day, list its defaults, each with its offered days`,
				);
			return;
		}
		const periods = list.map((d) => d.offered ?? {});
		const problems = periodProblems(where, periods, 'a default');
		out.push(...problems);
		if (!problems.length) {
			const gap = firstGap(periods);
			if (gap)
				out.push(
					`${where}: no default holds on ${gap} (${formatDate(gap)}): the offered days of the dated defaults must follow each other from ${FIRST_DAY} to ${LAST_DAY} (the first without from, the last without until)`,
				);
		}
	});
	const checkModel = (where: string, id: string) => {
		if (!models.has(id)) out.push(`${where}: ${unknown('model', id, 'models.json')}`);
	};
	const checkPlans = (where: string, ids: readonly string[]) =>
		ids.forEach((id) => {
			if (!plans.has(id)) out.push(`${where}: ${unknown('plan', id, 'plans.json')}`);
		});
	data.credits.costs.forEach((c, i) => {
		checkModel(`${C}: costs[${i}] (${c.id}).model`, c.model);
		checkPlans(`${C}: costs[${i}] (${c.id}).plans`, c.plans ?? []);
		for (const m of c.methods ?? [])
			if (!options.method!.has(m))
				out.push(`${C}: costs[${i}] (${c.id}).methods: ${unknown('method', m, 'models.json')}`);
	});
	data.credits.monthlyCredits.forEach((mc, i) => {
		checkPlans(`${C}: monthlyCredits[${i}].plan`, [mc.plan]);
		if (!data.credits.costs.some((c) => c.model === mc.derived.model && (!c.plans || c.plans.includes(mc.plan))))
			out.push(`${C}: monthlyCredits[${i}].derived.model: no published cost of "${mc.derived.model}" on ${mc.plan}`);
	});
	data.credits.generationsPerMonth.forEach((g, i) => {
		checkModel(`${C}: generationsPerMonth[${i}].model`, g.model);
		checkPlans(`${C}: generationsPerMonth[${i}].plan`, [g.plan]);
	});
	data.credits.prices.forEach((p, i) => {
		checkPlans(`${C}: prices[${i}].plan`, [p.plan]);
		if (!billing.has(p.billing))
			out.push(`${C}: prices[${i}].billing: ${unknown('billing cycle', p.billing, 'plans.json')}`);
	});
	data.credits.conversationTiers.forEach((t, i) => checkModel(`${C}: conversationTiers[${i}].model`, t.model));
	data.notes.forEach((n, i) => {
		for (const m of n.when.models ?? []) checkModel(`${N}: notes[${i}] (${n.id}).when.models`, m);
		for (const a of n.when.agents ?? [])
			if (!options.agent!.has(a))
				out.push(`${N}: notes[${i}] (${n.id}).when.agents: ${unknown('agent', a, 'models.json')}`);
		for (const m of n.when.methods ?? [])
			if (!options.method!.has(m))
				out.push(`${N}: notes[${i}] (${n.id}).when.methods: ${unknown('method', m, 'models.json')}`);
		const followed = n.conflict?.values.find((v) => v.followed)?.value;
		for (const [lang, text] of [
			['text', n.text],
			['texts.ko', n.texts?.ko],
		] as const)
			if (followed && text !== undefined && !text.includes(followed))
				out.push(
					`${N}: notes[${i}] (${n.id}).${lang}: the conflict's followed value "${followed}" must appear in the note's text`,
				);
	});
	return out;
}

const day = (iso: string) => `${iso} (${formatDate(iso)})`;

/**
 * Problems of a list of periods (a grant's offers, a model's dated defaults): one that ends before it starts, two that
 * share a day (named with the first shared day).
 */
function periodProblems(where: string, periods: readonly Period[], what: string): string[] {
	const out: string[] = [];
	const at = (i: number) => (periods.length > 1 ? `[${i}]` : '');
	periods.forEach((p, i) => {
		if (p.from && p.until && p.from > p.until)
			out.push(`${where}${at(i)}: ${what} ends before it starts: until ${day(p.until)} is before from ${day(p.from)}`);
	});
	if (out.length) return out;
	periods.forEach((a, i) =>
		periods.slice(i + 1).forEach((b, k) => {
			const first = [a.from ?? FIRST_DAY, b.from ?? FIRST_DAY].sort()[1]!;
			if (inPeriod(a, first) && inPeriod(b, first))
				out.push(`${where}: periods [${i}] and [${i + k + 1}] overlap: both hold on ${day(first)}`);
		}),
	);
	return out;
}

/** The first day from FIRST_DAY to LAST_DAY that none of `periods` (which share no day) holds on, if any. */
function firstGap(periods: readonly Period[]): string | undefined {
	const sorted = [...periods].sort((a, b) => ((a.from ?? FIRST_DAY) < (b.from ?? FIRST_DAY) ? -1 : 1));
	let next = FIRST_DAY;
	for (const p of sorted) {
		if ((p.from ?? FIRST_DAY) > next) return next;
		if (!p.until || p.until >= LAST_DAY) return undefined;
		next = addDays(p.until, 1);
	}
	return next;
}

/**
 * An example query in words, on its day: `Premium, annual, joined 2026-06-01 (Jun 1, 2026), Nanobanana 2, 1K, as of
 * 2026-06-01 (Jun 1, 2026)`.
 */
function exampleWords(rules: RuleSet, q: ResolvedQuery): string {
	return `${planName(rules, q.plan)}, ${billingName(rules, q.billing).toLowerCase()}, joined ${day(q.joined)}, ${queryModelLabel(rules, q)}, as of ${day(q.asOf)}`;
}

function spaceProblems(rules: RuleSet): string[] {
	const G = at('grants.json');
	const out = overlapsOf(rules).map(
		({ grants: [a, b], example }) =>
			`${G}: grants "${a.id}" and "${b.id}" overlap (${statusLabel(a.result)} / ${statusLabel(b.result)}): both cover ${exampleWords(rules, example)}. Narrow one of them so that exactly one grant covers each query.`,
	);
	if (out.length) return out;
	const deciding = decidingRules(rules);
	for (const g of rules.data.grants)
		if (!deciding.has(g.id))
			out.push(
				`${G}: grant "${g.id}" never decides anything, on any day: ${deadExample(rules, g)}. Widen it or remove it.`,
			);
	return out;
}

/**
 * Why a grant decides nothing, on an example day: another rule decides a query it matches, or its offer ends before
 * its first signup day, or it matches no query at all.
 */
function deadExample(rules: RuleSet, g: Grant): string {
	const periods = periodsOf(g.offered);
	const lastOffered = periods.every((p) => p.until)
		? periods
				.map((p) => p.until!)
				.sort()
				.at(-1)
		: undefined;
	if (lastOffered && g.joined?.from && lastOffered < g.joined.from)
		return `its offer ends on ${day(lastOffered)}, before its first signup day ${day(g.joined.from)}, so on ${day(lastOffered)} and every other offered day no member it covers has joined yet`;
	const cells = cellsOf(rules).filter((c) => c.model === g.model);
	const days = probeDays(rules, rules.breaks);
	for (const cell of cells)
		for (const [joined, asOf] of days) {
			const q = queryOf(cell, joined, asOf);
			if (failedConditions(rules, g, q).length === 0) {
				const rule = decide(rules, q).rule;
				const by =
					rule === 'plan-start'
						? "the plan's benefitsFrom date (plans.json), which comes first"
						: `${rule === 'default' ? "the model's default" : `grant "${rule}"`}, which comes first`;
				return `e.g. ${exampleWords(rules, q)} is decided by ${by}`;
			}
		}
	const first = periods[0]?.from ?? g.joined?.from ?? FIRST_DAY;
	return `no query matches all its conditions on a same day, e.g. on ${day(first)}`;
}

function sourceProblems(data: RuleData, headings: ArticleHeadings): string[] {
	const out: string[] = [];
	const check = (where: string, source: Source | undefined) => {
		if (!source) return;
		const anchors = headings(source.article);
		if (!anchors)
			out.push(
				`${where}.source: article "${source.article}" does not exist (no content/docs/en/${source.article}.mdx)`,
			);
		else if (!anchors.includes(source.anchor))
			out.push(
				`${where}.source: content/docs/en/${source.article}.mdx has no heading #${source.anchor} (its headings: ${anchors.join(', ')})`,
			);
	};
	data.plans.forEach((p, i) => check(`${at('plans.json')}: plans[${i}] (${p.id})`, p.source));
	data.models.forEach((m, i) => {
		const list = defaultsOf(m);
		list.forEach((d, k) =>
			check(`${at('models.json')}: models[${i}] (${m.id}).default${list.length > 1 ? `[${k}]` : ''}`, d.source),
		);
	});
	data.grants.forEach((g, i) => check(`${at('grants.json')}: grant "${g.id}" (grants[${i}])`, g.source));
	data.notes.forEach((n, i) => {
		check(`${at('notes.json')}: notes[${i}] (${n.id})`, n.source);
		n.conflict?.values.forEach((v, j) =>
			check(`${at('notes.json')}: notes[${i}] (${n.id}).conflict.values[${j}]`, v.source),
		);
	});
	const c = data.credits;
	c.costs.forEach((x, i) => check(`${at('credits.json')}: costs[${i}]`, x.source));
	c.monthlyCredits.forEach((x, i) => check(`${at('credits.json')}: monthlyCredits[${i}]`, x.source));
	c.generationsPerMonth.forEach((x, i) => check(`${at('credits.json')}: generationsPerMonth[${i}]`, x.source));
	c.prices.forEach((x, i) => check(`${at('credits.json')}: prices[${i}]`, x.source));
	c.conversationTiers.forEach((x, i) => check(`${at('credits.json')}: conversationTiers[${i}]`, x.source));
	check(`${at('credits.json')}: limits.maxVideoSeconds`, c.limits.maxVideoSeconds.source);
	check(`${at('credits.json')}: limits.topUpValidityMonths`, c.limits.topUpValidityMonths.source);
	return out;
}
