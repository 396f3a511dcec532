import type { $ZodIssue } from 'zod/v4/core';
import { RULE_FILES, ruleDataOf, type RuleData, type RuleFileName } from '../schema/rule-data.ts';
import { modelNamings, nameKey, type ModelNaming } from '../engine/aliases.ts';
import { RuleDataError, at } from './parse-files.ts';
import { overlapsOf, rangesOf } from '../engine/analysis.ts';
import { formatDate, queryModelLabel, planName, billingName, statusLabel } from '../words/en.ts';
import type { Source } from '../schema/common.ts';
import { type ResolvedQuery } from '../engine/rule-index.ts';
import { compileRules, type RuleSet } from '../engine/compile.ts';
import { LAST_DAY, lastDayOfYears } from '../schema/calendar.ts';

export { RuleDataError, parseRuleFiles } from './parse-files.ts';

/**
 * A zod issue in words, from its code and the value it is about: zod/mini ships no English messages (its default is
 * "Invalid input"). E.g. `"free" is not one of "unlimited", "credits", "confirm", "unsupported"`.
 */
export function describeIssue(issue: $ZodIssue, input: unknown): string {
	const got = JSON.stringify(input);
	// Bounds are worded here even where zod's English locale is loaded (the build's), so both say the same.
	if (issue.code === 'too_big' && issue.origin === 'number')
		return `${got} is too big (maximum ${String(issue.maximum)})`;
	if (issue.code === 'too_small' && issue.origin === 'number')
		return `${got} is too small (minimum ${String(issue.minimum)})`;
	if (issue.message !== 'Invalid input') return issue.message;
	switch (issue.code) {
		case 'unrecognized_keys':
			return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_value':
			return `${got} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'invalid_type':
			return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${got}`;
		case 'too_small':
			return `${got} is too small (minimum ${String(issue.minimum)})`;
		case 'too_big':
			return `${got} is too big (maximum ${String(issue.maximum)})`;
		default:
			return `${issue.code} (${got})`;
	}
}
const valueAt = (value: unknown, path: PropertyKey[]) =>
	path.reduce<unknown>(
		(v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
		value,
	);
const pathOf = (path: PropertyKey[]) =>
	path
		.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
		.join('')
		.replace(/^\./, '');
/**
 * A field of a rule file as the messages name it, with the id of the list item it is in when it has one: a grant's id
 * first (`grant "z-image" (grants[3]).lasts.years`), other items' after the index (`costs[0] (carat-video).credits`);
 * else the path (`limits.maxVideoSeconds.value`).
 */
function fieldOf(file: unknown, path: PropertyKey[]): string {
	const [list, index, ...rest] = path;
	const id = typeof list === 'string' && typeof index === 'number' ? valueAt(file, [list, index, 'id']) : undefined;
	if (typeof id !== 'string' || typeof list !== 'string' || typeof index !== 'number') return pathOf(path) || '(root)';
	const field = pathOf(rest).replace(/^(?=[^[])/, '.');
	// The forms the other checks use: `grant "id" (grants[3])`, `models[0] (nanobanana)`.
	return list === 'grants'
		? `grant ${JSON.stringify(id)} (grants[${index}])${field}`
		: `${list}[${index}] (${id})${field}`;
}

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
		const result = schema.safeParse(files[file]);
		if (result.success) parsed[file] = result.data;
		else
			for (const issue of result.error.issues)
				problems.push(
					`${at(file)}: ${fieldOf(files[file], issue.path)}: ${describeIssue(issue, valueAt(files[file], issue.path))}`,
				);
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
		else if (model.default.result === 'unsupported')
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
		if (grant.lasts && lastSignup && lastDayOfYears(lastSignup, grant.lasts.years) > LAST_DAY)
			out.push(
				`${where}.lasts.years: ${grant.lasts.years} years from a signup on ${lastSignup} last past ${LAST_DAY}, the last day the site's calendar knows`,
			);
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

/** An example query in words: `Premium, annual, joined 2026-06-01, Nanobanana 2, 1K`. */
function exampleWords(rules: RuleSet, q: ResolvedQuery): string {
	return `${planName(rules, q.plan)}, ${billingName(rules, q.billing).toLowerCase()}, joined ${q.joined} (${formatDate(q.joined)}), ${queryModelLabel(rules, q)}`;
}

function spaceProblems(rules: RuleSet): string[] {
	const G = at('grants.json');
	const out = overlapsOf(rules).map(
		({ grants: [a, b], example }) =>
			`${G}: grants "${a.id}" and "${b.id}" overlap (${statusLabel(a.result)} / ${statusLabel(b.result)}): both cover ${exampleWords(rules, example)}. Narrow one of them so that exactly one grant covers each query.`,
	);
	if (out.length) return out;
	const deciding = new Set(rangesOf(rules).flatMap((c) => c.ranges.map((r) => r.rule)));
	for (const g of rules.data.grants)
		if (!deciding.has(g.id))
			out.push(
				`${G}: grant "${g.id}" never decides anything: every query it matches is covered by a grant its plan names itself, or comes before the plan's benefitsFrom date (plans.json). Widen it or remove it.`,
			);
	return out;
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
	data.models.forEach((m, i) => check(`${at('models.json')}: models[${i}] (${m.id}).default`, m.default.source));
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
