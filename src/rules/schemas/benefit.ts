import * as z from 'zod/mini';
import { BillingSchema, PlanIdSchema } from './plan.ts';
import { MethodSchema, ModelIdSchema, ResolutionSchema } from './model.ts';
import { IsoDateSchema, sourced } from './common.ts';

/** What a rule decides for the queries it matches. */
export const RuleResultSchema = z.enum(['unlimited', 'credits', 'confirm']);
export type RuleResult = z.infer<typeof RuleResultSchema>;

/** A signup window of whole calendar days, both ends inclusive. */
export const SignupWindowSchema = z.strictObject({
	/** First signup day covered, `YYYY-MM-DD`; absent = no lower bound. */
	from: z.optional(IsoDateSchema),
	/** Last signup day covered, `YYYY-MM-DD`; absent = no upper bound. */
	to: z.optional(IsoDateSchema),
	/** `true` when the help center says "after certain dates" without publishing them (the rule's result must be `confirm`). */
	unpublished: z.optional(z.literal(true)),
});
export type SignupWindow = z.infer<typeof SignupWindowSchema>;

/** One row of the benefit decision table: for one model, who gets which result. Exactly one row decides each query. */
export const BenefitRuleSchema = z.strictObject({
	/** Stable id, kebab-case; shown in verdict traces and the grid snapshot. */
	id: z.string().check(z.regex(/^[a-z0-9.-]+$/)),
	/** The model this row is about. */
	model: ModelIdSchema,
	/** What the row decides: `unlimited` (no credits), `credits`, or `confirm` (check My Credits). */
	result: RuleResultSchema,
	/** Plans the row covers, cheapest first. Max is listed wherever it gets Premium's benefit. */
	plans: z.array(PlanIdSchema).check(z.minLength(1)),
	/** Billing cycles the row covers; absent = both. */
	billing: z.optional(z.array(BillingSchema).check(z.minLength(1))),
	/** Signup window the row covers; absent = any signup date. */
	joined: z.optional(SignupWindowSchema),
	/** Resolutions the row covers; only for models that have resolutions; absent = all. */
	resolutions: z.optional(z.array(ResolutionSchema).check(z.minLength(1))),
	/** Generation methods the row covers; only for models that have methods; absent = all. */
	methods: z.optional(z.array(MethodSchema).check(z.minLength(1))),
	/** How long an `unlimited` result lasts from the signup date, in whole years; absent = no end date. */
	lasts: z.optional(z.strictObject({ /** Number of years. */ years: z.int().check(z.positive()) })),
	...sourced,
});
export type BenefitRule = z.infer<typeof BenefitRuleSchema>;
