import type { RuleSet } from '../engine/compile.ts';
import type { Decision } from '../engine/decide.ts';
import { sourceHref } from '../schema/links.ts';
import type { Basis, Reading } from '../schema/common.ts';
import { lastDayOf } from '../schema/calendar.ts';
import { conditionWords, defaultWords, grantFields, lastsWords, planStartWords } from './en.ts';
import type { AnswerWords } from './answers.ts';

/** One condition of a verdict's trace, in words: what was required, what the query had, and whether it held. */
export interface Reason {
	/** Id of the grant it belongs to, or `default` / `plan-start`. */
	rule: string;
	/** `true` for what decided the verdict; `false` for an unlimited grant that does not cover the query ("why not"). */
	decisive: boolean;
	/**
	 * The query field read: `model`, `plan`, `billing`, `joined`, `resolution`, `method`, `asOf` (a benefit's `lasts`) or
	 * `offered` (the as-of day against a grant's offer).
	 */
	field: string;
	/** What is required, in words. */
	required: string;
	/** What the query had, in words. */
	actual: string;
	passed: boolean;
	/** Link to the article section that states the rule, e.g. `/docs/en/troubleshooting/…/#unlimited-image-models`. */
	href: string;
}

/** A caveat that applies to the verdict, with a link to where the help center says it. */
export interface VerdictNote {
	id: string;
	text: string;
	/** `text` in other languages, e.g. `{ ko: '…' }`. */
	texts?: { ko?: string | undefined } | undefined;
	/** How the help center reads its source, when the note is a reading (notes.json `basis.reading`). */
	reading?: Reading;
	/** The values the sources give, when they disagree (notes.json `conflict.values`), the followed one first. */
	conflict?: string[];
	href: string;
}

/** The reading of a rule's basis, or `undefined` when the rule is stated outright (zod-free, for the islands). */
export function readingOf(basis: Basis | undefined): Reading | undefined {
	return typeof basis === 'object' ? basis.reading : undefined;
}

/**
 * The reading of the rule that decided (the grant's, the plan's for a plan's start, or the model default's), or
 * `undefined` when that rule is stated outright.
 */
export function decisionReading(rules: RuleSet, d: Decision): Reading | undefined {
	const t = d.trace;
	return readingOf(
		t.kind === 'grant' ? t.grant.basis : t.planStart ? rules.plans.get(d.query.plan)!.basis : t.default.basis,
	);
}

/** The caveats of notes.json whose conditions hold for this decision (an absent condition always holds). */
export function notesFor(rules: RuleSet, d: Decision): VerdictNote[] {
	const q = d.query;
	const kind = rules.models.get(q.model)!.kind;
	return rules.data.notes
		.filter(
			({ when }) =>
				(!when.models || when.models.includes(q.model)) &&
				(!when.kinds || when.kinds.includes(kind)) &&
				(!when.agents || (q.agent !== undefined && when.agents.includes(q.agent as never))) &&
				(!when.methods || (q.method !== undefined && when.methods.includes(q.method as never))) &&
				(!when.statuses || when.statuses.includes(d.status)),
		)
		.map((n) => {
			const reading = readingOf(n.basis);
			return {
				id: n.id,
				text: n.text,
				...(n.texts && { texts: n.texts }),
				...(reading && { reading }),
				...(n.conflict && {
					conflict: [...n.conflict.values]
						.sort((a, b) => Number(!!b.followed) - Number(!!a.followed))
						.map((v) => v.value),
				}),
				href: sourceHref(n.source),
			};
		});
}

/** A decision explained for a reader: one sentence, where the rule is written, who has the model unlimited. */
export interface Explanation {
	/** The answer in one sentence, in the articles' words (`Seedream 4.0 uses credits for you: …`). */
	answer: string;
	/** Link to the article section of the rule that decided (grant, model default or plan start). */
	href: string;
	/**
	 * For a `credits` verdict: who has the model unlimited, one line per unlimited grant (`Pro / Business members, any
	 * signup date`); else empty.
	 */
	whoHasIt: string[];
	/** Caveats that apply (agent version, conversation credits, low credits…); a reading ends its text, labelled. */
	notes: VerdictNote[];
	/**
	 * When the deciding rule is the help center's reading rather than a statement: the reading, labelled (`How we read
	 * this: …`).
	 */
	reading?: string;
}

/** Link to the article section of the rule that decided: the grant, the plan's start, or the model's default. */
export function decisionHref(rules: RuleSet, d: Decision): string {
	const t = d.trace;
	return sourceHref(
		t.kind === 'grant' ? t.grant.source : t.planStart ? rules.plans.get(d.query.plan)!.source! : t.default.source,
	);
}

/**
 * A decision in `words` (English: answers.ts `englishWords`; Korean: answers-ko.ts `koreanWords`): the one explainer
 * of the checker, My benefits, the agent tools and the API. Links point at the English article sections that state the
 * rule, as in the widgets of both languages.
 */
export function explain(rules: RuleSet, d: Decision, words: AnswerWords): Explanation {
	const reading = decisionReading(rules, d);
	return {
		answer: words.answer(rules, d),
		href: decisionHref(rules, d),
		whoHasIt: d.status === 'credits' ? words.whoHasIt(rules, rules.grants.get(d.query.model)!) : [],
		notes: notesFor(rules, d).map((n) => ({
			...n,
			text: [words.note(n), n.conflict && words.conflict(n.conflict), n.reading && words.reading(n.reading)]
				.filter(Boolean)
				.join(' '),
		})),
		...(reading && { reading: words.reading(reading) }),
	};
}

/** The answer to an eligibility query: the decision, its explanation, its reasons condition by condition. */
export interface Verdict extends Decision, Explanation {
	/** The deciding rule's conditions, then the failed conditions of the model's unlimited grants. */
	reasons: Reason[];
}

/** The reasons of a decision, worded by words.ts. */
export function reasonsOf(rules: RuleSet, d: Decision): Reason[] {
	const q = d.query;
	const t = d.trace;
	const out: Reason[] = [];
	if (t.kind === 'default') {
		const plan = rules.plans.get(q.plan)!;
		if (t.planStart)
			out.push({
				rule: d.rule,
				decisive: true,
				field: 'joined',
				passed: false,
				href: sourceHref(plan.source!),
				...planStartWords(rules, q, t.planStart),
			});
		else
			out.push({
				rule: d.rule,
				decisive: true,
				field: 'model',
				passed: true,
				href: sourceHref(t.default.source),
				...defaultWords(rules, q),
			});
	} else {
		const href = sourceHref(t.grant.source);
		for (const field of grantFields(t.grant))
			out.push({
				rule: d.rule,
				decisive: true,
				field,
				passed: true,
				href,
				...conditionWords(rules, field, t.grant, q),
			});
		const until = t.ended ?? (t.grant.lasts && lastDayOf(q.joined, t.grant.lasts));
		if (t.grant.lasts && until)
			out.push({
				rule: d.rule,
				decisive: true,
				field: 'asOf',
				passed: !t.ended,
				href,
				...lastsWords(t.grant.lasts, until, q.asOf),
			});
	}
	for (const { grant, failed } of d.notCovered)
		for (const field of failed)
			out.push({
				rule: grant.id,
				decisive: false,
				field,
				passed: false,
				href: sourceHref(grant.source),
				...conditionWords(rules, field, grant, q),
			});
	return out;
}
