import type { RuleIndex } from './rule-index.ts';
import { decide, decisionsForEverySignup, resolveQuery, type Decision, type ValidQuery } from './decide.ts';
import { monthlyCredits } from './costs.ts';
import { FIRST_DAY } from '../schema/calendar.ts';
import type { ModelId } from '../schema/ids.ts';

/**
 * An estimate input that has passed validation (`EstimateInput` or `inputProblems`). Credits are numbers of credits.
 */
export interface ValidEstimateInput extends Omit<ValidQuery, 'model' | 'resolution' | 'method' | 'agent' | 'joined'> {
	/** Signup date, `YYYY-MM-DD`; may be left out only when no line depends on it (`signupDependent` is empty). */
	joined?: string | undefined;
	/** Credit balance; default the plan's monthly credits where they are known. */
	balance?: number | undefined;
	lines: {
		model: ModelId;
		count: number;
		options?: { resolution?: string | undefined; method?: string | undefined; agent?: string | undefined } | undefined;
		/** Credits per generation as the app shows it; used only where no cost is published. */
		cost?: number | undefined;
	}[];
}

/** A priced line: `count` x `creditsEach` = `subtotal` credits; `'unknown'` where no cost is published. */
export interface EstimateLine {
	model: ModelId;
	count: number;
	/** `true` when the line is unlimited for this customer (then `creditsEach` and `subtotal` are 0). */
	unlimited: boolean;
	/** Credits per generation, or `'unknown'` when the help center publishes none (never 0 by default). */
	creditsEach: number | 'unknown';
	/** Credits for the line, or `'unknown'`. */
	subtotal: number | 'unknown';
	/** `true` when the cost is an "about" figure. */
	approximate: boolean;
	/** Where `creditsEach` comes from: the benefit, the help center, the reader (`cost`), or nowhere. */
	costFrom: 'unlimited' | 'published' | 'entered' | 'unknown';
	/** The eligibility decision the line was priced with (status, reasons). */
	verdict: Decision;
}

/** How many generations of a line's model the balance buys. */
export interface Affordable {
	model: ModelId;
	/** Whole generations, `'unlimited'`, or `'unknown'` (cost or balance not known). */
	generations: number | 'unlimited' | 'unknown';
	approximate: boolean;
}

/** The result of `estimate`. */
export interface Estimate {
	lines: EstimateLine[];
	/** Sum of the known subtotals, in credits. */
	total: number;
	/** `true` when the total includes an "about" figure. */
	approximate: boolean;
	/** Models of the lines whose cost is unknown (not in `total`). */
	unpriced: ModelId[];
	/** The balance used, in credits, and where it came from; absent when neither given nor published. */
	balance?: { credits: number; from: 'input' | 'plan'; approximate: boolean };
	/** Per line, how many generations of its model the balance buys. */
	affordable: Affordable[];
}

/**
 * The models of `lines` whose verdict for this plan and billing cycle changes with the signup date (on some signup
 * day up to the as-of date, or because the benefit lasts a period from signup): only those need a signup date to be
 * priced. E.g. Plus + Carat Video: none; Premium + Carat Video: `['carat-video']`.
 */
export function signupDependent(
	rules: RuleIndex,
	customer: Pick<ValidEstimateInput, 'plan' | 'billing' | 'asOf'>,
	lines: Pick<ValidEstimateInput['lines'][number], 'model' | 'options'>[],
): ModelId[] {
	const out: ModelId[] = [];
	for (const { model, options } of lines) {
		const verdicts = decisionsForEverySignup(rules, {
			plan: customer.plan,
			billing: customer.billing,
			asOf: customer.asOf,
			...options,
			model,
		});
		if (
			!out.includes(model) &&
			(new Set(verdicts.map((v) => v.status)).size > 1 || verdicts.some((v) => v.unlimitedUntil))
		)
			out.push(model);
	}
	return out;
}

/**
 * Prices an already validated estimate input. See `estimate`. @throws Error when `joined` is absent and a line depends
 * on it.
 */
export function estimateFor(rules: RuleIndex, input: ValidEstimateInput): Estimate {
	const { lines: lineInputs, balance: given, joined: signup, ...rest } = input;
	if (signup === undefined && signupDependent(rules, rest, lineInputs).length)
		throw new Error('estimateFor: a line depends on the signup date (joined)');
	const customer = { ...rest, joined: signup ?? FIRST_DAY };
	const lines = lineInputs.map(({ model, count, options, cost: entered }): EstimateLine => {
		const verdict = decide(rules, resolveQuery(rules, { ...customer, ...options, model }));
		const unlimited = verdict.status === 'unlimited';
		const published = verdict.creditsPerGeneration;
		const costFrom = unlimited ? 'unlimited' : published ? 'published' : entered !== undefined ? 'entered' : 'unknown';
		const creditsEach = { unlimited: 0, published: published?.credits, entered, unknown: 'unknown' as const }[
			costFrom
		]!;
		return {
			model,
			count,
			unlimited,
			creditsEach,
			costFrom,
			verdict,
			subtotal: creditsEach === 'unknown' ? 'unknown' : creditsEach * count,
			approximate: costFrom === 'published' && !!published?.approximate,
		};
	});
	const known = lines.filter((l) => l.subtotal !== 'unknown');
	const monthly = monthlyCredits(rules, customer.plan);
	const balance =
		given !== undefined
			? { credits: given, from: 'input' as const, approximate: false }
			: monthly && { credits: monthly.credits, from: 'plan' as const, approximate: monthly.approximate };
	const result: Estimate = {
		lines,
		total: known.reduce((sum, l) => sum + (l.subtotal as number), 0),
		approximate: known.some((l) => l.approximate),
		unpriced: lines.filter((l) => l.subtotal === 'unknown').map((l) => l.model),
		affordable: lines.map((l) => ({
			model: l.model,
			generations: l.unlimited
				? 'unlimited'
				: l.creditsEach === 'unknown' || l.creditsEach === 0 || !balance
					? 'unknown'
					: Math.floor(balance.credits / l.creditsEach),
			approximate: l.approximate || !!balance?.approximate,
		})),
	};
	if (balance) result.balance = balance;
	return result;
}
