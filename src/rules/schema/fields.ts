// The input fields of the rule set, described once: each field's key, type, limits and URL parameter. The one
// validator (engine/input-checks.ts), the zod schemas and their JSON Schema (input/), the widgets' URL reader and
// the messages (words/: a label per field and language) all read these descriptions; forms.ts says which fields
// make each input. A leaf without rule data: an island reads its URL with it before the rule engine loads.

/** Inclusive bounds per numeric field, and the most lines an estimate may have. */
export const LIMITS = {
	/** Generations per line. */
	count: { min: 1, max: 100_000 },
	/** Credits per generation a reader enters for an unpublished cost. */
	cost: { min: 0, max: 100_000 },
	/** Credit balance, in credits. */
	balance: { min: 0, max: 100_000_000 },
	/** Lines of one estimate. */
	lines: 50,
} as const;

/** A field's key, e.g. `joined`: the key in the API, the tools' JSON and `InputProblem.path`. */
export type FieldName =
	| 'plan'
	| 'billing'
	| 'joined'
	| 'asOf'
	| 'model'
	| 'resolution'
	| 'method'
	| 'agent'
	| 'balance'
	| 'lines'
	| 'count'
	| 'cost'
	| 'options'
	| 'locale'
	| 'since';
/**
 * A form's name: an input (`eligibility`, `customer`, `estimate`, `changes`) or a part of one (`line`, `options`).
 */
export type FormName = 'eligibility' | 'customer' | 'estimate' | 'line' | 'options' | 'changes';

/** What a field holds. */
export type FieldType =
	/** One of the rule set's ids for the field (`vocabulary[key]`: a plan, billing cycle, model or option id). */
	| { type: 'id' }
	/** One of `values`, whatever the rule set. */
	| { type: 'enum'; values: readonly [string, ...string[]] }
	/** A calendar day written `YYYY-MM-DD`, from 2020-01-01 to 2099-12-31. */
	| { type: 'date' }
	/** A whole number within `LIMITS[key]`. */
	| { type: 'whole' }
	/** A list of at most `LIMITS.lines` objects of the form `of`. */
	| { type: 'list'; of: FormName }
	/** An object of the form `of`. */
	| { type: 'object'; of: FormName };

/** One input field. */
export type Field = FieldType & {
	/** Its URL parameter in the widgets' links (`asof`, `res`, `bal`), where a link carries it. */
	param?: string;
};

/** Every input field by key. */
export const FIELDS = {
	plan: { type: 'id', param: 'plan' },
	billing: { type: 'id', param: 'billing' },
	joined: { type: 'date', param: 'joined' },
	asOf: { type: 'date', param: 'asof' },
	model: { type: 'id', param: 'model' },
	resolution: { type: 'id', param: 'res' },
	method: { type: 'id', param: 'method' },
	agent: { type: 'id', param: 'agent' },
	balance: { type: 'whole', param: 'bal' },
	lines: { type: 'list', of: 'line', param: 'line' },
	count: { type: 'whole' },
	cost: { type: 'whole' },
	options: { type: 'object', of: 'options' },
	/** The language of the answer's sentences: English (default) or Korean. */
	locale: { type: 'enum', values: ['en', 'ko'] },
	/** The first day of the change-log entries asked for (`list_changes`). */
	since: { type: 'date' },
} as const satisfies Record<FieldName, Field>;

/** A field whose value is one of the rule set's ids. */
export type IdField = { [K in FieldName]: (typeof FIELDS)[K]['type'] extends 'id' ? K : never }[FieldName];
/** A field whose value is a calendar day. */
export type DateField = 'joined' | 'asOf' | 'since';
/** A field whose value is a whole number within `LIMITS`. */
export type WholeField = 'count' | 'cost' | 'balance';

/** Is `v` a whole number within the limits of `field`? */
export const withinLimits = (field: WholeField, v: unknown): v is number =>
	Number.isInteger(v) && (v as number) >= LIMITS[field].min && (v as number) <= LIMITS[field].max;

/**
 * A whole number typed as text (`'25'`), as the form and the URL take it: digits only, within the limits of `field`.
 * Returns the number, or `undefined` for anything else (`'1e3'`, `'1.0'`, `' 5'`, `'-1'`, `'100001'` for a count).
 */
export function wholeNumberText(field: WholeField, text: string): number | undefined {
	if (!/^\d{1,9}$/.test(text)) return undefined;
	const n = Number(text);
	return withinLimits(field, n) ? n : undefined;
}
