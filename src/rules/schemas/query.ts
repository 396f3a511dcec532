import * as z from 'zod/mini';
import { AGENTS, BILLING_CYCLES, METHODS, MODEL_IDS, PLAN_IDS, RESOLUTIONS } from '../vocabulary.ts';
import { isCalendarDate, todayUtc } from '../dates.ts';
import { joinedNotAfter, messages } from '../input-checks.ts';

/** An enum whose error message names the field, the value given and the values allowed. */
function field<const T extends readonly [string, ...string[]]>(name: string, values: T) {
	return z.enum(values, { error: (issue) => messages.notOneOf(name, issue.input, values) });
}

/** A `YYYY-MM-DD` calendar day whose error message names the field. */
function dateField(name: string) {
	return z.string({ error: (issue) => messages.notDate(name, issue.input) }).check(
		z.refine(isCalendarDate, { error: (issue) => messages.notDate(name, issue.input) }),
	);
}

/** The fields of an eligibility query, each with an error message naming it. */
export const queryFields = {
	/** The customer's plan. */
	plan: field('plan', PLAN_IDS),
	/** The plan's billing cycle. */
	billing: field('billing', BILLING_CYCLES),
	/** Signup date, `YYYY-MM-DD`; must not be after `asOf`. */
	joined: dateField('joined'),
	/** The model or feature asked about. */
	model: field('model', MODEL_IDS),
	/** Image resolution, for models that have resolutions; default the model's lowest (1K). Ignored elsewhere. */
	resolution: z.optional(field('resolution', RESOLUTIONS)),
	/** Video generation method, for models that have methods; default `image-to-video`. Ignored elsewhere. */
	method: z.optional(field('method', METHODS)),
	/** Agent version the customer uses; adds the notes that apply to it. */
	agent: z.optional(field('agent', AGENTS)),
	/** The day the question is asked, `YYYY-MM-DD`; default today (UTC). */
	asOf: z.optional(dateField('asOf')),
};

/** Refinement shared by inputs that carry a signup date and an as-of date: the signup must not be later. */
export const joinedNotAfterAsOf = z.refine<{ joined: string; asOf?: string | undefined }>((q) => joinedNotAfter(q.joined, q.asOf), {
	path: ['joined'],
	error: (issue) => {
		const q = issue.input as { joined: string; asOf?: string };
		return messages.joinedAfterAsOf(q.joined, q.asOf ?? todayUtc());
	},
});

/** The question "is this model unlimited for me?". Unknown keys are rejected. */
export const EligibilityQuery = z.strictObject(queryFields).check(joinedNotAfterAsOf);
/** A valid eligibility query, as given (options may be absent). */
export type EligibilityQuery = z.infer<typeof EligibilityQuery>;
/** What `checkEligibility` accepts before validation. */
export type EligibilityQueryInput = z.input<typeof EligibilityQuery>;
