import * as z from 'zod/mini';
import { BillingIdSchema, ModelIdSchema, OptionIdSchema, PlanIdSchema } from './ids.ts';
import { MAX_PRICE_USD, MAX_VIDEO_SECONDS, MAX_YEARS, NamesSchema, ReadingSchema, sourced } from './common.ts';
import { LIMITS } from './fields.ts';

/** A published credit cost per generation. */
export const CreditCostSchema = z.strictObject({
	/** Stable id. */
	id: z.string().check(z.regex(/^[a-z0-9.-]+$/)),
	/** Model the cost is for. */
	model: ModelIdSchema,
	/** Plans the cost is published for; absent = every plan. */
	plans: z.optional(z.array(PlanIdSchema).check(z.minLength(1))),
	/** Generation methods it applies to; absent = every method. */
	methods: z.optional(z.array(OptionIdSchema).check(z.minLength(1))),
	/** Credits per generation. */
	credits: z.number().check(z.positive(), z.maximum(LIMITS.cost.max)),
	/** `true` when the help center says "about". */
	approximate: z.boolean(),
	/** What one generation is, in words, e.g. `5-second video`. */
	per: z.string().check(z.minLength(1)),
	/** `per` in the help center's other languages, e.g. `{ "ko": "5초 영상" }`. */
	perNames: z.optional(NamesSchema),
	...sourced,
});
export type CreditCost = z.infer<typeof CreditCostSchema>;

/**
 * A plan's monthly credits, read from a published "about N generations of model M" figure and M's published cost,
 * rounded to as many significant figures as the rounder of the two (303 x 33 -> about 10,000).
 */
export const MonthlyCreditsSchema = z.strictObject({
	/** The plan. */
	plan: PlanIdSchema,
	/** `true` when the figure it is derived from is approximate. */
	approximate: z.boolean(),
	/**
	 * The published figure: `generations` of `model` use up a month's credits; credits = generations x that model's cost.
	 */
	derived: z.strictObject({
		/** Generations a month, as published. */
		generations: z.int().check(z.positive(), z.maximum(LIMITS.count.max)),
		/** Model whose published cost on this plan prices one generation. */
		model: ModelIdSchema,
	}),
	...sourced,
	/** A derived figure is always a reading: how the help center reads the published figures, in both languages. */
	basis: z.strictObject({ reading: ReadingSchema }),
});
export type MonthlyCredits = z.infer<typeof MonthlyCreditsSchema>;

/** A published "about N generations a month" figure for a model whose cost is not published. */
export const GenerationsPerMonthSchema = z.strictObject({
	/** The model. */
	model: ModelIdSchema,
	/** The plan. */
	plan: PlanIdSchema,
	/** Generations a month. */
	generations: z.int().check(z.positive(), z.maximum(LIMITS.count.max)),
	/** `true` when the help center says "about" / "around". */
	approximate: z.boolean(),
	...sourced,
});

/** A published plan price. */
export const PriceSchema = z.strictObject({
	/** The plan. */
	plan: PlanIdSchema,
	/** Billing cycle the price is for. */
	billing: BillingIdSchema,
	/** Price in US dollars per month. */
	usd: z.number().check(z.positive(), z.maximum(MAX_PRICE_USD)),
	...sourced,
});

/** How many conversation credits a Carat agent model uses, relative to the others. */
export const ConversationTierSchema = z.strictObject({
	/** The conversation model. */
	model: ModelIdSchema,
	/** Relative conversation credit use. */
	tier: z.enum(['low', 'medium', 'high']),
	...sourced,
});

/** A single published number with its source, from 0 (excluded) to `max`, in the unit its key names. */
const sourcedNumber = (max: number) =>
	z.strictObject({ value: z.number().check(z.positive(), z.maximum(max)), ...sourced });

/** `content/rules/credits.json`. */
export const CreditsFileSchema = z.strictObject({
	/** Published costs per generation. A cost not listed here is unknown, never 0. */
	costs: z.array(CreditCostSchema),
	/** Monthly credits per plan, where they can be derived from published figures. */
	monthlyCredits: z.array(MonthlyCreditsSchema),
	/** Published generations-a-month figures. */
	generationsPerMonth: z.array(GenerationsPerMonthSchema),
	/** Published prices. */
	prices: z.array(PriceSchema),
	/** Conversation credit tiers of the agent models. */
	conversationTiers: z.array(ConversationTierSchema),
	/** Published limits. */
	limits: z.strictObject({
		/** Longest video one generation can make, in seconds. */
		maxVideoSeconds: sourcedNumber(MAX_VIDEO_SECONDS),
		/** How long topped-up credits stay valid, in months from the recharge date. */
		topUpValidityMonths: sourcedNumber(MAX_YEARS * 12),
	}),
});
export type CreditsFile = z.infer<typeof CreditsFileSchema>;
