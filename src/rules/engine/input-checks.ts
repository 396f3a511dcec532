import { inDateRange } from '../schema/calendar.ts';
import { isCalendarDate, today } from '../schema/day.ts';
import { FORMS, formFields } from '../schema/forms.ts';
import {
	FIELDS,
	LIMITS,
	withinLimits,
	type DateField,
	type FieldName,
	type FormName,
	type IdField,
	type WholeField,
} from '../schema/fields.ts';
import type { RuleIndex } from './rule-index.ts';

export type { FieldName } from '../schema/fields.ts';

// The one validator of the rule set's inputs, for the API, the widgets, the WebMCP tools and the MCP server alike.
// It reads the field descriptions (schema/fields.ts) and says what is wrong (a problem's kind and arguments), not
// how to say it: words/en.ts and words/answers-ko.ts word a problem in the reader's language. Zod-free, so that the
// browser downloads no zod.

/** The kinds of problem, each with the arguments its message needs. */
export interface ProblemArgsByKind {
	/** An id field (`plan`, `model`…) or `locale` given a value that is not one of its `values`. */
	notOneOf: [field: IdField | 'locale', value: unknown, values: readonly string[]];
	/** A date field given something that is not a calendar day written `YYYY-MM-DD`. */
	notDate: [field: DateField, value: unknown];
	/** A calendar day outside 2020-01-01 … 2099-12-31. */
	outOfRange: [field: DateField, value: string];
	/** A signup date after the as-of date (`undefined`: today). */
	joinedAfterAsOf: [joined: string, asOf: string | undefined];
	/** A count, cost or balance that is not a whole number within its `LIMITS`. */
	notWholeNumber: [field: WholeField, value: unknown];
	/** More estimate lines than `LIMITS.lines`. */
	tooManyLines: [count: number];
	/** A required field left out; `values`: the ids it may take, for an id field. */
	missing: [field: FieldName, values?: readonly string[]];
	/** A key the form does not have. */
	notAField: [form: FormName, key: string];
	/** An input, line or options that is not an object. */
	notAnObject: [form: FormName, value: unknown];
	/** A list field (`lines`) given something that is not a list. */
	notAList: [field: 'lines', value: unknown];
}
export type ProblemKind = keyof ProblemArgsByKind;
export type ProblemArgs<K extends ProblemKind> = ProblemArgsByKind[K];

/** A problem with one field of an input. */
export type InputProblem = {
	[K in ProblemKind]: {
		/** Path of the field, e.g. `['lines', 0, 'count']`; `[]` for the input itself. */
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

/** The problem of a date field, or `undefined` when `value` is a calendar day from 2020-01-01 to 2099-12-31. */
export function dateProblem(field: DateField, value: unknown, path: (string | number)[] = [field]) {
	if (!isCalendarDate(value)) return problem(path, 'notDate', field, value);
	if (!inDateRange(value)) return problem(path, 'outOfRange', field, value);
	return undefined;
}

/** The values an id or enum field may take, or `undefined` for another field. */
function valuesOf(rules: RuleIndex, key: FieldName): readonly string[] | undefined {
	const f = FIELDS[key];
	return f.type === 'id' ? rules.vocabulary[key as IdField] : f.type === 'enum' ? f.values : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The problems of `input` as a `form` of FORMS (`eligibility`: `{ plan, billing, joined, model, asOf?, resolution?,
 * method?, agent? }`; `customer`; `estimate`: `{ plan, billing, joined?, asOf?, balance?, lines: [{ model, count,
 * options?, cost? }] }`) against the ids of `rules`: shape, missing and unknown keys, ids, calendar days (2020-01-01 …
 * 2099-12-31), whole numbers within `LIMITS`, and a signup date not after the as-of date (default today on the local
 * calendar). Empty when the input is valid. Never throws.
 */
export function inputProblems(rules: RuleIndex, form: FormName, input: unknown): InputProblem[] {
	const out: InputProblem[] = [];
	const field = (key: FieldName, value: unknown, path: (string | number)[]) => {
		const f = FIELDS[key];
		if (f.type === 'id' || f.type === 'enum') {
			const values = f.type === 'id' ? rules.vocabulary[key as IdField] : f.values;
			if (!values.includes(value as string)) out.push(problem(path, 'notOneOf', key as IdField, value, values));
		} else if (f.type === 'date') {
			const found = dateProblem(key as DateField, value, path);
			if (found) out.push(found);
		} else if (f.type === 'whole') {
			if (!withinLimits(key as WholeField, value)) out.push(problem(path, 'notWholeNumber', key as WholeField, value));
		} else if (f.type === 'object') object(f.of, value, path);
		else if (!Array.isArray(value)) out.push(problem(path, 'notAList', 'lines', value));
		else {
			if (value.length > LIMITS.lines) out.push(problem(path, 'tooManyLines', value.length));
			value.forEach((item, i) => object(f.of, item, [...path, i]));
		}
	};
	const object = (form: FormName, value: unknown, path: (string | number)[]) => {
		if (!isObject(value)) return out.push(problem(path, 'notAnObject', form, value));
		const fields: readonly string[] = formFields(form);
		for (const key of fields as FieldName[]) {
			if (value[key] !== undefined) field(key, value[key], [...path, key]);
			else if ((FORMS[form].required as readonly string[]).includes(key))
				out.push(problem([...path, key], 'missing', key, valuesOf(rules, key)));
		}
		for (const key of Object.keys(value))
			if (!fields.includes(key)) out.push(problem([...path, key], 'notAField', form, key));
	};
	object(form, input, []);
	if (isObject(input) && input.joined !== undefined && !joinedNotAfter(input.joined, input.asOf))
		out.push(problem(['joined'], 'joinedAfterAsOf', input.joined as string, input.asOf as string | undefined));
	return out;
}

/**
 * Is `joined` on or before `asOf` (default today on the local calendar)? Both `YYYY-MM-DD`. A date that fails its
 * own check passes here: its own message reports it, and a comparison with it would only add a misleading one.
 */
const joinedNotAfter = (joined: unknown, asOf: unknown) =>
	dateProblem('joined', joined) !== undefined ||
	(asOf !== undefined && dateProblem('asOf', asOf) !== undefined) ||
	(joined as string) <= ((asOf as string | undefined) ?? today());
