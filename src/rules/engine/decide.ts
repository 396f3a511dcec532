import { lastDayOf } from '../schema/calendar.ts';
import { defaultOn, inPeriod, offeredOn, periodsOf } from '../schema/periods.ts';
import { today } from '../schema/day.ts';
import type { GrantField, ResolvedQuery, RuleIndex } from './rule-index.ts';
import { sourceHref } from '../schema/links.ts';
import type { Grant } from '../schema/grant.ts';
import type { Model, ModelDefault, OptionField } from '../schema/model.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';

/**
 * The conditions of `grant` that `q` fails; `plan` passes when the grant names the query's plan or one it inherits
 * from.
 */
export function failedConditions(c: RuleIndex, grant: Grant, q: ResolvedQuery): GrantField[] {
	const out: GrantField[] = [];
	if (!c.chains.get(q.plan)!.some((p) => grant.plans.includes(p))) out.push('plan');
	return failedBesidesPlan(grant, q, out);
}

function failedBesidesPlan(grant: Grant, q: ResolvedQuery, out: GrantField[] = []): GrantField[] {
	if (grant.billing && !grant.billing.includes(q.billing)) out.push('billing');
	const { from, through } = grant.joined ?? {};
	if ((from && q.joined < from) || (through && q.joined > through)) out.push('joined');
	for (const [field, ids] of Object.entries(grant.options ?? {}) as [OptionField, string[]][])
		if (!ids.includes(q[field] as string)) out.push(field);
	if (!offeredOn(grant.offered, q.asOf)) out.push('offered');
	return out;
}

/**
 * The last day of the offer period of `grant` that holds on `day` (`YYYY-MM-DD`), when that period has one: after it
 * the promotion has ended.
 */
export function offerUntil(grant: Grant, day: string): string | undefined {
	return periodsOf(grant.offered).find((p) => inPeriod(p, day))?.until;
}

/**
 * The grants of the query's model that name `level` (a plan of the query plan's chain) and match every other condition.
 */
export function grantsAt(c: RuleIndex, q: ResolvedQuery, level: PlanId): Grant[] {
	return c.grants.get(q.model)!.filter((g) => g.plans.includes(level) && failedBesidesPlan(g, q).length === 0);
}

/** The signup day from which the query's plan has benefits on its billing cycle, when the query is before it. */
export function planStartAfter(c: RuleIndex, q: ResolvedQuery): string | undefined {
	const from = c.plans.get(q.plan)!.benefitsFrom?.[q.billing];
	return from && q.joined < from ? from : undefined;
}

/** A published cost per generation, in credits. */
export interface PublishedCost {
	/** Credits per generation. */
	credits: number;
	/** `true` when the help center says "about". */
	approximate: boolean;
	/** What one generation is, e.g. `5-second video`. */
	per: string;
	/** `per` in other languages, e.g. `{ ko: '5초 영상' }`. */
	perNames?: { ko?: string | undefined } | undefined;
	/** Link to where the cost is published. */
	href: string;
}

/**
 * The published credits per generation of `model` on `plan` (and `method`, when given), or `undefined` when
 * unpublished.
 */
export function publishedCost(
	rules: RuleIndex,
	model: ModelId,
	plan: PlanId,
	method?: string,
): PublishedCost | undefined {
	const cost = rules.data.credits.costs.find(
		(c) =>
			c.model === model &&
			(!c.plans || c.plans.includes(plan)) &&
			(!c.methods || !method || c.methods.includes(method as never)),
	);
	return (
		cost && {
			credits: cost.credits,
			approximate: cost.approximate,
			per: cost.per,
			...(cost.perNames && { perNames: cost.perNames }),
			href: sourceHref(cost.source),
		}
	);
}

