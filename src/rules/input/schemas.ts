import * as z from 'zod/mini';
import type { Vocabulary } from '../engine/rule-index.ts';
import { FIELDS, LIMITS, type FieldName, type FormName, type IdField } from '../schema/fields.ts';
import { FORMS } from '../schema/forms.ts';

// The zod schema of each input form, generated from the field descriptions (schema/fields.ts) and a rule set's ids,
// for what zod is good at here: the JSON Schema agents read (`z.toJSONSchema`). Inputs are validated by
// `inputProblems` (engine/input-checks.ts), the one validator, whose messages the widgets and the tools share.

/** The zod schema of one field. */
function fieldSchema(vocabulary: Vocabulary, key: FieldName): z.ZodMiniType {
	const f = FIELDS[key];
	switch (f.type) {
		case 'id':
			return z.enum(vocabulary[key as IdField] as [string, ...string[]]);
		case 'enum':
			return z.enum(f.values as unknown as [string, ...string[]]);
		case 'date':
			return z.iso.date();
		case 'whole': {
			const { min, max } = LIMITS[key as 'count' | 'cost' | 'balance'];
			return z.int().check(z.minimum(min), z.maximum(max));
		}
		case 'object':
			return inputSchema(vocabulary, f.of);
		case 'list':
			return z.array(inputSchema(vocabulary, f.of)).check(z.maxLength(LIMITS.lines));
	}
}

/**
 * The zod schema of a form of FORMS (`eligibility`, `customer`, `estimate`, `line`, `options`) for a rule set's
 * `vocabulary`: a strict object of its fields, required and optional as the form says.
 */
export function inputSchema(vocabulary: Vocabulary, form: FormName): z.ZodMiniObject {
	const { required, optional } = FORMS[form];
	return z.strictObject(
		Object.fromEntries([
			...required.map((key) => [key, fieldSchema(vocabulary, key)]),
			...optional.map((key) => [key, z.optional(fieldSchema(vocabulary, key))]),
		]),
	);
}

/** What `checkEligibility` and `unlockingOptions` accept: ids of the rule set, dates `YYYY-MM-DD`. */
export interface EligibilityQueryInput {
	plan: string;
	billing: string;
	joined: string;
	model: string;
	resolution?: string | undefined;
	method?: string | undefined;
	agent?: string | undefined;
	asOf?: string | undefined;
	/** The language of the answer's sentences: `en` (default) or `ko`. */
	locale?: 'en' | 'ko' | undefined;
}

/** What `listBenefits` accepts. */
export type CustomerQueryInput = Pick<EligibilityQueryInput, 'plan' | 'billing' | 'joined' | 'asOf' | 'locale'>;

/** What `estimate` accepts: credits are numbers of credits. */
export interface EstimateInput extends Omit<CustomerQueryInput, 'joined'> {
	/** Signup date; needed only when a line's answer depends on it. */
	joined?: string | undefined;
	balance?: number | undefined;
	lines: {
		model: string;
		count: number;
		options?: { resolution?: string | undefined; method?: string | undefined; agent?: string | undefined } | undefined;
		cost?: number | undefined;
	}[];
}
