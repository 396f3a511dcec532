import * as z from 'zod/mini';
import { BillingIdSchema, GrantIdSchema, ModelIdSchema, ModelOptionsSchema, PlanIdSchema } from './ids.ts';
import { IsoDateSchema, MAX_YEARS, OfferedSchema, ReferenceSchema, sourced } from './common.ts';

/** A signup window of whole calendar days: `from` and `through` are both included. */
export const SignupWindowSchema = z.strictObject({
	/** First signup day covered, `YYYY-MM-DD`, included; absent = no first day. */
	from: z.optional(IsoDateSchema),
	/** Last signup day covered, `YYYY-MM-DD`, included; absent = no last day. */
	through: z.optional(IsoDateSchema),
});
export type SignupWindow = z.infer<typeof SignupWindowSchema>;

/** The longest a benefit may last, per unit: the span of the site's calendar. */
export const MAX_LASTS = { years: MAX_YEARS, months: 12 * MAX_YEARS, days: 366 * MAX_YEARS } as const;
const lastsPart = (max: number) => z.optional(z.int().check(z.positive(), z.maximum(max)));

/** How long a benefit lasts from the signup date: whole years, months and days, at least one of them. */
export const LastsSchema = z
	.strictObject({
		/** Whole years, 1 to 80 (the span of the site's calendar). */
		years: lastsPart(MAX_LASTS.years),
		/** Whole months, 1 to 960: `{ "months": 6 }`. */
		months: lastsPart(MAX_LASTS.months),
		/** Whole days, 1 to 29,280: `{ "days": 10 }`. */
		days: lastsPart(MAX_LASTS.days),
	})
	.check(
		z.refine((l) => l.years !== undefined || l.months !== undefined || l.days !== undefined, {
			error: 'give years, months or days (e.g. { "months": 6 })',
		}),
	);
export type Lasts = z.infer<typeof LastsSchema>;

/**
 * A promotion: for one model, which members get it and what they get. Queries no grant covers get the model's
 * default. Two grants must never cover the same query; the build fails with an example when they do.
 */
export const GrantSchema = z.strictObject({
	/** Stable id, e.g. `z-image-from-2025-12-17`; shown in verdicts, the range snapshot and `npm run rules:diff`. */
	id: GrantIdSchema,
	/** The model the grant covers. */
	model: ModelIdSchema,
	/**
	 * `unlimited`: no credits; `confirm`: the help center names these members but not the signup dates, so they check My
	 * Credits.
	 */
	result: z.enum(['unlimited', 'confirm']),
	/** Plans covered. Plans with `sameBenefitsAs` this plan get the grant too (Max gets Premium's). */
	plans: z.array(PlanIdSchema).check(z.minLength(1)),
	/** Billing cycles covered; absent = every cycle. */
	billing: z.optional(z.array(BillingIdSchema).check(z.minLength(1))),
	/** Signup days covered, both ends included; absent = any signup date. */
	joined: z.optional(SignupWindowSchema),
	/** Option values covered, per option field; an absent field = every value. */
	options: z.optional(ModelOptionsSchema),
	/**
	 * How long an `unlimited` grant lasts from the signup date, in whole years, months and days (at least one): through
	 * the day before the same date that much later (`calendar.ts` `lastDayOf`); absent = no end.
	 */
	lasts: z.optional(LastsSchema),
	/**
	 * The calendar days on which the promotion itself holds, whoever asks and whenever they joined (`{ "from":
	 * "2027-01-01", "until": "2027-06-30" }`, both days included; or a list of such periods, in order, never sharing a
	 * day). Before `from` the grant does not cover anyone yet, after `until` it has ended, and the model's default (or
	 * another grant) decides. Absent = every day.
	 */
	offered: z.optional(OfferedSchema),
	...sourced,
	/** The live help-center page the grant was checked against (required for a grant). */
	reference: ReferenceSchema,
	/** The day it was last checked against that page, `YYYY-MM-DD`. */
	checked: IsoDateSchema,
});
export type Grant = z.infer<typeof GrantSchema>;

/** `content/rules/grants.json`. */
export const GrantsFileSchema = z.strictObject({
	/** Every promotion, grouped by model. Never empty: a file without grants is taken for a broken one. */
	grants: z.array(GrantSchema).check(
		z.minLength(1, {
			error:
				'the list is empty; with no grant every model would use credits. Restore the grants from git (git checkout content/rules/grants.json)',
		}),
	),
});
