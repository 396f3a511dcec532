// The checker's answers, loaded when a reader starts answering (a dynamic import of the islands): the rule engine
// and its data are the larger part of the widget's JavaScript, and a reader who only reads never needs them.
import { decide, decideForAnySignup, resolveQuery, type Decision, type ValidQuery } from '../rules/engine/decide.ts';
import { FIRST_DAY } from '../rules/schema/calendar.ts';
import { decisionReading, explain, type VerdictNote } from '../rules/words/explain.ts';

import type { RuleSet } from '../rules/engine/compile.ts';
import { benefitsFor, modelsChangedBetween, BENEFIT_GROUPS } from '../rules/engine/benefits.ts';
import { today } from '../rules/schema/day.ts';
import { changesHref } from '../rules/schema/links.ts';
import { changeEntryFor, type LoggedChange } from '../rules/engine/change-entry.ts';
import { inputProblems } from '../rules/engine/input-checks.ts';
import type { AnswerWords } from '../rules/words/answers.ts';
import type { ModelOptions } from '../rules/schema/model.ts';
import type { Status } from '../rules/schema/status.ts';
import type { CheckerForm } from './checker-state.ts';

/** One row of "My benefits": a model (or some of its option values) that opens its full answer. */
export interface BenefitRow {
	model: string;
	/** The first option values of the row, set in the form when the row is picked. */
	res?: string;
	method?: string;
	label: string;
	/** `until Feb 28, 2027`, or a published cost, when there is one. */
	detail?: string;
	/** `true` on the row of the picked model and option values (the open answer's row). */
	current?: true;
}

/** The full answer for one model. */
export interface ModelAnswer {
	status: Status;
	statusLabel: string;
	title: string;
	answer: string;
	/** When the deciding rule is the help center's reading: `How we read this: …`, shown under the answer. */
	reading?: string;
	/** Link to the article section of the deciding rule. */
	href: string;
	cost?: string;
	notes: VerdictNote[];
	whoHasIt: string[];
	/** `true` when what is unpublished is the signup dates a benefit covers (not a plan's start: `answer` says it). */
	datesUnpublished: boolean;
}

/** A form the rules refuse: the messages (each names its field by its label), the fields at fault (`joined`, …). */
export interface CheckerError {
	error: string;
	fields: string[];
}

/** What the checker shows for a complete, valid form. */
export interface CheckerAnswer {
	/** The customer in words. */
	who: string;
	groups: { status: Status; label: string; rows: BenefitRow[] }[];
	/** The answer in one sentence for the live region: the model's name and answer, or the benefits summary. */
	announcement: string;
	/** The picked model's full answer. */
	model?: ModelAnswer;
	/**
	 * Benefits that start within 90 days after the as-of day or ended within 90 days before it (`Starts on Jan 1,
	 * 2027`, `Ended on Dec 31, 2026` in `detail`), under `heading`; absent when there are none.
	 */
	changes?: { heading: string; rows: BenefitRow[] };
	/**
	 * For an as-of day other than today whose answers differ from today's because the rules differ: a sentence saying
	 * so (`[[…]]` links to `href`: the change-log entry that explains it, else the change log, in the page's language).
	 */
	rulesChanged?: { text: string; href: string };
}

/**
 * The checker's answer for a form: `undefined` until plan, billing and signup date are set, `{ error }` naming the
 * field by its label for an invalid date, else "My benefits" and, when a model is picked, its full answer, by `rules`;
 * `log` (content/rules/changes.json, oldest first) gives the entry a past or future day's answer links to.
 */
