// The rule tools for agents, defined once: names, descriptions, input checks and result shaping. WebMCP (webmcp.ts,
// in the browser) and the MCP server (src/mcp/) both register exactly these. Zod-free, like the widgets: the input
// is checked by `inputProblems`, so an agent gets the messages a reader of the widget gets, in English or Korean
// (`locale`), and the sentences the widgets show. The JSON Schema of each input is generated at build time from the
// field descriptions (input-schemas.ts, `/docs/agent-tools.json`).
import { resolveQuery, type ValidQuery } from '../rules/engine/decide.ts';
import { decisionHref, decisionReading } from '../rules/words/explain.ts';
import type { Reading } from '../rules/schema/common.ts';
import { evaluate } from '../rules/verdict.ts';
import { unlockOptionsFor } from '../rules/engine/unlock.ts';
import {
	benefitsFor,
	modelsChangedBetween,
	rulesDiffer,
	BENEFIT_GROUPS,
	type Customer,
} from '../rules/engine/benefits.ts';
import { today } from '../rules/schema/day.ts';
import { estimateFor, signupDependent, type ValidEstimateInput } from '../rules/engine/estimate.ts';
import { inputProblems } from '../rules/engine/input-checks.ts';
import { modelNamed } from '../rules/engine/aliases.ts';
import { monthlyCredits, type PublishedCost } from '../rules/engine/costs.ts';
import { SITE, changesHref } from '../rules/schema/links.ts';
import type { FormName } from '../rules/schema/fields.ts';
import type { Status } from '../rules/schema/status.ts';
import { billingName, planName } from '../rules/words/en.ts';
import { wordsFor } from '../rules/words/by-locale.ts';
import type { AnswerWords } from '../rules/words/answers.ts';
import type { ModelOptions } from '../rules/schema/model.ts';
import type { ModelId } from '../rules/schema/ids.ts';
import type { ResolvedQuery } from '../rules/engine/rule-index.ts';
import type { RuleSet } from '../rules/engine/compile.ts';

/**
 * What a tool returns, in the shape of an MCP `CallToolResult` (WebMCP accepts the same). A type, not an interface, so
 * that it is assignable to the SDK's open-ended result type.
 */
export type ToolResult = {
	/** One text part: the result as JSON, or the input's problems, one per line. */
	content: [{ type: 'text'; text: string }];
	/** The result as an object; absent on error. */
	structuredContent?: Record<string, unknown>;
	/** `true` when the input was refused; `content` then holds the messages. */
	isError?: boolean;
};

/** A rule tool: what an agent sees (name, title, description) and what it runs. */
export interface RuleTool {
	name: 'check_eligibility' | 'list_benefits' | 'estimate_credits';
	title: string;
	description: string;
	/** The form of its input (rules/schema/fields.ts FORMS); any other key is refused with a message naming it. */
	form: FormName;
	/**
	 * Checks the input against `rules` and answers by them; never throws (bad input → `isError` with the widget's
	 * messages).
	 */
	run(rules: RuleSet, input: unknown): ToolResult;
}

/** `/docs/en/…` → `https://carat.im/docs/en/…`. */
export const absolute = (href: string) => new URL(href, SITE).href;

const cost = (c: PublishedCost | undefined) =>
	c && { credits: c.credits, approximate: c.approximate, per: c.per, source: absolute(c.href) };

