import type { FieldName, FormName } from './fields.ts';

// Which fields make each input of the rule set. Read by the validator, the zod schemas and the messages, all loaded
// with the rule engine; the islands read their URL with fields.ts alone, before the engine loads.

/** A form: the fields an input must have, and those it may have. Any other key is refused. */
export interface Form {
	required: readonly FieldName[];
	optional: readonly FieldName[];
}

/**
 * The forms of the rule set's inputs. `eligibility`: "is this model unlimited for me?"; `customer`: "what is unlimited
 * for me?"; `estimate`: "what do these generations cost me?" (its signup date is asked only when a line depends on
 * it); `changes`: "what changed in the rules since this day?"; `line` and `options`: one line of an estimate and its
 * option values.
 */
export const FORMS = {
	eligibility: {
		required: ['plan', 'billing', 'joined', 'model'],
		optional: ['asOf', 'resolution', 'method', 'agent', 'locale'],
	},
	customer: { required: ['plan', 'billing', 'joined'], optional: ['asOf', 'locale'] },
	estimate: { required: ['plan', 'billing', 'lines'], optional: ['joined', 'asOf', 'balance', 'locale'] },
	line: { required: ['model', 'count'], optional: ['options', 'cost'] },
	options: { required: [], optional: ['resolution', 'method', 'agent'] },
	changes: { required: [], optional: ['since', 'locale'] },
} as const satisfies Record<FormName, Form>;

/** Every field of a form, required ones first. */
export const formFields = (form: FormName): FieldName[] => [...FORMS[form].required, ...FORMS[form].optional];

/** A form's fields as agents read them: `{ model, count, options?, cost? }`. */
export const formShape = (form: FormName) =>
	`{ ${[...FORMS[form].required, ...FORMS[form].optional.map((k) => `${k}?`)].join(', ')} }`;

/** The line (1-based) of an estimate line's problem, from its path (`['lines', 0, …]`), or `undefined`. */
export const lineOf = (path: readonly (string | number)[]): number | undefined =>
	path[0] === 'lines' && typeof path[1] === 'number' ? path[1] + 1 : undefined;
