import * as z from 'zod/mini';
import { IsoDateSchema, SourceSchema } from './common.ts';

import { BILLING_CYCLES, PLAN_IDS } from '../vocabulary.ts';

export { BILLING_CYCLES, PLAN_IDS, type Billing, type PlanId } from '../vocabulary.ts';
/** A plan id. */
export const PlanIdSchema = z.enum(PLAN_IDS);
/** A billing cycle. */
export const BillingSchema = z.enum(BILLING_CYCLES);

/** One subscription plan. */
export const PlanSchema = z.strictObject({
	/** Stable id used in queries and URLs. */
	id: PlanIdSchema,
	/** Name as the app shows it, e.g. `Premium`. */
	name: z.string().check(z.minLength(1)),
	/** This plan receives exactly the unlimited benefits of another plan (Max gets Premium's). */
	sameBenefitsAs: z.optional(PlanIdSchema),
	/** Per billing cycle, the first signup day (`YYYY-MM-DD`) from which the plan's benefits apply; absent = no date condition. */
	benefitsFrom: z.optional(z.partialRecord(BillingSchema, IsoDateSchema)),
	/** Article section that states `sameBenefitsAs` / `benefitsFrom`; required when either is set. */
	source: z.optional(SourceSchema),
	/** Day the statement was last checked against the live help center, `YYYY-MM-DD`. */
	checked: z.optional(IsoDateSchema),
});
export type Plan = z.infer<typeof PlanSchema>;
