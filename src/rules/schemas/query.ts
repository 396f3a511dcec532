import * as z from 'zod/mini';
import { vocabulary } from '../vocabulary.ts';
import { dateProblem, joinedNotAfter, messages } from '../input-checks.ts';

/** An enum of ids from the rule data whose error message names the field, the value given and the values allowed. */
function field(name: keyof typeof vocabulary) {
	const values = vocabulary[name] as [string, ...string[]];
	return z.enum(values, { error: (issue) => messages.notOneOf(name, issue.input, values) });
}

/** A `YYYY-MM-DD` calendar day from 2020-01-01 to 2099-12-31 whose error message names the field. */
function dateField(name: 'joined' | 'asOf') {
	return z.string({ error: (issue) => messages.notDate(name, issue.input) }).check(
		z.refine((v) => dateProblem(name, v) === undefined, { error: (issue) => dateProblem(name, issue.input)! }),
	);
}

/** The fields of an eligibility query, each with an error message naming it. */
export const queryFields = {
	/** The customer's plan, an id of plans.json. */
	plan: field('plan'),
	/** The plan's billing cycle, an id of plans.json `billing`. */
	billing: field('billing'),
	/** Signup date, `YYYY-MM-DD`; must not be after `asOf`. */
	joined: dateField('joined'),
	/** The model or feature asked about, an id of models.json. */
	model: field('model'),
	/** Image resolution, for models that have resolutions; default the model's first. Ignored elsewhere. */
	resolution: z.optional(field('resolution')),
	/** Video generation method, for models that have methods; default the model's first. Ignored elsewhere. */
	method: z.optional(field('method')),
	/** Agent version the customer uses; adds the notes that apply to it. */
	agent: z.optional(field('agent')),
	/** The day the question is asked, `YYYY-MM-DD`; default today on the local calendar (the reader's, or the process's `TZ`). */
	asOf: z.optional(dateField('asOf')),
};

/** Refinement shared by inputs that carry a signup date and an as-of date: the signup must not be later. */
export const joinedNotAfterAsOf = z.refine<{ joined: string; asOf?: string | undefined }>((q) => joinedNotAfter(q.joined, q.asOf), {
	path: ['joined'],
	error: (issue) => {
		const q = issue.input as { joined: string; asOf?: string };
		return messages.joinedAfterAsOf(q.joined, q.asOf);
	},
});

/** The question "is this model unlimited for me?". Unknown keys are rejected. */
export const EligibilityQuery = z.strictObject(queryFields).check(joinedNotAfterAsOf);
/** A valid eligibility query, as given (options may be absent). */
export type EligibilityQuery = z.infer<typeof EligibilityQuery>;
/** What `checkEligibility` accepts before validation. */
export type EligibilityQueryInput = z.input<typeof EligibilityQuery>;

/** The question "what is unlimited for me?": a customer without a model. Unknown keys are rejected. */
export const CustomerQuery = z
	.strictObject({ plan: queryFields.plan, billing: queryFields.billing, joined: queryFields.joined, asOf: queryFields.asOf })
	.check(joinedNotAfterAsOf);
/** What `listBenefits` accepts before validation. */
export type CustomerQueryInput = z.input<typeof CustomerQuery>;
