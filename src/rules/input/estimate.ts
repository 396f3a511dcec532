import * as z from 'zod/mini';
import { LIMITS, withinLimits } from '../engine/input-checks.ts';
import { PROBLEM_MESSAGES as messages } from '../words/en.ts';
import { joinedNotAfterAsOf, type QueryFields } from './query.ts';

/** A whole number within `LIMITS[field]`, whose error message names the field and the limits. */
const wholeNumber = (field: 'count' | 'cost' | 'balance') =>
	z
		.number({ error: (i) => messages.notWholeNumber(field, i.input) })
		.check(z.refine((v) => withinLimits(field, v), { error: (i) => messages.notWholeNumber(field, i.input) }));

/** The zod schemas of an estimate input (`EstimateInput`) and of one of its lines, over a rule set's query `fields`. */
export function estimateSchemas(fields: QueryFields) {
	/** One line of an estimate: `count` generations of `model` with its options. */
	const EstimateLineInput = z.strictObject({
		/** The model. */
		model: fields.model,
		/** Number of generations, a whole number from 1 to 100,000. */
		count: wholeNumber('count'),
		/** Resolution, method and agent, as in an eligibility query. */
		options: z.optional(z.strictObject({ resolution: fields.resolution, method: fields.method, agent: fields.agent })),
		/**
		 * Credits per generation as the app shows it, a whole number up to 100,000; used only where the help center
		 * publishes no cost.
		 */
		cost: z.optional(wholeNumber('cost')),
	});

	/** What `estimate` takes. */
	const EstimateInput = z
		.strictObject({
			/** The customer's plan. */
			plan: fields.plan,
			/** Billing cycle. */
			billing: fields.billing,
			/** Signup date, `YYYY-MM-DD`. */
			joined: fields.joined,
			/** Day of the estimate, `YYYY-MM-DD`; default today on the local calendar. */
			asOf: fields.asOf,
			/**
			 * Credit balance, in credits, a whole number up to 100,000,000; default the plan's monthly credits where they are
			 * known.
			 */
			balance: z.optional(wholeNumber('balance')),
			/** The generations to price. */
			lines: z
				.array(EstimateLineInput)
				.check(z.maxLength(LIMITS.lines, { error: (i) => messages.tooManyLines((i.input as unknown[]).length) })),
		})
		.check(joinedNotAfterAsOf);
	return { EstimateLineInput, EstimateInput };
}
/** What `estimate` accepts before validation. */
export type EstimateInput = z.input<ReturnType<typeof estimateSchemas>['EstimateInput']>;
