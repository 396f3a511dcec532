import * as z from 'zod/mini';
import { isCalendarDate } from '../dates.ts';

/** A calendar day as an ISO date, `YYYY-MM-DD`. Rejects impossible days such as `2026-02-30`. */
export const IsoDateSchema = z.string().check(
	z.refine(isCalendarDate, {
		error: (issue) => `${JSON.stringify(issue.input)} is not a calendar date written YYYY-MM-DD`,
	}),
);

/** Where a rule comes from: an article of this site and a heading anchor in it. */
export const SourceSchema = z.strictObject({
	/** Article id under `content/docs/en/`, without extension, e.g. `troubleshooting/usage-plan/unlimited-benefit-scope`. */
	article: z.string().check(z.regex(/^[a-z0-9-]+(\/[a-z0-9.-]+)*$/)),
	/** Heading anchor (the `id` Starlight gives the heading), e.g. `unlimited-image-models`. */
	anchor: z.string().check(z.regex(/^[a-z0-9-]+$/)),
});
export type Source = z.infer<typeof SourceSchema>;

/** The fields every sourced row carries: where it comes from and when it was last checked against the live help center. */
export const sourced = {
	/** The article section this value comes from. */
	source: SourceSchema,
	/** The day this value was last checked against the live Carat help center, `YYYY-MM-DD`. */
	checked: IsoDateSchema,
};
