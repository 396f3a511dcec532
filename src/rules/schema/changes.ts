import * as z from 'zod/mini';
import { IsoDateSchema } from './common.ts';
import { BillingIdSchema, ModelIdSchema, OptionIdSchema, PlanIdSchema } from './ids.ts';

// The change log of the rule data, `content/rules/changes.json`: one entry per change an editor made, oldest first,
// each with the fingerprint of the rule data after it. The pages, the feeds, llms.txt, rules.json and the MCP tool
// `list_changes` read it; the build refuses rule data whose fingerprint is not the last entry's.

/** The file the change log lives in, from the repository root. */
export const CHANGES_FILE = 'content/rules/changes.json';

/** A fingerprint of the rule data: `sha256:` and 64 hex digits (checks/fingerprint.ts says how it is computed). */
export const FingerprintSchema = z
	.string()
	.check(
		z.regex(/^sha256:[0-9a-f]{64}$/, { error: (i) => `${JSON.stringify(i.input)} is not "sha256:" + 64 hex digits` }),
	);

/** A summary in one language: one to a few plain sentences. */
const text = z.string().check(z.minLength(1), z.maxLength(8000));

/**
 * A customer the change affects, as the checker's link carries it (the `eligibility` input of schema/forms.ts, without
 * `locale`); checked with the one validator (engine/input-checks.ts).
 */
export const ChangeCustomerSchema = z.strictObject({
	/** Plan id, e.g. `pro`. */
	plan: PlanIdSchema,
	/** Billing cycle id, e.g. `monthly`. */
	billing: BillingIdSchema,
	/** Signup date, `YYYY-MM-DD`. */
	joined: IsoDateSchema,
	/** Model id, e.g. `z-image`. */
	model: ModelIdSchema,
	/** The day asked about, `YYYY-MM-DD`, when it must be later than today (a signup date still to come). */
	asOf: z.optional(IsoDateSchema),
	/** Resolution id, for a model with resolutions. */
	resolution: z.optional(OptionIdSchema),
	/** Generation method id, for a model with methods. */
	method: z.optional(OptionIdSchema),
});
export type ChangeCustomer = z.infer<typeof ChangeCustomerSchema>;

/** One entry of the change log. */
export const ChangeEntrySchema = z.strictObject({
	/** Stable id, also the entry's anchor on the change pages, e.g. `2026-11-22-sources`. */
	id: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(-[a-z0-9.-]+)?$/, { error: 'not an id like 2026-11-22-z-image' })),
	/** The day the change was made, on the editor's calendar, `YYYY-MM-DD`; never before the previous entry's. */
	date: IsoDateSchema,
	/** What changed for customers, in each language of the site. */
	summary: z.strictObject({
		/** English. */
		en: text,
		/** Korean. */
		ko: text,
	}),
	/** Ids of the rules it touches (plans, models, grants, costs, notes of content/rules); empty: the whole rule set. */
	rules: z.array(z.string()),
	/** A customer the change affects, for the checker link on the change pages; absent for the whole rule set. */
	customer: z.optional(ChangeCustomerSchema),
	/** Fingerprint of the rule data after the change. */
	fingerprint: FingerprintSchema,
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

/** `content/rules/changes.json`. */
export const ChangesFileSchema = z.strictObject({
	/** Every change to the rule data, oldest first; the first is the rule set as the sources gave it. */
	changes: z.array(ChangeEntrySchema).check(z.minLength(1)),
});
export type ChangesFile = z.infer<typeof ChangesFileSchema>;