/** What decided a query, as data; words.ts turns it into sentences. */
export type Trace =
	/**
	 * A grant decided. `via`: the plan whose grant it is, when the query's plan inherits it; `ended`: the benefit's last
	 * day, when the as-of date is after it (the model's default then applies).
	 */
	| { kind: 'grant'; grant: Grant; via?: PlanId; ended?: string }
	/**
	 * No grant covers the query, so the model's default decided (`default`: the one that holds on the as-of day); or,
	 * with `planStart`, the plan's benefits start later than the signup date and the help center does not say what
	 * earlier signups get (a `confirm` verdict).
	 */
	| { kind: 'default'; model: Model; default: ModelDefault; planStart?: string };

/** An unlimited grant of the model that does not cover the query, and the conditions it fails ("why not"). */
export interface NotCovered {
	grant: Grant;
	failed: GrantField[];
}

/** The decision for an eligibility query, before words and caveats (`decide`). */
export interface Decision {
	/**
	 * `unlimited`: no credits; `credits`: uses credits; `confirm`: check My Credits; `unsupported`: not available yet.
	 */
	status: Status;
	/**
	 * Id of the grant that decided, or `default` (the model's default), or `plan-start` (the plan's benefits start
	 * later, and what earlier signups get is not stated: check My Credits).
	 */
	rule: string;
	/**
	 * The last day the benefit covers (`YYYY-MM-DD`), when an unlimited benefit has an end and has not ended: the end of
	 * its `lasts` from the signup date or the last day of its offer, whichever comes first.
	 */
	unlimitedUntil?: string;
	trace: Trace;
	/** For `credits` verdicts: the model's unlimited grants and what the query lacks for each. */
	notCovered: NotCovered[];
	/** Published cost per generation, when the verdict uses credits and a cost is published for the plan. */
	creditsPerGeneration?: PublishedCost;
	/** The query with its defaults filled in. */
	query: ResolvedQuery;
}

/** An eligibility query that has passed validation (`EligibilityQuery` or `inputProblems`). Dates `YYYY-MM-DD`. */
export interface ValidQuery {
	plan: PlanId;
	billing: BillingId;
	joined: string;
	model: ModelId;
	resolution?: string | undefined;
	method?: string | undefined;
	agent?: string | undefined;
	asOf?: string | undefined;
}

/**
 * Fills in defaults: each option only for models that have it (the first listed), `asOf` today on the local calendar.
 */
export function resolveQuery(rules: RuleIndex, q: ValidQuery): ResolvedQuery {
	const model = rules.models.get(q.model)!;
	const resolved: ResolvedQuery = {
		plan: q.plan,
		billing: q.billing,
		joined: q.joined,
		model: q.model,
		asOf: q.asOf ?? today(),
	};
	if (model.options?.resolution) resolved.resolution = q.resolution ?? model.options.resolution[0];
	if (model.options?.method) resolved.method = q.method ?? model.options.method[0];
	if (q.agent) resolved.agent = q.agent;
	return resolved;
}

/**
 * The grant that covers `q` and the plan it comes from: the query plan's own grants first, then inherited ones. None
 * before the plan's `benefitsFrom` day, unless `beforePlanStart` asks what would cover the query if the plan's benefits
 * applied.
 */
export function coveringGrant(
	c: RuleIndex,
	q: ResolvedQuery,
	beforePlanStart = false,
): { grant: Grant; level: PlanId } | undefined {
	if (!beforePlanStart && planStartAfter(c, q)) return undefined;
	for (const level of c.chains.get(q.plan)!) {
		const grant = grantsAt(c, q, level)[0];
		if (grant) return { grant, level };
	}
	return undefined;
}

/**
 * Decides a resolved query: the grant that covers it, or else the model's default; a lasting grant gives its
 * `unlimitedUntil`, and after that day the default. Never throws for validated data: the validator has proved that
 * no two grants cover the same query (rules of the unlimited-benefit-scope and promotion-overview articles).
 */
