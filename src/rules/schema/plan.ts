import * as z from 'zod/mini';
import { BillingIdSchema, PlanIdSchema } from './ids.ts';
import { BasisSchema, IsoDateSchema, NamesSchema, ReferenceSchema, SourceSchema } from './common.ts';

/** A billing cycle. */
export const BillingSchema = z.strictObject({
	/** Stable id used in queries and URLs, e.g. `annual`. */
	id: BillingIdSchema,
	/** Name as the app shows it, e.g. `Annual`. */
	name: z.string().check(z.minLength(1)),
	/** The name in other languages, e.g. `{ "ko": "연간" }`. */
	names: z.optional(NamesSchema),
});
export type Billing = z.infer<typeof BillingSchema>;

/** One subscription plan. */
export const PlanSchema = z.strictObject({
	/** Stable id used in queries and URLs, e.g. `premium`. */
	id: PlanIdSchema,
	/** Name as the app shows it, e.g. `Premium`. */
	name: z.string().check(z.minLength(1)),
	/**
	 * The plan also receives every grant of this plan (Max gets Premium's); a grant naming this plan itself wins over an
	 * inherited one.
	 */
	sameBenefitsAs: z.optional(PlanIdSchema),
	/**
	 * Per billing cycle id, the first signup day (`YYYY-MM-DD`, included) from which the sources say the plan has its
	 * benefits. They do not say what earlier signups get: where the benefits would decide (unlimited or check), the
	 * answer is `confirm` (check My Credits); where the model uses credits anyway, `credits`.
	 */
	benefitsFrom: z.optional(z.record(BillingIdSchema, IsoDateSchema)),
	/** What `sameBenefitsAs` / `benefitsFrom` rest on (see `BasisSchema`); required when either is set. */
	basis: z.optional(BasisSchema),
	/** Section of this site that states `sameBenefitsAs` / `benefitsFrom`; required when either is set. */
	source: z.optional(SourceSchema),
	/** Live help-center page the statement was checked against. */
	reference: z.optional(ReferenceSchema),
	/** Day the statement was last checked, `YYYY-MM-DD`. */
	checked: z.optional(IsoDateSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

/** `content/rules/plans.json`. */
export const PlansFileSchema = z.strictObject({
	/** Billing cycles, in the order the widgets offer them. */
	billing: z.array(BillingSchema).check(z.minLength(1)),
	/** Every plan, cheapest first. */
	plans: z.array(PlanSchema).check(z.minLength(1)),
});
