import { ruleData } from './data.ts';
import { lastDayOfYears, todayUtc, formatDate } from './dates.ts';
import { compileDecisionTable, matchingRules, type DecisionRule, type ResolvedQuery } from './decision-table.ts';
import { EligibilityQuery, type EligibilityQueryInput } from './schemas/query.ts';
import { publishedCost, type PublishedCost } from './costs.ts';
import { sourceHref } from './links.ts';
import type { Status } from './schemas/note.ts';
import type { RuleData } from './schemas/rule-data.ts';

/** One condition checked for a verdict: what was required, what the query had, and whether it passed. */
export interface Reason {
	/** Id of the rule the condition belongs to. */
	rule: string;
	/** `true` for the rule that decided the verdict; `false` for an unlimited rule that did not match ("why not"). */
	decisive: boolean;
	/** The query field read: `model`, `plan`, `billing`, `joined`, `resolution`, `method` or `asOf`. */
	field: string;
	/** What is required, in words. */
	required: string;
	/** What the query had, in words. */
	actual: string;
	passed: boolean;
	/** Link to the article section the rule comes from, e.g. `/docs/en/troubleshooting/…/#unlimited-image-models`. */
	href: string;
}

/** A caveat that applies to the verdict, with a link to where the help center says it. */
export interface VerdictNote {
	id: string;
	text: string;
	href: string;
}

/** The answer to an eligibility query. */
export interface Verdict {
	/** `unlimited`: no credits; `credits`: uses credits; `confirm`: check My Credits; `unsupported`: not available yet. */
	status: Status;
	/** Id of the one rule that decided the verdict. */
	rule: string;
	/** The last day the benefit covers (`YYYY-MM-DD`), when an unlimited benefit has an end. */
	unlimitedUntil?: string;
	/** Every condition checked: the deciding rule's, then the failed ones of the model's unlimited rules. */
	reasons: Reason[];
	/** Caveats that apply (agent version, conversation credits, low credits…). */
	notes: VerdictNote[];
	/** Published cost per generation, when the verdict uses credits and a cost is published for the plan. */
	creditsPerGeneration?: PublishedCost;
	/** The query with its defaults filled in. */
	query: ResolvedQuery;
}

const table = compileDecisionTable(ruleData);

/** Fills in defaults: resolution and method only for models that have them (first listed), `asOf` today (UTC). */
export function resolveQuery(q: EligibilityQuery, data: RuleData = ruleData): ResolvedQuery {
	const model = data.models.find((m) => m.id === q.model)!;
	const resolved: ResolvedQuery = { plan: q.plan, billing: q.billing, joined: q.joined, model: q.model, asOf: q.asOf ?? todayUtc() };
	if (model.resolutions) resolved.resolution = q.resolution ?? model.resolutions[0];
	if (model.methods) resolved.method = q.method ?? model.methods[0];
	if (q.agent) resolved.agent = q.agent;
	return resolved;
}

function reasonsOf(rule: DecisionRule, q: ResolvedQuery, decisive: boolean): Reason[] {
	return rule.conditions
		.filter((c) => !c.appliesTo || c.appliesTo(q))
		.map((c) => ({ rule: rule.id, decisive, field: c.field, required: c.required, actual: c.actual(q), passed: c.test(q), href: sourceHref(rule.source) }))
		.filter((r) => decisive || !r.passed);
}

/**
 * Decides a resolved query with the compiled decision table. Throws an `Error` naming the query when zero or
 * several rules match: that is a data bug, never silently answered with a default.
 */
export function evaluate(q: ResolvedQuery, decisionTable = table, data: RuleData = ruleData): Verdict {
	const matches = matchingRules(decisionTable, q);
	if (matches.length !== 1)
		throw new Error(`rules: ${matches.length} rules decide ${JSON.stringify(q)}${matches.length ? `: ${matches.map((r) => r.id).join(', ')}` : ''}`);
	const rule = matches[0]!;
	const reasons = reasonsOf(rule, q, true);
	let status: Status = rule.result;
	let unlimitedUntil: string | undefined;
	const lasts = rule.benefit?.lasts;
	if (lasts) {
		const until = lastDayOfYears(q.joined, lasts.years);
		const passed = q.asOf <= until;
		reasons.push({
			rule: rule.id, decisive: true, field: 'asOf', passed, href: sourceHref(rule.source),
			required: `Asked within ${lasts.years} year${lasts.years > 1 ? 's' : ''} of signup: on or before ${formatDate(until)}`,
			actual: passed ? `as of ${formatDate(q.asOf)}` : `as of ${formatDate(q.asOf)}: the benefit ended on ${formatDate(until)}`,
		});
		if (passed) unlimitedUntil = until;
		else status = 'credits';
	}
	if (status !== 'unlimited')
		for (const other of decisionTable.get(q.model)!)
			if (other !== rule && other.result === 'unlimited') reasons.push(...reasonsOf(other, q, false));

	const model = data.models.find((m) => m.id === q.model)!;
	const notes = data.notes
		.filter(({ when }) =>
			(!when.models || when.models.includes(q.model)) &&
			(!when.kinds || when.kinds.includes(model.kind)) &&
			(!when.agents || (q.agent !== undefined && when.agents.includes(q.agent))) &&
			(!when.statuses || when.statuses.includes(status)))
		.map((n) => ({ id: n.id, text: n.text, href: sourceHref(n.source) }));

	const verdict: Verdict = { status, rule: rule.id, reasons, notes, query: q };
	if (unlimitedUntil) verdict.unlimitedUntil = unlimitedUntil;
	if (status === 'credits') {
		const cost = publishedCost(q.model, q.plan, q.method, data);
		if (cost) verdict.creditsPerGeneration = cost;
	}
	return verdict;
}

/**
 * Is this model unlimited for this customer? Validates `query` with the `EligibilityQuery` zod schema, fills in
 * defaults, and applies the rules of the unlimited-benefit-scope and promotion articles.
 *
 * @param query `{ plan, billing, joined: 'YYYY-MM-DD', model, resolution?, method?, agent?, asOf?: 'YYYY-MM-DD' }`
 * @returns the `Verdict`: status, `unlimitedUntil`, reasons with links, notes, published credits per generation.
 * @throws `$ZodError` (zod's ZodError) whose message names the field, for an unknown plan, billing or model, an
 *   impossible date such as 2026-02-30, or a signup date after `asOf`.
 */
export function checkEligibility(query: EligibilityQueryInput): Verdict {
	return evaluate(resolveQuery(EligibilityQuery.parse(query)));
}
