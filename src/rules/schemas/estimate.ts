import * as z from 'zod/mini';
import { isCount, isCredits, messages } from '../input-checks.ts';
import { joinedNotAfterAsOf, queryFields } from './query.ts';

const credits = (field: string) =>
	z.number({ error: (i) => messages.notCredits(field, i.input) }).check(z.refine(isCredits, { error: (i) => messages.notCredits(field, i.input) }));

/** One line of an estimate: `count` generations of `model` with its options. */
export const EstimateLineInput = z.strictObject({
	/** The model. */
	model: queryFields.model,
	/** Number of generations, a whole number from 1 to 100,000. */
	count: z.number({ error: (i) => messages.notWholeNumber('count', i.input, 1, 100_000) }).check(
		z.refine(isCount, { error: (i) => messages.notWholeNumber('count', i.input, 1, 100_000) }),
	),
	/** Resolution, method and agent, as in an eligibility query. */
	options: z.optional(z.strictObject({ resolution: queryFields.resolution, method: queryFields.method, agent: queryFields.agent })),
	/** Credits per generation as the app shows it; used only where the help center publishes no cost. */
	cost: z.optional(credits('cost')),
});

/** What `estimate` takes. */
export const EstimateInput = z
	.strictObject({
		/** The customer's plan. */
		plan: queryFields.plan,
		/** Billing cycle. */
		billing: queryFields.billing,
		/** Signup date, `YYYY-MM-DD`. */
		joined: queryFields.joined,
		/** Day of the estimate, `YYYY-MM-DD`; default today on the local calendar. */
		asOf: queryFields.asOf,
		/** Credit balance, in credits; default the plan's monthly credits where they are known. */
		balance: z.optional(credits('balance')),
		/** The generations to price. */
		lines: z.array(EstimateLineInput),
	})
	.check(joinedNotAfterAsOf);
/** What `estimate` accepts before validation. */
export type EstimateInput = z.input<typeof EstimateInput>;
