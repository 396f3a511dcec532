import { FIRST_DAY, LAST_DAY, inDateRange, isCalendarDate, today } from './calendar.ts';
import { FIELD_LABELS, formatDate, type FieldName } from './words.ts';
import { LIMITS, withinLimits } from './limits.ts';

export { LIMITS, withinLimits, wholeNumberText } from './limits.ts';
import { vocabulary } from './vocabulary.ts';

// The checks an eligibility or estimate input must pass, and their messages. The zod schemas
// (schemas/query.ts, schemas/estimate.ts) are built from these same predicates and messages; the widgets call
// `inputProblems` directly so that the browser does not download zod.

/**
 * A value as messages quote it, as the widgets do: JSON, at most 60 characters of it (a longer string is cut to its
 * first 60 characters and `…`), so that a 10 MB value in gives a short message out.
 */
export function quoted(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
const shown = (value: unknown) => (typeof value === 'string' && isCalendarDate(value) ? formatDate(value) : quoted(value));
const n = (x: number) => x.toLocaleString('en-US');

/** Messages; each starts with the field's label in the widgets (`Signup date: …`) and quotes the value as given (`quoted`). */
export const messages = {
	notOneOf: (field: FieldName, value: unknown, values: readonly string[]) => `${FIELD_LABELS[field]}: ${quoted(value)} is not one of ${values.join(', ')}`,
	notDate: (field: FieldName, value: unknown) =>
		typeof value === 'string'
			? `${FIELD_LABELS[field]}: ${quoted(value)} is not a calendar date written YYYY-MM-DD`
			: `${FIELD_LABELS[field]}: expected a date written YYYY-MM-DD, got ${quoted(value)}`,
	outOfRange: (field: FieldName, value: string) => `${FIELD_LABELS[field]}: ${quoted(value)} is outside ${formatDate(FIRST_DAY)} to ${formatDate(LAST_DAY)}`,
	joinedAfterAsOf: (joined: string, asOf: string | undefined) =>
		`${FIELD_LABELS.joined}: ${shown(joined)} is after ${asOf === undefined ? 'today' : `the ${FIELD_LABELS.asOf} date`}, ${formatDate(asOf ?? today())}`,
	notWholeNumber: (field: 'count' | 'cost' | 'balance', value: unknown) =>
		`${FIELD_LABELS[field]}: ${quoted(value)} is not a whole number from ${n(LIMITS[field].min)} to ${n(LIMITS[field].max)}`,
	tooManyLines: (count: number) => `${FIELD_LABELS.lines}: ${n(count)} lines; an estimate has at most ${LIMITS.lines}`,
};

/** The message for a date field, or `undefined` when `value` is a calendar day from 2020-01-01 to 2099-12-31. */
export function dateProblem(field: 'joined' | 'asOf', value: unknown): string | undefined {
	if (!isCalendarDate(value)) return messages.notDate(field, value);
	if (!inDateRange(value)) return messages.outOfRange(field, value);
	return undefined;
}

/**
 * Is `joined` on or before `asOf` (default today on the local calendar)? Both `YYYY-MM-DD`. A date that fails its
 * own check passes here: its own message reports it, and a comparison with it would only add a misleading one.
 */
export const joinedNotAfter = (joined: unknown, asOf: unknown) =>
	dateProblem('joined', joined) !== undefined || (asOf !== undefined && dateProblem('asOf', asOf) !== undefined) ||
	(joined as string) <= ((asOf as string | undefined) ?? today());


/** The kinds of problem, each with the arguments of its message. */
export type ProblemKind = keyof typeof messages;
export type ProblemArgs<K extends ProblemKind> = Parameters<(typeof messages)[K]>;

/** A problem with one field of an input. */
export type InputProblem = {
	[K in ProblemKind]: {
		/** Path of the field, e.g. `['lines', 0, 'count']`. */
		path: (string | number)[];
		/** The message in English (`messages`). */
		message: string;
		/** What is wrong, so that another language can word it: a key of `messages` and its arguments. */
		kind: K;
		args: ProblemArgs<K>;
	};
}[ProblemKind];

/** The problem of `kind` at `path`, with its English message. */
function problem<K extends ProblemKind>(path: (string | number)[], kind: K, ...args: ProblemArgs<K>): InputProblem {
	return { path, kind, args, message: (messages[kind] as (...a: ProblemArgs<K>) => string)(...args) } as InputProblem;
}

type ClosedField = 'plan' | 'billing' | 'model' | 'resolution' | 'method' | 'agent';

/**
 * The problems of an eligibility query (`{ plan, billing, joined, model, … }`) or, with `lines`, of an estimate
 * input: the same checks the zod schemas make, without zod. Empty when the input is valid.
 */
export function inputProblems(input: Record<string, unknown>): InputProblem[] {
	const out: InputProblem[] = [];
	const closed = (field: ClosedField, value: unknown, path: (string | number)[] = [field], required = true) => {
		if (value === undefined && !required) return;
		if (!(vocabulary[field] as readonly unknown[]).includes(value)) out.push(problem(path, 'notOneOf', field, value, vocabulary[field]));
	};
	const date = (field: 'joined' | 'asOf', value: unknown, required: boolean) => {
		if (value === undefined && !required) return;
		if (!isCalendarDate(value)) out.push(problem([field], 'notDate', field, value));
		else if (!inDateRange(value)) out.push(problem([field], 'outOfRange', field, value));
	};
	closed('plan', input.plan);
	closed('billing', input.billing);
	date('joined', input.joined, true);
	date('asOf', input.asOf, false);
	if ('lines' in input) {
		if (input.balance !== undefined && !withinLimits('balance', input.balance)) out.push(problem(['balance'], 'notWholeNumber', 'balance', input.balance));
		const lines = Array.isArray(input.lines) ? input.lines : [];
		if (lines.length > LIMITS.lines) out.push(problem(['lines'], 'tooManyLines', lines.length));
		lines.forEach((line: Record<string, unknown>, i) => {
			closed('model', line.model, ['lines', i, 'model']);
			if (!withinLimits('count', line.count)) out.push(problem(['lines', i, 'count'], 'notWholeNumber', 'count', line.count));
			if (line.cost !== undefined && !withinLimits('cost', line.cost)) out.push(problem(['lines', i, 'cost'], 'notWholeNumber', 'cost', line.cost));
			const options = (line.options ?? {}) as Record<string, unknown>;
			for (const f of ['resolution', 'method', 'agent'] as const) closed(f, options[f], ['lines', i, 'options', f], false);
		});
	} else {
		closed('model', input.model);
		for (const f of ['resolution', 'method', 'agent'] as const) closed(f, input[f], [f], false);
	}
	if (!joinedNotAfter(input.joined, input.asOf))
		out.push(problem(['joined'], 'joinedAfterAsOf', input.joined as string, input.asOf as string | undefined));
	return out;
}