export function decide(c: RuleIndex, q: ResolvedQuery): Decision {
	const model = c.models.get(q.model)!;
	const fallback = defaultOn(model, q.asOf);
	const covering = fallback.result === 'unsupported' ? undefined : coveringGrant(c, q, true);
	let decision: Decision;
	if (!covering) {
		decision = {
			status: fallback.result,
			rule: 'default',
			trace: { kind: 'default', model, default: fallback },
			notCovered: [],
			query: q,
		};
	} else {
		const { grant, level } = covering;
		const trace: Trace = level === q.plan ? { kind: 'grant', grant } : { kind: 'grant', grant, via: level };
		decision = { status: grant.result, rule: grant.id, trace, notCovered: [], query: q };
		const lastsUntil = grant.lasts && lastDayOf(q.joined, grant.lasts);
		if (lastsUntil && q.asOf > lastsUntil) {
			trace.ended = lastsUntil;
			decision.status = fallback.result;
		} else if (grant.result === 'unlimited') {
			const offered = offerUntil(grant, q.asOf);
			const until = lastsUntil && offered ? (lastsUntil < offered ? lastsUntil : offered) : (lastsUntil ?? offered);
			if (until) decision.unlimitedUntil = until;
		}
	}
	// The sources state when a plan's benefits start, not what earlier signups get: where the benefits would decide
	// (unlimited or check), the help center does not say, so My Credits decides; where the model uses credits either way,
	// the answer stands.
	const planStart = fallback.result === 'unsupported' ? undefined : planStartAfter(c, q);
	if (planStart && decision.status !== 'credits')
		return {
			status: 'confirm',
			rule: 'plan-start',
			trace: { kind: 'default', model, default: fallback, planStart },
			notCovered: [],
			query: q,
		};
	if (decision.status === 'credits') {
		decision.notCovered = c.grants
			.get(q.model)!
			.filter((g) => g.result === 'unlimited' && g !== covering?.grant)
			.map((grant) => ({ grant, failed: failedConditions(c, grant, q) }))
			.filter((n) => n.failed.length > 0);
		const cost = publishedCost(c, q.model, q.plan, q.method);
		if (cost) decision.creditsPerGeneration = cost;
	}
	return decision;
}

/**
 * `q` decided on each signup day on which an answer can change (the rule index's break days), up to the as-of date:
 * every answer `q` can have, whatever its signup date (`q.joined` is ignored). Fresh decisions, the caller's to change.
 */
export function decisionsForEverySignup(c: RuleIndex, q: Omit<ValidQuery, 'joined'>): Decision[] {
	const asOf = q.asOf ?? today();
	return c.breaks.filter((day) => day <= asOf).map((joined) => decide(c, resolveQuery(c, { ...q, joined, asOf })));
}

/**
 * The decision for `q` when it is the same on every signup day up to the as-of date (same verdict, same deciding
 * rule, no benefit period, the same "why not" once the signup date is left out of it), else `undefined`: the checker
 * answers Plus + Grok Imagine before a signup date is given, since no signup date changes that answer. `q.joined` is
 * ignored; the decision's query keeps the first signup day tried.
 */
export function decideForAnySignup(c: RuleIndex, q: ValidQuery): Decision | undefined {
	let first: Decision | undefined;
	let shape = '';
	for (const d of decisionsForEverySignup(c, q)) {
		if (d.unlimitedUntil || (d.trace.kind === 'grant' && d.trace.ended)) return undefined;
		// "Why not" without the signup date: a grant that fails on it alone has a window after the as-of date.
		d.notCovered = d.notCovered
			.map((n) => ({ ...n, failed: n.failed.filter((f) => f !== 'joined') }))
			.filter((n) => n.failed.length);
		const next = JSON.stringify([d.status, d.rule, d.notCovered.map((n) => [n.grant.id, n.failed])]);
		if (first && next !== shape) return undefined;
		first ??= d;
		shape = next;
	}
	return first;
}
