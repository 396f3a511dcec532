// The estimator's answers, loaded when a reader starts answering (see checker-answer.ts for why).
import { estimateFor, signupDependent, type Estimate, type ValidEstimateInput } from '../rules/engine/estimate.ts';
import { inputProblems } from '../rules/engine/input-checks.ts';
import { wholeNumberText } from '../rules/schema/fields.ts';
import { monthlyCredits } from '../rules/engine/costs.ts';
import { sourceHref } from '../rules/schema/links.ts';
import type { AnswerWords } from '../rules/words/answers.ts';
import type { RuleSet } from '../rules/engine/compile.ts';
import type { Choices } from './choices.ts';
import type { EstimatorForm } from './estimator-state.ts';

/** What the estimator shows for a form. */
export type EstimatorAnswer =
	/** Plan or billing cycle missing. */
	| { kind: 'empty'; balanceHint?: undefined }
	/**
	 * Invalid fields, each message starting with the field's label (`Count, line 2: …`); or a signup date the lines need.
	 * `fields`: the fields at fault, `joined`, `asOf`, `balance`, or a line's `count-N` / `cost-N` (N from 0).
	 */
	| { kind: 'problem'; message: string; fields: string[]; balanceHint: string }
	| {
			kind: 'estimate';
			estimate: Estimate;
			balanceHint: string;
			announcement: string;
			affordable: string[];
			whyHref: (i: number) => string | undefined;
			/** The verdict word for a model not available yet. */ unsupported: string;
	  };

const number = (field: 'count' | 'cost' | 'balance', text: string) => wholeNumberText(field, text) ?? text;

/**
 * The input of `estimateFor` for a form: numbers where the text is a whole number within limits, else the text
 * (refused).
 */
function inputOf(form: EstimatorForm, choices: Choices): Record<string, unknown> {
	return {
		plan: form.plan,
		billing: form.billing,
		...(form.joined && { joined: form.joined }),
		...(form.asof && { asOf: form.asof }),
		...(form.bal !== '' && { balance: number('balance', form.bal) }),
		lines: form.lines.map((l) => {
			const info = choices.models.find((m) => m.id === l.model);
			const options = info?.resolutions?.includes(l.option)
				? { resolution: l.option }
				: info?.methods?.includes(l.option)
					? { method: l.option }
					: undefined;
			return {
				model: l.model,
				count: number('count', l.count),
				...(options && { options }),
				...(l.cost !== '' && { cost: number('cost', l.cost) }),
			};
		}),
	};
}

/**
 * The estimate for a form by `rules`, priced by `estimateFor` with the same checks as the API (`inputProblems`); a
 * signup date is
 * asked for only when some line's verdict depends on it (`signupDependent`).
 */
export function answerEstimator(
	rules: RuleSet,
	form: EstimatorForm,
	choices: Choices,
	words: AnswerWords,
): EstimatorAnswer {
	if (!form.plan || !form.billing) return { kind: 'empty' };
	const input = inputOf(form, choices);
	const balanceHint = words.balanceDefault(rules, form.plan as never, monthlyCredits(rules, form.plan as never));
	// The signup date is optional here: it is asked for below, only when a line's answer depends on it.
	const problems = inputProblems(rules, 'estimate', input);
	if (problems.length) {
		const message = problems.map((p) => words.problem(p)).join(' ');
		const fields = problems.map(({ path: [field, line, key] }) =>
			field === 'lines' ? `${key}-${line}` : String(field),
		);
		return { kind: 'problem', message, fields, balanceHint };
	}
	const valid = input as unknown as ValidEstimateInput;
	if (!form.joined) {
		const needs = signupDependent(rules, valid, valid.lines);
		if (needs.length) {
			return {
				kind: 'problem',
				message: words.signupNeeded(rules, needs, valid.plan),
				fields: ['joined'],
				balanceHint,
			};
		}
	}
	const estimate = estimateFor(rules, valid);
	const balance = estimate.balance;
	return {
		kind: 'estimate',
		estimate,
		unsupported: words.statusLabel('unsupported'),
		balanceHint,
		announcement: words.estimateSummary(estimate.total, estimate.approximate, estimate.unpriced.length),
		affordable: balance
			? estimate.affordable.map((a) =>
					words.afford(words.modelName(rules, a.model), a.generations, a.approximate, balance),
				)
			: [],
		whyHref: (i) => {
			const trace = estimate.lines[i]?.verdict.trace;
			return trace?.kind === 'grant' ? sourceHref(trace.grant.source) : undefined;
		},
	};
}
