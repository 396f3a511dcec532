import * as z from 'zod/mini';
import { FIRST_DAY, LAST_DAY, inDateRange } from './calendar.ts';
import { isCalendarDate } from './day.ts';

/** The most whole years a duration may last: the span of the site's calendar, FIRST_DAY … LAST_DAY (80). */
export const MAX_YEARS = Number(LAST_DAY.slice(0, 4)) - Number(FIRST_DAY.slice(0, 4)) + 1;
/** The longest a published video length may be, in seconds (an hour): a bound on typos, not a published figure. */
export const MAX_VIDEO_SECONDS = 3600;
/** The highest a published plan price may be, in US dollars a month: a bound on typos, not a published figure. */
export const MAX_PRICE_USD = 10_000;

/** A calendar day `YYYY-MM-DD` from 2020-01-01 to 2099-12-31. Rejects impossible days such as `2026-02-30`. */
export const IsoDateSchema = z.string().check(
	z.refine(isCalendarDate, {
		error: (issue) => `${JSON.stringify(issue.input)} is not a calendar date written YYYY-MM-DD`,
		abort: true,
	}),
	z.refine(inDateRange, { error: (issue) => `${JSON.stringify(issue.input)} is outside ${FIRST_DAY} … ${LAST_DAY}` }),
);

/** Where a value is stated on this site: an article and a heading anchor in it. */
export const SourceSchema = z.strictObject({
	/**
	 * Article id under `content/docs/en/`, without extension, e.g. `troubleshooting/usage-plan/unlimited-benefit-scope`.
	 */
	article: z.string().check(z.regex(/^[a-z0-9-]+(\/[a-z0-9.-]+)*$/)),
	/** Heading anchor (the `id` Starlight gives the heading), e.g. `unlimited-image-models`. */
	anchor: z.string().check(z.regex(/^[a-z0-9-]+$/)),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * A page of the live Carat help center, e.g.
 * `https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope`.
 */
export const ReferenceSchema = z
	.string()
	.check(
		z.regex(/^https:\/\/carat\.im\/\S+$/, { error: (i) => `${JSON.stringify(i.input)} is not a carat.im page URL` }),
	);

/** A reading in both languages: one sentence on how the help center reads a source that does not say it outright. */
export const ReadingSchema = z.strictObject({
	/** English, e.g. `The help center says "(1 year)"; we read it as one year from your signup date.` */
	en: z.string().check(z.minLength(1)),
	/** Korean, e.g. `도움말에는 "(1년)"이라고만 나와 있어, 가입일부터 1년으로 안내해요.` */
	ko: z.string().check(z.minLength(1)),
});
export type Reading = z.infer<typeof ReadingSchema>;

/**
 * What a rule rests on: `"stated"` when its `source` section says it outright, or `{ "reading": { "en", "ko" } }`
 * when the help center reads it from that section (the widgets, the agent tools and rules.json show the reading as
 * such, with My Credits as the final word). Required on every rule: the build refuses a rule without one.
 */
export const BasisSchema = z.union(
	[
		z.literal('stated'),
		z.strictObject({
			/** How the help center reads its source, in both languages. */
			reading: ReadingSchema,
		}),
	],
	{
		error: (issue) =>
			`${issue.input === undefined ? 'missing' : `${JSON.stringify(issue.input)} is not a basis`}: write "basis": "stated" when the source section says it outright, or "basis": {"reading": {"en": "…", "ko": "…"}} with one sentence per language saying how this site reads it`,
	},
);
export type Basis = z.infer<typeof BasisSchema>;

/** The fields every sourced value carries: what it rests on, where this site states it, where it was checked, when. */
export const sourced = {
	/** `"stated"`, or the help center's reading of `source` (see `BasisSchema`). */
	basis: BasisSchema,
	/** The section of this site that states the value. */
	source: SourceSchema,
	/** The live help-center page the value was checked against; absent where the live page's URL is not known. */
	reference: z.optional(ReferenceSchema),
	/** The day the value was last checked against the live Carat help center, `YYYY-MM-DD`. */
	checked: IsoDateSchema,
};

/**
 * A display name in the help center's other languages, by locale (today `ko`), where it differs from the English
 * `name`: `{ "ko": "립싱크" }`. Brand names (`Nanobanana Pro`) need none; words/ko.ts falls back to `name`.
 */
export const NamesSchema = z.strictObject({
	/** Korean, e.g. `배경음악`. */
	ko: z.optional(z.string().check(z.minLength(1))),
});