export function answerChecker(
	rules: RuleSet,
	form: CheckerForm,
	words: AnswerWords,
	log: readonly LoggedChange[] = [],
): CheckerAnswer | CheckerError | undefined {
	if (!form.plan || !form.billing || (!form.joined && !form.model)) return undefined;
	if (!form.joined) return answerWithoutSignup(rules, form, words);
	const customer = {
		plan: form.plan,
		billing: form.billing,
		joined: form.joined,
		...(form.asof && { asOf: form.asof }),
	};
	const query = {
		...customer,
		...(form.model && { model: form.model }),
		...(form.res && { resolution: form.res }),
		...(form.method && { method: form.method }),
		...(form.agent && { agent: form.agent }),
	};
	// Without a model the form asks "what is unlimited for me?": the customer's fields only.
	const problems = inputProblems(rules, form.model ? 'eligibility' : 'customer', form.model ? query : customer);
	if (problems.length) {
		return { error: problems.map((p) => words.problem(p)).join(' '), fields: problems.map((p) => String(p.path[0])) };
	}
	const picked = form.model ? decide(rules, resolveQuery(rules, query as ValidQuery)) : undefined;
	const isPicked = (model: string, options: ModelOptions | undefined) => {
		const q = picked?.query;
		return (
			q?.model === model &&
			(!options?.resolution || options.resolution.includes(q.resolution!)) &&
			(!options?.method || options.method.includes(q.method!))
		);
	};
	const benefits = benefitsFor(rules, customer as never);
	const groups = BENEFIT_GROUPS.map((status) => ({
		status,
		label: words.statusLabel(status),
		rows: benefits.groups[status].map(({ model, options, decision }): BenefitRow => {
			const cost = decision.creditsPerGeneration;
			const until = decision.unlimitedUntil ? words.until(decision.unlimitedUntil) : cost ? words.cost(cost) : '';
			// A row decided by the help center's reading says so, as the rule tables do.
			const detail = until + (decisionReading(rules, decision) ? words.readingMark : '');
			const current = isPicked(model, options) && { current: true as const };
			const label = words.modelLabel(rules, model, options);
			return { model, label, ...firstOptions(options), ...(detail && { detail: detail.trim() }), ...current };
		}),
	})).filter((g) => g.rows.length);
	const answer: CheckerAnswer = {
		who: words.customer(rules, benefits.customer),
		groups,
		announcement: words.benefitsSummary(
			Object.fromEntries(BENEFIT_GROUPS.map((s) => [s, benefits.groups[s].length])) as never,
		),
	};
	if (benefits.changes.length)
		answer.changes = {
			heading: words.changesHeading,
			rows: benefits.changes.map(({ model, options, kind, on }) => ({
				model,
				label: words.modelLabel(rules, model, options),
				...firstOptions(options),
				detail: kind === 'starts' ? words.startsOn(on) : words.endedOn(on),
			})),
		};
	const now = today();
	const changed = form.asof && form.asof !== now ? modelsChangedBetween(rules, customer as never, now) : [];
	if (changed.length)
		answer.rulesChanged = {
			text: words.rulesChanged(form.asof, now),
			href: changesHref(words.lang, changeEntryFor(rules, log, changed)),
		};
	if (picked) withModel(rules, answer, picked, words);
	return answer;
}

/** Adds the picked model's full answer to `answer`, and makes it the sentence the live region speaks. */
function withModel(rules: RuleSet, answer: CheckerAnswer, picked: Decision, words: AnswerWords): void {
	const { answer: sentence, href, whoHasIt, notes, reading } = explain(rules, picked, words);
	const cost = picked.creditsPerGeneration;
	const title = words.queryModelLabel(rules, picked.query);
	answer.model = {
		status: picked.status,
		statusLabel: words.statusLabel(picked.status),
		title,
		answer: sentence,
		...(reading && { reading }),
		href,
		notes,
		whoHasIt,
		datesUnpublished: picked.status === 'confirm' && picked.rule !== 'plan-start',
		...(cost && { cost: words.cost(cost) }),
	};
	// The Korean sentence starts with the verdict (the heading names the model): the live region names it first.
	answer.announcement = sentence.includes(title) ? sentence : `${title}: ${sentence}`;
}

/**
 * A model picked before the signup date: answered when no signup date changes the answer (`decideForAnySignup`),
 * with no "My benefits" (those depend on the signup date); else `undefined`, and the checker keeps asking.
 */
function answerWithoutSignup(
	rules: RuleSet,
	form: CheckerForm,
	words: AnswerWords,
): CheckerAnswer | CheckerError | undefined {
	const query = {
		plan: form.plan,
		billing: form.billing,
		joined: FIRST_DAY,
		model: form.model,
		...(form.asof && { asOf: form.asof }),
		...(form.res && { resolution: form.res }),
		...(form.method && { method: form.method }),
		...(form.agent && { agent: form.agent }),
	};
	const problems = inputProblems(rules, 'eligibility', query);
	if (problems.length)
		return { error: problems.map((p) => words.problem(p)).join(' '), fields: problems.map((p) => String(p.path[0])) };
	const picked = decideForAnySignup(rules, query as ValidQuery);
	if (!picked) return undefined;
	const { plan, billing, asOf } = picked.query;
	const answer: CheckerAnswer = { who: words.customer(rules, { plan, billing, asOf }), groups: [], announcement: '' };
	withModel(rules, answer, picked, words);
	return answer;
}

const firstOptions = (options: ModelOptions | undefined) => ({
	...(options?.resolution && { res: options.resolution[0] }),
	...(options?.method && { method: options.method[0] }),
});
