import * as z from 'zod/mini';
import type { Vocabulary } from '../engine/rule-index.ts';
import { dateProblem, joinedNotAfter } from '../engine/input-checks.ts';
import { PROBLEM_MESSAGES as messages, problemMessage } from '../words/en.ts';

/** An enum of ids from the rule data whose error message names the field, the value given and the values allowed. */
function field(vocabulary: Vocabulary, name: keyof Vocabulary) {
	const values = vocabulary[name] as [string, ...string[]];
	return z.enum(values, { error: (issue) => messages.notOneOf(name, issue.input, values) });
}

/** A `YYYY-MM-DD` calendar day from 2020-01-01 to 2099-12-31 whose error message names the field. */
function dateField(name: 'joined' | 'asOf') {
	return z.string({ error: (issue) => messages.notDate(name, issue.input) }).check(
		z.refine((v) => dateProblem(name, v) === undefined, {
			error: (issue) => problemMessage(dateProblem(name, issue.input)!),
		}),
	);
}

/**
 * The fields of an eligibility query for a rule set's `vocabulary` (the ids of its plans, billing cycles, models and
 * option values), each with an error message naming it.
 */
export function queryFields(vocabulary: Vocabulary) {
	return {
		/** The customer's plan, an id of plans.json. */
		plan: field(vocabulary, 'plan'),
		/** The plan's billing cycle, an id of plans.json `billing`. */
		billing: field(vocabulary, 'billing'),
		/** Signup date, `YYYY-MM-DD`; must not be after `asOf`. */
		joined: dateField('joined'),
		/** The model or feature asked about, an id of models.json. */
		model: field(vocabulary, 'model'),
		/** Image resolution, for models that have resolutions; default the model's first. Ignored elsewhere. */
		resolution: z.optional(field(vocabulary, 'resolution')),
		/** Video generation method, for models that have methods; default the model's first. Ignored elsewhere. */
		method: z.optional(field(vocabulary, 'method')),
		/** Agent version the customer uses; adds the notes that apply to it. */
		agent: z.optional(field(vocabulary, 'agent')),
		/**
		 * The day the question is asked, `YYYY-MM-DD`; default today on the local calendar (the reader's, or the process's
		 * `TZ`).
		 */
		asOf: z.optional(dateField('asOf')),
	};
}

/** Refinement shared by inputs that carry a signup date and an as-of date: the signup must not be later. */
export const joinedNotAfterAsOf = z.refine<{ joined: string; asOf?: string | undefined }>(
	(q) => joinedNotAfter(q.joined, q.asOf),
	{
		path: ['joined'],
		error: (issue) => {
			const q = issue.input as { joined: string; asOf?: string };
			return messages.joinedAfterAsOf(q.joined, q.asOf);
		},
	},
);

/** What `queryFields` returns: the zod schema of each field. */
export type QueryFields = ReturnType<typeof queryFields>;

/**
 * The zod schemas of the questions for a rule set's `vocabulary`: `EligibilityQuery` ("is this model unlimited for
 * me?") and `CustomerQuery` ("what is unlimited for me?", a customer without a model). Unknown keys are rejected.
 */
export function querySchemas(vocabulary: Vocabulary) {
	const fields = queryFields(vocabulary);
	return {
		fields,
		EligibilityQuery: z.strictObject(fields).check(joinedNotAfterAsOf),
		CustomerQuery: z
			.strictObject({ plan: fields.plan, billing: fields.billing, joined: fields.joined, asOf: fields.asOf })
			.check(joinedNotAfterAsOf),
	};
}
type Schemas = ReturnType<typeof querySchemas>;
/** A valid eligibility query, as given (options may be absent). */
export type EligibilityQuery = z.infer<Schemas['EligibilityQuery']>;
/** What `checkEligibility` accepts before validation. */
export type EligibilityQueryInput = z.input<Schemas['EligibilityQuery']>;
/** What `listBenefits` accepts before validation. */
export type CustomerQueryInput = z.input<Schemas['CustomerQuery']>;
