import { decisionData, type DecisionData } from './data.ts';
import { lastDayOfYears, todayUtc, formatDate } from './dates.ts';
import { compileDecisionTable, matchingRules, type DecisionRule, type ResolvedQuery } from './decision-table.ts';
import { publishedCost, type PublishedCost } from './costs.ts';
import type { Agent, Billing, Method, ModelId, PlanId, Resolution, Status } from './vocabulary.ts';

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

/** The answer to an eligibility query, with the caveats that apply (`evaluate`). */
export interface Verdict extends Decision {
	/** Caveats that apply (agent version, conversation credits, low credits…). */
	notes: VerdictNote[];
}

/** The decision for an eligibility query, before caveats (`decide`). */
export interface Decision {
	/** `unlimited`: no credits; `credits`: uses credits; `confirm`: check My Credits; `unsupported`: not available yet. */
	status: Status;
	/** Id of the one rule that decided the verdict. */
	rule: string;
	/** The last day the benefit covers (`YYYY-MM-DD`), when an unlimited benefit has an end. */
	unlimitedUntil?: string;
	/** Every condition checked: the deciding rule's, then the failed ones of the model's unlimited rules. */
	reasons: Reason[];
	/** Published cost per generation, when the verdict uses credits and a cost is published for the plan. */
	creditsPerGeneration?: PublishedCost;
	/** The query with its defaults filled in. */
	query: ResolvedQuery;
}

/** An eligibility query that has passed validation (`EligibilityQuery` or `inputProblems`). Dates `YYYY-MM-DD`. */
export interface ValidQuery {
	plan: PlanId;
	billing: Billing;
	joined: string;
	model: ModelId;
	resolution?: Resolution | undefined;
	method?: Method | undefined;
	agent?: Agent | undefined;
	asOf?: string | undefined;
}

const table = compileDecisionTable(decisionData);

/** Fills in defaults: resolution and method only for models that have them (first listed), `asOf` today (UTC). */
export function resolveQuery(q: ValidQuery, data: DecisionData = decisionData): ResolvedQuery {
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
		.map((c) => ({ rule: rule.id, decisive, field: c.field, required: c.required, actual: c.actual(q), passed: c.test(q), href: rule.href }))
		.filter((r) => decisive || !r.passed);
}

/**
 * Decides a resolved query with the compiled decision table: status, reasons, end date, published cost (no notes;
 * see `evaluate`). Throws an `Error` naming the query when zero or several rules match: that is a data bug, never
 * silently answered with a default.
 */
export function decide(q: ResolvedQuery, decisionTable = table, data: DecisionData = decisionData): Decision {
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
			rule: rule.id, decisive: true, field: 'asOf', passed, href: rule.href,
			required: `Asked within ${lasts.years} year${lasts.years > 1 ? 's' : ''} of signup: on or before ${formatDate(until)}`,
			actual: passed ? `as of ${formatDate(q.asOf)}` : `as of ${formatDate(q.asOf)}: the benefit ended on ${formatDate(until)}`,
		});
		if (passed) unlimitedUntil = until;
		else status = 'credits';
	}
	if (status !== 'unlimited')
		for (const other of decisionTable.get(q.model)!)
			if (other !== rule && other.result === 'unlimited') reasons.push(...reasonsOf(other, q, false));


	const verdict: Decision = { status, rule: rule.id, reasons, query: q };
	if (unlimitedUntil) verdict.unlimitedUntil = unlimitedUntil;
	if (status === 'credits') {
		const cost = publishedCost(q.model, q.plan, q.method, data);
		if (cost) verdict.creditsPerGeneration = cost;
	}
	return verdict;
}
