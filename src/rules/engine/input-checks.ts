import { inDateRange } from '../schema/calendar.ts';
import { isCalendarDate, today } from '../schema/day.ts';
import { LIMITS, withinLimits } from '../schema/limits.ts';
import type { RuleIndex } from './rule-index.ts';

export { LIMITS, withinLimits, wholeNumberText } from '../schema/limits.ts';

// The checks an eligibility or estimate input must pass. A problem says what is wrong (its kind and arguments), not
// how to say it: words/en.ts and words/answers-ko.ts word it. The zod schemas (input/) are built from these same
// predicates; the widgets and the agent tools call `inputProblems` directly, so the browser downloads no zod.

/** A field of a query or an estimate, as named in the API and in the URL; words/labels.ts gives each its label. */
export type FieldName =
	| 'plan'
	| 'billing'
	| 'joined'
	| 'asOf'
	| 'model'
	| 'resolution'
	| 'method'
	| 'agent'
	| 'count'
	| 'cost'
	| 'balance'
	| 'lines';

/** The kinds of problem, each with the arguments its message needs. */
export interface ProblemArgsByKind {
	/** A closed field (`plan`, `model`…) given a value that is not one of its ids. */
	notOneOf: [field: FieldName, value: unknown, values: readonly string[]];
	/** A date field given something that is not a calendar day written `YYYY-MM-DD`. */
	notDate: [field: 'joined' | 'asOf', value: unknown];
	/** A calendar day outside 2020-01-01 … 2099-12-31. */
	outOfRange: [field: 'joined' | 'asOf', value: string];
	/** A signup date after the as-of date (`undefined`: today). */
	joinedAfterAsOf: [joined: string, asOf: string | undefined];
	/** A count, cost or balance that is not a whole number within its `LIMITS`. */
	notWholeNumber: [field: 'count' | 'cost' | 'balance', value: unknown];
	/** More estimate lines than `LIMITS.lines`. */
	tooManyLines: [count: number];
}
export type ProblemKind = keyof ProblemArgsByKind;
export type ProblemArgs<K extends ProblemKind> = ProblemArgsByKind[K];

/** The problem of a date field, or `undefined` when `value` is a calendar day from 2020-01-01 to 2099-12-31. */
export function dateProblem(field: 'joined' | 'asOf', value: unknown): InputProblem | undefined {
	if (!isCalendarDate(value)) return problem([field], 'notDate', field, value);
	if (!inDateRange(value)) return problem([field], 'outOfRange', field, value);
	return undefined;
}

/**
 * Is `joined` on or before `asOf` (default today on the local calendar)? Both `YYYY-MM-DD`. A date that fails its
 * own check passes here: its own message reports it, and a comparison with it would only add a misleading one.
 */
export const joinedNotAfter = (joined: unknown, asOf: unknown) =>
	dateProblem('joined', joined) !== undefined ||
	(asOf !== undefined && dateProblem('asOf', asOf) !== undefined) ||
	(joined as string) <= ((asOf as string | undefined) ?? today());

/** A problem with one field of an input. */
export type InputProblem = {
	[K in ProblemKind]: {
		/** Path of the field, e.g. `['lines', 0, 'count']`. */
		path: (string | number)[];
		/** What is wrong, and the arguments its message needs (words/en.ts `problemMessage`). */
		kind: K;
		args: ProblemArgs<K>;
	};
}[ProblemKind];

/** The problem of `kind` at `path`. */
function problem<K extends ProblemKind>(path: (string | number)[], kind: K, ...args: ProblemArgs<K>): InputProblem {
	return { path, kind, args } as InputProblem;
}

type ClosedField = 'plan' | 'billing' | 'model' | 'resolution' | 'method' | 'agent';

/**
 * The problems of an eligibility query (`{ plan, billing, joined, model, … }`) or, with `lines`, of an estimate
 * input, against the ids of `rules`: the same checks the zod schemas make, without zod. Empty when the input is valid.
 */
export function inputProblems(rules: RuleIndex, input: Record<string, unknown>): InputProblem[] {
	const { vocabulary } = rules;
	const out: InputProblem[] = [];
	const closed = (field: ClosedField, value: unknown, path: (string | number)[] = [field], required = true) => {
		if (value === undefined && !required) return;
		if (!(vocabulary[field] as readonly unknown[]).includes(value))
			out.push(problem(path, 'notOneOf', field, value, vocabulary[field]));
	};
	const date = (field: 'joined' | 'asOf', value: unknown, required: boolean) => {
		if (value === undefined && !required) return;
		const found = dateProblem(field, value);
		if (found) out.push(found);
	};
	closed('plan', input.plan);
	closed('billing', input.billing);
	date('joined', input.joined, true);
	date('asOf', input.asOf, false);
	if ('lines' in input) {
		if (input.balance !== undefined && !withinLimits('balance', input.balance))
			out.push(problem(['balance'], 'notWholeNumber', 'balance', input.balance));
		const lines = Array.isArray(input.lines) ? input.lines : [];
		if (lines.length > LIMITS.lines) out.push(problem(['lines'], 'tooManyLines', lines.length));
		lines.forEach((line: Record<string, unknown>, i) => {
			closed('model', line.model, ['lines', i, 'model']);
			if (!withinLimits('count', line.count))
				out.push(problem(['lines', i, 'count'], 'notWholeNumber', 'count', line.count));
			if (line.cost !== undefined && !withinLimits('cost', line.cost))
				out.push(problem(['lines', i, 'cost'], 'notWholeNumber', 'cost', line.cost));
			const options = (line.options ?? {}) as Record<string, unknown>;
			for (const f of ['resolution', 'method', 'agent'] as const)
				closed(f, options[f], ['lines', i, 'options', f], false);
		});
	} else {
		closed('model', input.model);
		for (const f of ['resolution', 'method', 'agent'] as const) closed(f, input[f], [f], false);
	}
	if (!joinedNotAfter(input.joined, input.asOf))
		out.push(problem(['joined'], 'joinedAfterAsOf', input.joined as string, input.asOf as string | undefined));
	return out;
}
