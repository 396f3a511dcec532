import { isCalendarDate, todayUtc } from './dates.ts';
import { AGENTS, BILLING_CYCLES, METHODS, MODEL_IDS, PLAN_IDS, RESOLUTIONS } from './vocabulary.ts';

// The checks an eligibility or estimate input must pass, and their messages. The zod schemas
// (schemas/query.ts, schemas/estimate.ts) are built from these same predicates and messages; the widgets call
// `inputProblems` directly so that the browser does not download zod (7.6 KB gzip here).

/** Allowed values of each closed field. */
export const FIELD_VALUES = {
	plan: PLAN_IDS,
	billing: BILLING_CYCLES,
	model: MODEL_IDS,
	resolution: RESOLUTIONS,
	method: METHODS,
	agent: AGENTS,
} as const;

/** Messages; each starts with the field name and quotes the value as given. */
export const messages = {
	notOneOf: (field: string, value: unknown, values: readonly string[]) => `${field}: ${JSON.stringify(value)} is not one of ${values.join(', ')}`,
	notDate: (field: string, value: unknown) =>
		typeof value === 'string'
			? `${field}: ${JSON.stringify(value)} is not a calendar date written YYYY-MM-DD`
			: `${field}: expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
	joinedAfterAsOf: (joined: string, asOf: string) => `joined: signup date ${joined} is after the as-of date ${asOf}`,
	notWholeNumber: (field: string, value: unknown, min: number, max: number) => `${field}: ${JSON.stringify(value)} is not a whole number from ${min} to ${max}`,
	notCredits: (field: string, value: unknown) => `${field}: ${JSON.stringify(value)} is not a number of credits (0 or more)`,
};

/**
 * Is `joined` on or before `asOf` (default today, UTC)? Both `YYYY-MM-DD`. A date that is not a calendar date
 * passes here: its own check reports it, and a comparison with it would only add a misleading message.
 */
export const joinedNotAfter = (joined: unknown, asOf: unknown) =>
	typeof joined !== 'string' || !isCalendarDate(joined) || (asOf !== undefined && (typeof asOf !== 'string' || !isCalendarDate(asOf))) ||
	joined <= ((asOf as string | undefined) ?? todayUtc());
export const isCredits = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100_000;

/** A problem with one field of an input. */
export interface InputProblem {
	/** Path of the field, e.g. `['lines', 0, 'count']`. */
	path: (string | number)[];
	message: string;
}

/**
 * The problems of an eligibility query (`{ plan, billing, joined, model, … }`) or, with `lines`, of an estimate
 * input: the same checks the zod schemas make, without zod. Empty when the input is valid.
 */
export function inputProblems(input: Record<string, unknown>): InputProblem[] {
	const out: InputProblem[] = [];
	const closed = (field: keyof typeof FIELD_VALUES, value: unknown, path: (string | number)[] = [field], required = true) => {
		if (value === undefined && !required) return;
		if (!(FIELD_VALUES[field] as readonly unknown[]).includes(value)) out.push({ path, message: messages.notOneOf(field, value, FIELD_VALUES[field]) });
	};
	const date = (field: string, value: unknown, required: boolean) => {
		if (value === undefined && !required) return;
		if (typeof value !== 'string' || !isCalendarDate(value)) out.push({ path: [field], message: messages.notDate(field, value) });
	};
	closed('plan', input.plan);
	closed('billing', input.billing);
	date('joined', input.joined, true);
	date('asOf', input.asOf, false);
	if ('lines' in input) {
		if (input.balance !== undefined && !isCredits(input.balance)) out.push({ path: ['balance'], message: messages.notCredits('balance', input.balance) });
		(Array.isArray(input.lines) ? input.lines : []).forEach((line: Record<string, unknown>, i) => {
			closed('model', line.model, ['lines', i, 'model']);
			if (!isCount(line.count)) out.push({ path: ['lines', i, 'count'], message: messages.notWholeNumber('count', line.count, 1, 100_000) });
			if (line.cost !== undefined && !isCredits(line.cost)) out.push({ path: ['lines', i, 'cost'], message: messages.notCredits('cost', line.cost) });
			const options = (line.options ?? {}) as Record<string, unknown>;
			for (const f of ['resolution', 'method', 'agent'] as const) closed(f, options[f], ['lines', i, 'options', f], false);
		});
	} else {
		closed('model', input.model);
		for (const f of ['resolution', 'method', 'agent'] as const) closed(f, input[f], [f], false);
	}
	if (!joinedNotAfter(input.joined, input.asOf))
		out.push({ path: ['joined'], message: messages.joinedAfterAsOf(input.joined as string, (input.asOf as string | undefined) ?? todayUtc()) });
	return out;
}
