import type { $ZodIssue } from 'zod/v4/core';
import { RULE_FILES, type RuleData } from './schemas/rule-data.ts';
import { MODEL_IDS } from './vocabulary.ts';

/** Thrown when rule data is malformed; `problems` lists each as `<file>: <field path>: <what is wrong>`. */
export class RuleDataError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`Invalid rule data:\n  ${problems.join('\n  ')}`);
		this.name = 'RuleDataError';
		this.problems = problems;
	}
}

type RuleFiles = { [K in keyof typeof RULE_FILES]: unknown };

// zod/mini ships no English messages (its default is "Invalid input"), so issues are worded here from their code.
function describe(issue: $ZodIssue, input: unknown): string {
	if (issue.message !== 'Invalid input') return issue.message;
	const got = JSON.stringify(input);
	switch (issue.code) {
		case 'unrecognized_keys': return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_value': return `${got} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'invalid_type': return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${got}`;
		case 'too_small': return `${got} is too small (minimum ${String(issue.minimum)})`;
		case 'too_big': return `${got} is too big (maximum ${String(issue.maximum)})`;
		case 'invalid_format': return `${got} does not match ${issue.format}`;
		default: return `${issue.code} (${got})`;
	}
}

function at(value: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
}

function path(issue: $ZodIssue): string {
	return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * Validates the five rule data files (each against its zod schema, then against each other) and returns them as one
 * `RuleData`. Throws `RuleDataError` naming every file and field that is wrong; returns nothing half-checked.
 */
export function validateRuleData(files: RuleFiles): RuleData {
	const problems: string[] = [];
	const parsed: Record<string, any> = {};
	for (const [file, schema] of Object.entries(RULE_FILES)) {
		const result = schema.safeParse(files[file as keyof RuleFiles]);
		if (result.success) parsed[file] = result.data;
		else
			for (const issue of result.error.issues)
				problems.push(`${file}: ${path(issue) || '(root)'}: ${describe(issue, at(files[file as keyof RuleFiles], issue.path))}`);
	}
	if (problems.length) throw new RuleDataError(problems);

	const data: RuleData = {
		plans: parsed['content/rules/plans.json'].plans,
		models: parsed['content/rules/models.json'].models,
		rules: parsed['content/rules/benefits.json'].rules,
		credits: parsed['content/rules/credits.json'],
		notes: parsed['content/rules/notes.json'].notes,
	};
	problems.push(...crossCheck(data));
	if (problems.length) throw new RuleDataError(problems);
	return data;
}

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function crossCheck(data: RuleData): string[] {
	const out: string[] = [];
	const P = 'content/rules/plans.json', M = 'content/rules/models.json', B = 'content/rules/benefits.json';
	const C = 'content/rules/credits.json';
	for (const id of duplicates(data.plans.map((p) => p.id))) out.push(`${P}: plans: id "${id}" appears twice`);
	data.plans.forEach((plan, i) => {
		if ((plan.sameBenefitsAs || plan.benefitsFrom) && !(plan.source && plan.checked))
			out.push(`${P}: plans[${i}].source: plan "${plan.id}" states a benefit condition, so it needs source and checked`);
	});
	for (const id of duplicates(data.models.map((m) => m.id))) out.push(`${M}: models: id "${id}" appears twice`);
	for (const id of MODEL_IDS)
		if (!data.models.some((m) => m.id === id)) out.push(`${M}: models: no entry for model id "${id}"`);
	data.models.forEach((model, i) => {
		if (model.available === false && !(model.source && model.checked))
			out.push(`${M}: models[${i}].source: unavailable model "${model.id}" needs source and checked`);
	});
	for (const id of duplicates(data.rules.map((r) => r.id))) out.push(`${B}: rules: id "${id}" appears twice`);
	data.rules.forEach((rule, i) => {
		const at = `${B}: rules[${i}] (${rule.id})`;
		const model = data.models.find((m) => m.id === rule.model)!;
		if (model.available === false) out.push(`${at}.model: "${rule.model}" is not available, so it takes no benefit rule`);
		for (const r of rule.resolutions ?? [])
			if (!model.resolutions?.includes(r)) out.push(`${at}.resolutions: "${model.id}" has no resolution ${r}`);
		for (const m of rule.methods ?? [])
			if (!model.methods?.includes(m)) out.push(`${at}.methods: "${model.id}" has no method ${m}`);
		if ((rule.joined?.unpublished === true) !== (rule.result === 'confirm'))
			out.push(`${at}.joined.unpublished: a rule is "confirm" exactly when its signup dates are unpublished`);
		if (rule.joined?.from && rule.joined.to && rule.joined.from > rule.joined.to)
			out.push(`${at}.joined: from ${rule.joined.from} is after to ${rule.joined.to}`);
		if (rule.lasts && rule.result !== 'unlimited') out.push(`${at}.lasts: only an unlimited rule can last`);
		if (rule.lasts && !rule.joined?.from) out.push(`${at}.lasts: a lasting benefit needs a signup window start`);
	});
	data.credits.monthlyCredits.forEach((mc, i) => {
		if (!data.credits.costs.some((c) => c.model === mc.derived.model && c.plans.includes(mc.plan)))
			out.push(`${C}: monthlyCredits[${i}].derived.model: no published cost of "${mc.derived.model}" on ${mc.plan}`);
	});
	return out;
}
