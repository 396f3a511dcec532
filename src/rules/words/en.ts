import type { GrantField, ResolvedQuery } from '../engine/rule-index.ts';
import type { MonthlyCredits } from '../engine/costs.ts';
import type { RuleSet } from '../engine/compile.ts';
import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import { isCalendarDate, today } from '../schema/day.ts';
import { FIELDS, LIMITS, type FieldName } from '../schema/fields.ts';
import { formFields, formShape, lineOf } from '../schema/forms.ts';
import type { InputProblem, ProblemArgsByKind, ProblemKind } from '../engine/input-checks.ts';
import type { Grant, Lasts, SignupWindow } from '../schema/grant.ts';
import { defaultOn, periodsOf, type Period } from '../schema/periods.ts';
import type { ModelOptions } from '../schema/model.ts';
import type { Reading } from '../schema/common.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';
import { FIELD_LABELS, FORM_LABELS, statusLabel } from './labels.ts';
import { formatDate } from './dates.ts';
import type { LaterStart } from './later-starts.ts';

export { FIELD_LABELS, statusLabel } from './labels.ts';
export { formatDate } from './dates.ts';
export type { FieldName } from '../schema/fields.ts';

// Every sentence about a rule, in English: table cells, verdict reasons, "why not", rules:diff lines. The engine
// returns data (engine/decide.ts); the prose test compares the articles with these words, so a phrase changed here is a
// change for `npm run fix` to write into the articles.

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const orList = (items: string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');

/** Display name of a plan, e.g. `premium` -> `Premium`. */
export function planName(rules: RuleSet, id: PlanId): string {
	return rules.plans.get(id)!.name;
}
/** Display name of a billing cycle, e.g. `annual` -> `Annual`. */
export function billingName(rules: RuleSet, id: BillingId): string {
	return rules.data.billing.find((b) => b.id === id)!.name;
}
/** Display name of a model, e.g. `nanobanana-pro` -> `Nanobanana Pro`. */
export function modelName(rules: RuleSet, id: ModelId): string {
	return rules.models.get(id)!.name;
}
/** Display name of an option value, e.g. (`method`, `start-end-frames`) -> `Start and end frames`. */
export function optionName(rules: RuleSet, field: keyof RuleSet['data']['options'], id: string): string {
	return rules.data.options[field].find((o) => o.id === id)?.name ?? id;
}

/** `Premium / Max / Pro` in plan order, or `All` when every plan is listed. */
export function planList(rules: RuleSet, plans: readonly PlanId[]): string {
	return plans.length === rules.data.plans.length
		? 'All'
		: rules.data.plans
				.filter((p) => plans.includes(p.id))
				.map((p) => p.name)
				.join(' / ');
}
/** `annual`, or `monthly or annual`. */
export function billingList(rules: RuleSet, billing: readonly BillingId[]): string {
	return orList(rules.data.billing.filter((b) => billing.includes(b.id)).map((b) => lower(b.name)));
}

/**
 * A signup range in words: `joined on or after Dec 1, 2026`, `joined from Nov 21, 2025 to Nov 30, 2025`, `joined on or
 * before …`; `undefined` for any date.
 */
export function joinedWords(window: SignupWindow | undefined): string | undefined {
	const from = window?.from && window.from > FIRST_DAY ? window.from : undefined;
	const through = window?.through && window.through < LAST_DAY ? window.through : undefined;
	if (from && through) return `joined from ${formatDate(from)} to ${formatDate(through)}`;
	if (from) return `joined on or after ${formatDate(from)}`;
	if (through) return `joined on or before ${formatDate(through)}`;
	return undefined;
}

/** The "Model" cell of a table row: the model name, then the option values it is limited to. */
export function modelLabel(rules: RuleSet, model: ModelId, options?: ModelOptions): string {
	const qualifiers = Object.entries(options ?? {}).map(([field, ids]) =>
		orList(ids.map((id) => lower(optionName(rules, field as 'method', id)))),
	);
	return [modelName(rules, model), ...qualifiers].join(', ');
}

/**
 * Who a grant reaches, as a table row states it. `plans`: every plan it decides something for (inheriting plans
 * included).
 */
export interface Audience {
	plans: readonly PlanId[];
	billing?: readonly BillingId[] | undefined;
	joined?: SignupWindow | undefined;
	lasts?: Lasts | undefined;
	/** The calendar days the promotion holds (a grant's `offered`). */
	offered?: Period | readonly Period[] | undefined;
	result: Grant['result'];
}

/** How long a benefit lasts: `1 year`, `6 months`, `1 year and 6 months`, `10 days`. */
export function durationWords(lasts: Lasts): string {
	const unit = (n: number | undefined, word: string) => (n ? [`${n} ${word}${n > 1 ? 's' : ''}`] : []);
	const parts = [...unit(lasts.years, 'year'), ...unit(lasts.months, 'month'), ...unit(lasts.days, 'day')];
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}

/**
 * The calendar days a promotion holds, in words: `offered from Jan 1, 2027 through Jun 30, 2027`, `offered through Dec
 * 31, 2026`, `offered from Jan 1, 2027`; periods joined with `and`. `undefined` when it holds on every day.
 */
export function offeredWords(offered: Period | readonly Period[] | undefined): string | undefined {
	const periods = periodsOf(offered).map((p) =>
		p.from && p.until
			? `from ${formatDate(p.from)} through ${formatDate(p.until)}`
			: p.from
				? `from ${formatDate(p.from)}`
				: p.until
					? `through ${formatDate(p.until)}`
					: 'every day',
	);
	return periods.length ? `offered ${periods.join(' and ')}` : undefined;
}

/**
 * The "who" cell of a grant's row, e.g. `Premium / Max / Pro members who joined on or after Feb 25, 2026`,
 * `Max members on annual billing who joined on or after May 22, 2026`, `Pro / Business members, any signup date`.
 */
export function whoText(rules: RuleSet, a: Audience): string {
	const billing = a.billing ? ` on ${billingList(rules, a.billing)} billing` : '';
	const joined = joinedWords(a.joined);
	const window = joined
		? ` who ${joined}`
		: a.result === 'confirm'
			? ' who joined after a date the help center does not publish'
			: ', any signup date';
	const lasts = a.lasts ? `, for ${durationWords(a.lasts)} from signup` : '';
	const offered = offeredWords(a.offered);
	return `${planList(rules, a.plans)} members${billing}${window}${lasts}${offered ? `, ${offered}` : ''}`;
}

/** A table row's addition for a plan whose benefits start later (`; Max annual members who joined before …`). */
export function laterStartText(rules: RuleSet, l: LaterStart): string {
	return `; ${planName(rules, l.plan)} ${lower(billingName(rules, l.billing))} members who joined before ${formatDate(l.from)}: check My Credits`;
}

/** A verdict with its duration, as the range snapshot and rules:diff say it: `Unlimited for 1 year`, `Uses credits`. */
export function verdictLabel(status: Status, lasts?: Lasts): string {
	return status === 'unlimited' && lasts ? `Unlimited for ${durationWords(lasts)}` : statusLabel(status);
}

/** Table headers per view of `rules-table` markers. */
export const TABLE_HEADERS = {
	unlimited: ['Model', 'Unlimited for'],
	confirm: ['Model', 'Who should check My Credits'],
	credits: ['Model', 'Uses credits for'],
	conversation: ['Model', 'Conversation credits'],
} as const;
/** "Uses credits for" cell of a model (or option) no grant covers. */
export const EVERYONE = 'All members';
/** The "uses credits for" cell of a model some grant makes unlimited for some members: the rest use credits. */
export const EVERYONE_ELSE = 'All other members';
/** What a rule table adds to a row whose rule is the help center's reading of its source, not a statement. */
export const READING_MARK = ' (our reading)';
/** A conversation tier, e.g. `low` -> `Low`. */
export const tierName = (tier: string) => tier.charAt(0).toUpperCase() + tier.slice(1);

/** One condition of a verdict's trace in words: what is required, and what the query has. */
export interface ConditionWords {
	required: string;
	actual: string;
}

/** The plans `grant` reaches (`RuleSet.reach`) in words (`Premium, Max or Pro`). */
const reachingPlans = (rules: RuleSet, grant: Grant) =>
	orList(rules.reach.get(grant.id)!.map((id) => planName(rules, id)));

/**
 * A grant's condition on `field`, and the query's value, in words, e.g. `Signup date on or after Feb 25, 2026` / `Jan
 * 15, 2026`.
 */
export function conditionWords(rules: RuleSet, field: GrantField, grant: Grant, q: ResolvedQuery): ConditionWords {
	switch (field) {
		case 'plan':
			return { required: `Plan: ${reachingPlans(rules, grant)}`, actual: planName(rules, q.plan) };
		case 'billing':
			return {
				required: `Billing: ${billingList(rules, grant.billing!)}`,
				actual: lower(billingName(rules, q.billing)),
			};
		case 'joined':
			return {
				required: `Signup date ${joinedWords(grant.joined)!.replace(/^joined /, '')}`,
				actual: formatDate(q.joined),
			};
		case 'resolution':
			return { required: `Resolution: ${orList(grant.options!.resolution!)}`, actual: q.resolution ?? '' };
		case 'method':
			return {
				required: `Generation method: ${orList(grant.options!.method!.map((m) => lower(optionName(rules, 'method', m))))}`,
				actual: lower(optionName(rules, 'method', q.method ?? '')),
			};
		case 'offered':
			return { required: `Promotion ${offeredWords(grant.offered)!}`, actual: `as of ${formatDate(q.asOf)}` };
	}
}

/** The fields a grant has conditions on, in the order the reasons list them. */
export function grantFields(grant: Grant): GrantField[] {
	return [
		'plan',
		...(grant.billing ? ['billing' as const] : []),
		...(grant.joined?.from || grant.joined?.through ? ['joined' as const] : []),
		...(Object.keys(grant.options ?? {}) as GrantField[]),
		...(grant.offered ? ['offered' as const] : []),
	];
}

/** A lasting grant's end, checked against the as-of date. */
export function lastsWords(lasts: Lasts, until: string, asOf: string): ConditionWords {
	const ended = asOf > until;
	return {
		required: `Asked within ${durationWords(lasts)} of signup: on or before ${formatDate(until)}`,
		actual: ended
			? `as of ${formatDate(asOf)}: the benefit ended on ${formatDate(until)}`
			: `as of ${formatDate(asOf)}`,
	};
}

/** The model of a query with the option values it asks for, e.g. `Nanobanana 2, 1K`. */
export function queryModelLabel(rules: RuleSet, q: ResolvedQuery): string {
	const options = Object.fromEntries((['resolution', 'method'] as const).filter((f) => q[f]).map((f) => [f, [q[f]!]]));
	return modelLabel(rules, q.model, options);
}

/** Why the model's default decided: no grant covers the query (`No promotion covers Midjourney: it uses credits`). */
export function defaultWords(rules: RuleSet, q: ResolvedQuery): ConditionWords {
	const label = queryModelLabel(rules, q);
	return defaultOn(rules.models.get(q.model)!, q.asOf).result === 'unsupported'
		? {
				required: `${label} is not available yet`,
				actual: `${planName(rules, q.plan)}, ${lower(billingName(rules, q.billing))}`,
			}
		: {
				required: `No promotion covers ${label} for you: it uses credits`,
				actual: `${planName(rules, q.plan)}, ${lower(billingName(rules, q.billing))}, joined ${formatDate(q.joined)}`,
			};
}

/**
 * Why a plan's start date decided (`Max on annual billing has unlimited benefits for signups on or after May 22, 2026;
 * what earlier signups have is not stated`).
 */
export function planStartWords(rules: RuleSet, q: ResolvedQuery, from: string): ConditionWords {
	return {
		required: `${planName(rules, q.plan)} on ${lower(billingName(rules, q.billing))} billing has unlimited benefits for signups on or after ${formatDate(from)}; what earlier signups have is not stated`,
		actual: `joined ${formatDate(q.joined)}`,
	};
}

/** Who a rules:diff line is about: `all plans`, or `Premium / Max annual` (a plan with one cycle gets its cycle). */
export function audienceWords(rules: RuleSet, cells: readonly { plan: PlanId; billing: BillingId }[]): string {
	if (cells.length === rules.data.plans.length * rules.data.billing.length) return 'all plans';
	return rules.data.plans
		.map((p) => {
			const cycles = rules.data.billing.filter((b) => cells.some((c) => c.plan === p.id && c.billing === b.id));
			return cycles.length === 0
				? ''
				: cycles.length === rules.data.billing.length
					? p.name
					: `${p.name} ${cycles.map((b) => lower(b.name)).join(', ')}`;
		})
		.filter(Boolean)
		.join(' / ');
}

// Answers: the one sentence a widget, a tool or an assistant says first, in the articles' own words.

/** The subject of an answer: the model with the option values asked for, e.g. `Nanobanana 2, 1K,` / `Seedream 4.0`. */
function subject(rules: RuleSet, q: ResolvedQuery): string {
	const label = queryModelLabel(rules, q);
	return label === modelName(rules, q.model) ? label : `${label},`;
}

/**
 * Who a grant covers, as its table row says it (`Premium / Max / Pro members who joined on or after Feb 25, 2026`),
 * then its option values (`(1K or 2K)`).
 */
export function grantWho(rules: RuleSet, grant: Grant): string {
	let words = whoCache.get(grant);
	if (words === undefined) {
		const who = whoText(rules, { ...grant, plans: rules.reach.get(grant.id)! });
		const qualifiers = Object.entries(grant.options ?? {}).map(([field, ids]) =>
			orList(ids.map((id) => lower(optionName(rules, field as 'method', id)))),
		);
		whoCache.set(grant, (words = qualifiers.length ? `${who} (${qualifiers.join(', ')})` : who));
	}
	return words;
}
// Per grant object, so per data set: answers for a whole page of models reuse each grant's words.
const whoCache = new WeakMap<Grant, string>();
/** What a query lacks for a grant, e.g. `you are on Plus and joined on Jan 15, 2026`. */
function lackWords(rules: RuleSet, failed: readonly GrantField[], q: ResolvedQuery): string {
	const on = [
		failed.includes('plan') && planName(rules, q.plan),
		failed.includes('billing') && `${lower(billingName(rules, q.billing))} billing`,
	].filter(Boolean);
	const chose = (['resolution', 'method'] as const)
		.filter((f) => failed.includes(f))
		.map((f) => lower(optionName(rules, f, q[f] ?? '')));
	const parts = [
		...(on.length ? [`are on ${on.join(' with ')}`] : []),
		...(failed.includes('joined') ? [`joined on ${formatDate(q.joined)}`] : []),
		...(chose.length ? [`chose ${chose.join(', ')}`] : []),
		...(failed.includes('offered') ? [`asked about ${formatDate(q.asOf)}`] : []),
	];
	return `you ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}`;
}

const sentenceCase = (who: string) => who.replace(/^All /, 'all ');

/**
 * For an as-of day outside every offer period of `grant`: the last day of the latest period that ended before it
 * (`ended`), else the first day of the next one (`starts`).
 */
export function offerAround(grant: Grant, asOf: string): { kind: 'ended' | 'starts'; day: string } | undefined {
	const periods = periodsOf(grant.offered);
	const ended = periods.flatMap((p) => (p.until && p.until < asOf ? [p.until] : [])).sort();
	if (ended.length) return { kind: 'ended', day: ended.at(-1)! };
	const starts = periods.flatMap((p) => (p.from && p.from > asOf ? [p.from] : [])).sort();
	return starts.length ? { kind: 'starts', day: starts[0]! } : undefined;
}

/** What decided a query, as `answerWords` needs it (a subset of a Decision). */
export interface AnswerInput {
	status: Status;
	query: ResolvedQuery;
	unlimitedUntil?: string | undefined;
	trace: { kind: 'grant'; grant: Grant; ended?: string } | { kind: 'default'; planStart?: string };
	/** For a credits verdict: unlimited grants of the model and the conditions the query fails, closest first or not. */
	notCovered: readonly { grant: Grant; failed: readonly GrantField[] }[];
}

/**
 * The answer in one sentence, e.g. `Seedream 4.0 uses credits for you: its unlimited benefit covers Premium / Max /
 * Pro members who joined on or after Feb 25, 2026, and you joined on Jan 15, 2026.`
 */
export function answerWords(rules: RuleSet, d: AnswerInput): string {
	const q = d.query;
	const it = subject(rules, q);
	const t = d.trace;
	switch (d.status) {
		case 'unsupported':
			return `${it} is not available yet on any plan.`;
		case 'confirm':
			if (t.kind === 'default' && t.planStart)
				return `The help center does not say whether ${it} is unlimited for you: it says ${planName(rules, q.plan)} on ${lower(billingName(rules, q.billing))} billing has unlimited benefits for signups on or after ${formatDate(t.planStart)}, not what members who joined earlier (you joined on ${formatDate(q.joined)}) have, so check the Active benefits section of My Credits.`;
			return `${it} may be unlimited for you: the help center says the benefit covers ${t.kind === 'grant' ? sentenceCase(grantWho(rules, t.grant)) : 'some members'}, so check the Active benefits section of My Credits.`;
		case 'unlimited': {
			const who = t.kind === 'grant' ? sentenceCase(grantWho(rules, t.grant)) : '';
			return d.unlimitedUntil
				? `${it} is unlimited for you until ${formatDate(d.unlimitedUntil)}, then it uses credits: the benefit covers ${who}.`
				: `${it} is unlimited for you: the benefit covers ${who}.`;
		}
		case 'credits': {
			if (t.kind === 'grant' && t.ended)
				return `${it} uses credits for you now: its unlimited benefit lasted ${durationWords(t.grant.lasts!)} from signup and ended on ${formatDate(t.ended)}.`;
			// The benefit the customer is closest to: fewest unmet conditions, one of their own plan's first.
			const misses = (n: (typeof d.notCovered)[number]) => n.failed.length + (n.failed.includes('plan') ? 0.5 : 0);
			const closest = [...d.notCovered].sort((a, b) => misses(a) - misses(b))[0];
			if (!closest) return `${it} uses credits for every member: no promotion makes it unlimited.`;
			const offer =
				closest.failed.length === 1 && closest.failed[0] === 'offered' && offerAround(closest.grant, q.asOf);
			if (offer)
				return offer.kind === 'ended'
					? `${it} uses credits for you on ${formatDate(q.asOf)}: the promotion that made it unlimited for ${sentenceCase(grantWho(rules, { ...closest.grant, offered: undefined }))}, ended on ${formatDate(offer.day)}.`
					: `${it} uses credits for you on ${formatDate(q.asOf)}: a promotion makes it unlimited for ${sentenceCase(grantWho(rules, { ...closest.grant, offered: undefined }))}, from ${formatDate(offer.day)}.`;
			return `${it} uses credits for you: its unlimited benefit covers ${sentenceCase(grantWho(rules, closest.grant))}, and ${lackWords(rules, closest.failed, q)}.`;
		}
	}
}

/** Who has a model unlimited, one line per unlimited grant (`Pro / Business members, any signup date`). */
export function whoHasItWords(rules: RuleSet, grants: readonly Grant[]): string[] {
	return grants.map((g) => (g.result === 'unlimited' ? grantWho(rules, g) : `${grantWho(rules, g)}: check My Credits`));
}

/** Values the sources disagree on: `Carat's help pages give this two ways: "Seedance 2.0 Fast" (followed here) …`. */
export const conflictWords = ([followed, ...others]: readonly string[]) =>
	`Carat's help pages give this ${others.length === 1 ? 'two ways' : `${others.length + 1} ways`}: "${followed}" (followed here) and ${others.map((v) => `"${v}"`).join(', ')}.`;

/** A reading, labelled as one: `How we read this: …. My Credits has the final word.` */
export const readingWords = (reading: Reading) => `How we read this: ${reading.en} My Credits has the final word.`;

/**
 * A customer in words: `Premium, annual billing, signup date Mar 1, 2026, as of Nov 22, 2026`; without `joined` (an
 * answer no signup date changes), `…, any signup date, …`.
 */
export function customerWords(
	rules: RuleSet,
	c: { plan: PlanId; billing: BillingId; joined?: string; asOf: string },
): string {
	const joined = c.joined ? `signup date ${formatDate(c.joined)}` : 'any signup date';
	return `${planName(rules, c.plan)}, ${lower(billingName(rules, c.billing))} billing, ${joined}, as of ${formatDate(c.asOf)}`;
}

/** A published cost: `about 33 credits per 5-second video`. */
export function costWords(cost: { credits: number; approximate: boolean; per: string }): string {
	return `${cost.approximate ? 'about ' : ''}${cost.credits.toLocaleString('en-US')} credits per ${cost.per}`;
}

/** The end of an unlimited benefit: `until Feb 28, 2027`. */
export const untilWords = (until: string) => `until ${formatDate(until)}`;

/** A benefit that starts within 90 days of the as-of day, in My benefits: `Starts on Jan 1, 2027`. */
export const startsOnWords = (day: string) => `Starts on ${formatDate(day)}`;
/** A benefit that ended within 90 days before the as-of day, in My benefits: `Ended on Dec 31, 2026`. */
export const endedOnWords = (day: string) => `Ended on ${formatDate(day)}`;
/** The heading of those benefits in My benefits. */
export const CHANGES_HEADING = 'Starting soon or recently ended';

/**
 * Under an answer for a past or future day whose verdicts differ from today's because the rules differ on the two
 * days: `The rules for Nov 1, 2026 and for today (Dec 2, 2026) differ, so the answers differ: [[What changed]].`
 * (`[[…]]` is the link to the change log, as the widgets' `Rich` reads it).
 */
export function rulesChangedWords(asOf: string, today: string): string {
	const day = `for ${formatDate(asOf)}`;
	const now = `for today (${formatDate(today)})`;
	return `The rules ${asOf < today ? `${day} and ${now}` : `${now} and ${day}`} differ, so the answers differ: [[What changed]].`;
}

/**
 * "My benefits" in one sentence, for screen readers: `8 models unlimited, 1 to check on My Credits, 14 use credits, 1
 * not available yet.`
 */
export function benefitsSummary(counts: Record<Status, number>): string {
	const parts = [
		counts.unlimited && `${counts.unlimited} unlimited`,
		counts.confirm && `${counts.confirm} to check on My Credits`,
		counts.credits && `${counts.credits} use credits`,
		counts.unsupported && `${counts.unsupported} not available yet`,
	].filter(Boolean);
	return `For you: ${parts.join(', ')}.`;
}

const credits = (n: number, approximate = false) => `${approximate ? 'about ' : ''}${n.toLocaleString('en-US')}`;

/**
 * How far a balance goes for one line's model: `Your balance of about 9,999 credits buys about 303 generations of Carat
 * Video (LTX).`
 */
export function affordWords(
	model: string,
	generations: number | 'unlimited' | 'unknown',
	approximate: boolean,
	balance: { credits: number; approximate: boolean },
): string {
	if (generations === 'unlimited') return `${model} is unlimited for you: your balance is not used.`;
	if (generations === 'unknown')
		return `How many generations of ${model} your balance buys is unknown until its cost is known.`;
	return `Your balance of ${credits(balance.credits, balance.approximate)} credits buys ${credits(generations, approximate)} generations of ${model}.`;
}

/**
 * Where an empty balance comes from, labelled as the reading it is: `Empty: this site reads Plus's monthly credits as
 * about 10,000, from about 303 Carat Video (LTX) videos a month at about 33 credits each. …`
 */
export function balanceDefaultWords(rules: RuleSet, plan: PlanId, monthly: MonthlyCredits | undefined): string {
	if (!monthly)
		return `The help center does not publish ${planName(rules, plan)}'s monthly credits: enter your balance from My Credits.`;
	const made = KIND_PLURALS[rules.models.get(monthly.model)!.kind] ?? 'generations';
	return `Empty: this site reads ${planName(rules, plan)}'s monthly credits as ${credits(monthly.credits, monthly.approximate)}, from ${credits(monthly.generations, monthly.approximate)} ${modelName(rules, monthly.model)} ${made} a month at ${credits(monthly.each.credits, monthly.each.approximate)} credits each. The help center publishes no such figure: My Credits shows your real balance.`;
}

const KIND_PLURALS: Partial<Record<string, string>> = { video: 'videos', image: 'images' };

/**
 * Why a signup date is needed: `Signup date: needed to price Carat Video (LTX) on Premium, whose unlimited benefit
 * depends on when you joined.`
 */
export function signupNeededWords(rules: RuleSet, models: readonly ModelId[], plan: PlanId): string {
	return `${FIELD_LABELS.joined}: needed to price ${orList(models.map((m) => modelName(rules, m)))} on ${planName(rules, plan)}, whose unlimited benefit depends on when you joined.`;
}

/** An estimate in one sentence, for screen readers: `Total of known costs: about 990 credits. 1 line not priced.` */
export function estimateSummary(total: number, approximate: boolean, unpriced: number): string {
	return `Total of known costs: ${credits(total, approximate)} credits.${unpriced ? ` ${unpriced} ${unpriced > 1 ? 'lines' : 'line'} not priced.` : ''}`;
}

/**
 * A value as messages quote it, as the widgets do: JSON, at most 60 characters of it (a longer string is cut to its
 * first 60 characters and `…`), so that a 10 MB value in gives a short message out.
 */
export function quoted(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
const shown = (value: unknown) =>
	typeof value === 'string' && isCalendarDate(value) ? formatDate(value) : quoted(value);
const n = (x: number) => x.toLocaleString('en-US');

/** The English message of each kind of input problem; each starts with the field's label and quotes the value. */
export const PROBLEM_MESSAGES: { [K in ProblemKind]: (...args: ProblemArgsByKind[K]) => string } = {
	notOneOf: (field, value, values) => `${FIELD_LABELS[field]}: ${quoted(value)} is not one of ${values.join(', ')}`,
	notDate: (field, value) =>
		typeof value === 'string'
			? `${FIELD_LABELS[field]}: ${quoted(value)} is not a calendar date written YYYY-MM-DD`
			: `${FIELD_LABELS[field]}: expected a date written YYYY-MM-DD, got ${quoted(value)}`,
	outOfRange: (field, value) =>
		`${FIELD_LABELS[field]}: ${quoted(value)} is outside ${formatDate(FIRST_DAY)} to ${formatDate(LAST_DAY)}`,
	joinedAfterAsOf: (joined, asOf) =>
		`${FIELD_LABELS.joined}: ${shown(joined)} is after ${asOf === undefined ? 'today' : `the ${FIELD_LABELS.asOf} date`}, ${formatDate(asOf ?? today())}`,
	notWholeNumber: (field, value) =>
		`${FIELD_LABELS[field]}: ${quoted(value)} is not a whole number from ${n(LIMITS[field].min)} to ${n(LIMITS[field].max)}`,
	tooManyLines: (count) => `${FIELD_LABELS.lines}: ${n(count)} lines; an estimate has at most ${LIMITS.lines}`,
	missing: (field, values) => `${FIELD_LABELS[field]}: missing; give ${expected(field, values)}`,
	notAField: (form, key) =>
		`${FORM_LABELS[form]}: ${quoted(key)} is not a field; the fields are ${formFields(form).join(', ')}`,
	notAnObject: (form, value) => `${FORM_LABELS[form]}: expected an object ${formShape(form)}, got ${quoted(value)}`,
	notAList: (field, value) => `${FIELD_LABELS[field]}: expected ${expected(field)}, got ${quoted(value)}`,
};

/** What a field takes, in words: `one of plus, premium`, `a date written YYYY-MM-DD`… */
function expected(field: FieldName, values?: readonly string[]): string {
	const f = FIELDS[field];
	if (f.type === 'id' || f.type === 'enum') return `one of ${values?.join(', ')}`;
	if (f.type === 'date') return 'a date written YYYY-MM-DD';
	if (f.type === 'whole')
		return `a whole number from ${n(LIMITS[field as 'count'].min)} to ${n(LIMITS[field as 'count'].max)}`;
	if (f.type === 'list') return `a list of lines ${formShape(f.of)}`;
	return `an object ${formShape(f.of)}`;
}

/**
 * An input problem in English, e.g. `Signup date: "2026-02-30" is not a calendar date written YYYY-MM-DD`; a problem
 * of an estimate line names the line after the label: `Count, line 2: 0 is not a whole number …`.
 */
export function problemMessage(p: InputProblem): string {
	const message = (PROBLEM_MESSAGES[p.kind] as (...args: unknown[]) => string)(...p.args);
	const line = lineOf(p.path);
	return line === undefined ? message : message.replace(/^([^:]+):/, `$1, line ${line}:`);
}