const ok = (result: Record<string, unknown>): ToolResult => ({
	content: [{ type: 'text', text: JSON.stringify(result, null, 2) }],
	structuredContent: result,
});
const refused = (messages: string[]): ToolResult => ({
	content: [{ type: 'text', text: messages.join('\n') }],
	isError: true,
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `input` with each `model` (top level, and in each of `lines`) that is not a model id but names one (`sora`, `Sora2`,
 * `소라`: models.json names and `aliases`) replaced by that model's id, and what was taken for what. Anything else is
 * left as it is, for `inputProblems` to judge.
 */
function withModelIds(rules: RuleSet, input: unknown): { named: unknown; took: { text: string; model: ModelId }[] } {
	const took: { text: string; model: ModelId }[] = [];
	const fix = (o: unknown): unknown => {
		if (!isObject(o) || typeof o.model !== 'string' || rules.models.has(o.model as ModelId)) return o;
		const model = modelNamed(rules.data, o.model);
		if (!model) return o;
		took.push({ text: o.model, model });
		return { ...o, model };
	};
	const top = fix(input);
	const named = isObject(top) && Array.isArray(top.lines) ? { ...top, lines: top.lines.map(fix) } : top;
	return { named, took };
}

/**
 * For an answer on an as-of day other than today that the rules answer differently today: the sentence saying so
 * (the widget's, without its link marks) and the change log's address in the answer's language.
 */
const rulesChanged = (words: AnswerWords, asOf: string, now: string) => ({
	rulesChanged: {
		text: words.rulesChanged(asOf, now).replace(/\[\[(.+?)\]\]/g, '$1'),
		changes: absolute(changesHref(words.lang)),
	},
});

/**
 * Checks `input` as the tool's form with `inputProblems` (the validator of the widgets and the API) and answers with
 * `answer(input, words)` when there is no problem. The words, and so the messages, are those of the input's `locale`
 * (English by default). Never throws.
 */
function answerChecked<T>(
	rules: RuleSet,
	tool: RuleTool,
	input: unknown,
	answer: (valid: T, words: AnswerWords) => Record<string, unknown> | string[],
): ToolResult {
	try {
		const words = wordsFor(isObject(input) && input.locale === 'ko' ? 'ko' : 'en');
		const { named, took } = withModelIds(rules, input);
		const problems = inputProblems(rules, tool.form, named);
		if (problems.length) return refused(problems.map((p) => words.problem(p)));
		const result = answer(named as T, words);
		if (Array.isArray(result)) return refused(result);
		return ok(
			took.length ? { ...result, modelNames: took.map((t) => words.tookName(rules, t.text, t.model)) } : result,
		);
	} catch (error) {
		// A bug, not bad input: still an answer the agent can read, never an exception in the page or the server.
		return refused([`${tool.name} failed: ${error instanceof Error ? error.message : String(error)}`]);
	}
}

/**
 * `check_eligibility`: the checker's answer for one model. Result: `verdict` (`unlimited`, `credits`, `confirm`,
 * `unsupported`), `label`, `answer` (one sentence), `reading` (when the deciding rule is the help center's reading,
 * not a statement: `How we read this: …`), `until` (`YYYY-MM-DD` or null), `source`, `reasons` and `notes` with
 * absolute links, `creditsPerGeneration` where published, `whoHasItUnlimited`, `unlimitedWith` (plans that would make
 * it unlimited), `rulesChanged` (`{ text, changes }`: the change log's URL) when the as-of day's answer differs from
 * today's because the rules differ, `modelNames` when a name was taken for a model id, and the `query` with its
 * defaults filled in.
 */
export const checkEligibilityTool: RuleTool = {
	name: 'check_eligibility',
	title: 'Am I unlimited?',
	description:
		'Is this Carat model unlimited for this customer, or does it use credits? Give the plan, billing cycle, signup date (YYYY-MM-DD) and model (an id, or a name customers use such as "sora" or "소라": modelNames then says which model was taken), plus the resolution or generation method for models that have them. ' +
		'Returns the verdict, a one-sentence answer, the last day of an unlimited benefit ("until"), the rules it comes from with links to the help center, and caveats. Give asOf (YYYY-MM-DD) to answer for a past or future day, e.g. the day the customer generated; when the rules answer differently today, rulesChanged says so and links the change log. The same rules as the "Am I unlimited?" checker on carat.im/docs. Set locale to ko for the answer in Korean.',
	form: 'eligibility',
	run(rules, input) {
		return answerChecked<ValidQuery>(rules, this, input, (q, words) => {
			const v = evaluate(rules, resolveQuery(rules, q), words);
			const now = today();
			const changed = q.asOf && q.asOf !== now && now >= q.joined && rulesDiffer(rules, v.query, now);
			return {
				verdict: v.status,
				label: words.statusLabel(v.status),
				answer: v.answer,
				...(v.reading && { reading: v.reading }),
				until: v.unlimitedUntil ?? null,
				source: absolute(v.href),
				...(v.creditsPerGeneration && { creditsPerGeneration: cost(v.creditsPerGeneration) }),
				whoHasItUnlimited: v.whoHasIt,
				unlimitedWith: unlockOptionsFor(rules, q).map((u) => ({
					plan: planName(rules, u.plan),
					billing: billingName(rules, u.billing),
					until: u.unlimitedUntil ?? null,
				})),
				reasons: v.reasons.map((r) => ({
					rule: r.rule,
					decisive: r.decisive,
					field: r.field,
					required: r.required,
					actual: r.actual,
					passed: r.passed,
					source: absolute(r.href),
				})),
				notes: v.notes.map((n) => ({ text: n.text, source: absolute(n.href) })),
				...(changed && rulesChanged(words, v.query.asOf, now)),
				query: v.query,
			};
		});
	},
};

/** One row of `list_benefits`: a model (or some of its option values) with its label as "My benefits" shows it. */
export interface BenefitRow {
	model: ModelId;
	/** `modelLabel(model, options)`, e.g. `Nanobanana 2, 1K`. */
	label: string;
	options?: ModelOptions;
	/** Last day of the unlimited benefit, `YYYY-MM-DD`, or null when it has no end (or the row is not unlimited). */
	until: string | null;
	/** Published credits per generation, where the row uses credits and the help center publishes a cost. */
	creditsPerGeneration?: ReturnType<typeof cost>;
	/** When the rule that decided the row is the help center's reading: `How we read this: …`. */
	reading?: string;
	/** Link to the rule that decided the row. */
	source: string;
}

/** `{ reading }` worded in `words` (`How we read this: …`) when there is a reading, else nothing to spread. */
const readingField = (reading: Reading | undefined, words: AnswerWords) =>
	reading ? { reading: words.reading(reading) } : {};

/**
 * `list_benefits`: every model decided for a customer, as "My benefits" groups them (`benefitsFor`). Result:
 * `customer` (asOf filled in) and `groups`: `[{ verdict, label, benefits: BenefitRow[] }]` in the order Unlimited,
 * Check My Credits, Uses credits, Not available yet (empty groups included); `changes`: the unlimited benefits that
 * start (`kind: 'starts'`, `on` its first day) or ended (`'ended'`, `on` its last day) within 90 days of the as-of
 * day; `rulesChanged` when the rules answer differently today.
 */
export const listBenefitsTool: RuleTool = {
	name: 'list_benefits',
	title: 'My benefits',
	description:
		'Everything one Carat customer gets: every model, grouped Unlimited, Check My Credits, Uses credits and Not available yet, with the last day of each unlimited benefit and the credits per generation where published. ' +
		'Give the plan, billing cycle and signup date (YYYY-MM-DD), and asOf (YYYY-MM-DD) for a past or future day. Also lists the benefits that start within 90 days after that day or ended within 90 days before it ("changes"). The same rules as the "My benefits" view of the checker on carat.im/docs. Set locale to ko for Korean.',
	form: 'customer',
	run(rules, input) {
		return answerChecked<Customer>(rules, this, input, (customer, words) => {
			const { groups, customer: filled, changes } = benefitsFor(rules, customer);
			const counts = Object.fromEntries(BENEFIT_GROUPS.map((s) => [s, groups[s].length])) as Record<Status, number>;
			const now = today();
			return {
				customer: filled,
				who: words.customer(rules, filled),
				summary: words.benefitsSummary(counts),
				groups: BENEFIT_GROUPS.map((status) => ({
					verdict: status,
					label: words.statusLabel(status),
					benefits: groups[status].map((b): BenefitRow => ({
						model: b.model,
						label: words.modelLabel(rules, b.model, b.options),
						...(b.options && { options: b.options }),
						until: b.decision.unlimitedUntil ?? null,
						...(b.decision.creditsPerGeneration && { creditsPerGeneration: cost(b.decision.creditsPerGeneration) }),
						...readingField(decisionReading(rules, b.decision), words),
						source: absolute(decisionHref(rules, b.decision)),
					})),
				})),
				changes: changes.map((c) => ({
					model: c.model,
					label: words.modelLabel(rules, c.model, c.options),
					...(c.options && { options: c.options }),
					kind: c.kind,
					on: c.on,
					text: c.kind === 'starts' ? words.startsOn(c.on) : words.endedOn(c.on),
					source: absolute(decisionHref(rules, c.decision)),
				})),
				...(customer.asOf &&
					modelsChangedBetween(rules, filled, now).length > 0 &&
					rulesChanged(words, filled.asOf, now)),
			};
		});
	},
};

/**
 * `estimate_credits`: the estimator's answer. Result: `lines` (label, count, verdict, `creditsEach` and `subtotal`
 * in credits or `'unknown'`), `total` credits of known costs, `unknownCosts` (labels of unpriced lines), `balance`
 * (credits, from the input or the plan) and `balanceBuys` (generations per line, `'unlimited'` or `'unknown'`).
 */
export const estimateCreditsTool: RuleTool = {
	name: 'estimate_credits',
	title: 'Credit estimator',
	description:
		'How many credits do these Carat generations cost this customer, and how far does the balance go? Give the plan, billing cycle, lines of { model (an id or a name customers use), count, options?, cost? }, optionally the credit balance, and the signup date (YYYY-MM-DD) when asked for it (only lines whose answer depends on it need it). ' +
		'Unlimited lines cost 0; costs the help center does not publish stay unknown (never 0) unless you give the cost the app shows. The same rules as the credit estimator on carat.im/docs. Set locale to ko for Korean.',
	form: 'estimate',
	run(rules, input) {
		return answerChecked<ValidEstimateInput>(rules, this, input, (valid, words) => {
			// As the estimator: the signup date is asked for only when a line's answer depends on it.
			const needs = valid.joined === undefined ? signupDependent(rules, valid, valid.lines) : [];
			if (needs.length) return [words.signupNeeded(rules, needs, valid.plan)];
			const e = estimateFor(rules, valid);
			const labels = e.lines.map((l) => words.modelLabel(rules, l.model, optionsOf(l.verdict.query)));
			const balance = e.balance;
			return {
				lines: e.lines.map((l, i) => ({
					model: l.model,
					label: labels[i],
					count: l.count,
					verdict: l.verdict.status,
					until: l.verdict.unlimitedUntil ?? null,
					creditsEach: l.creditsEach,
					subtotal: l.subtotal,
					approximate: l.approximate,
					costFrom: l.costFrom,
				})),
				total: e.total,
				approximate: e.approximate,
				summary: words.estimateSummary(e.total, e.approximate, e.unpriced.length),
				unknownCosts: e.lines.flatMap((l, i) => (l.subtotal === 'unknown' ? [labels[i]] : [])),
				balance: balance ?? null,
				...(balance?.from === 'plan' && {
					balanceNote: words.balanceDefault(rules, valid.plan, monthlyCredits(rules, valid.plan)),
				}),
				balanceBuys: e.affordable.map((a, i) => ({
					label: labels[i],
					generations: a.generations,
					approximate: a.approximate,
					...(balance && {
						sentence: words.afford(words.modelName(rules, a.model), a.generations, a.approximate, balance),
					}),
				})),
			};
		});
	},
};

/**
 * The option values a line was priced with (the model's own, defaults filled in) as `ModelOptions`, for `modelLabel`.
 */
const optionsOf = (q: ResolvedQuery) =>
	Object.fromEntries((['resolution', 'method'] as const).flatMap((f) => (q[f] ? [[f, [q[f]]]] : []))) as ModelOptions;

/** The three rule tools, in the order agents list them. */
export const RULE_TOOLS: readonly RuleTool[] = [checkEligibilityTool, listBenefitsTool, estimateCreditsTool];
