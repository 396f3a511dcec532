import * as z from 'zod/mini';

// Ids are strings branded by what they name. Which ids exist is data (content/rules), never TypeScript: the
// validator checks every id against the files that define it, and the query schemas take their enums from the data.

const ID = /^[a-z0-9][a-z0-9.-]*$/;
const id = (what: string) =>
	z.string().check(
		z.regex(ID, {
			error: (i) => `${JSON.stringify(i.input)} is not a ${what} id (lowercase letters, digits, "." and "-")`,
		}),
	);

/** A plan id from plans.json, e.g. `premium`. */
export const PlanIdSchema = id('plan').brand<'PlanId'>();
export type PlanId = z.infer<typeof PlanIdSchema>;
/** A billing cycle id from plans.json, e.g. `annual`. */
export const BillingIdSchema = id('billing cycle').brand<'BillingId'>();
export type BillingId = z.infer<typeof BillingIdSchema>;
/** A model id from models.json, e.g. `carat-video`. */
export const ModelIdSchema = id('model').brand<'ModelId'>();
export type ModelId = z.infer<typeof ModelIdSchema>;
/** A grant id from grants.json, e.g. `z-image-from-2025-12-17`. */
export const GrantIdSchema = id('grant').brand<'GrantId'>();
export type GrantId = z.infer<typeof GrantIdSchema>;
/**
 * An option id from models.json `options` (a resolution, a generation method or an agent), e.g. `1K`, `image-to-video`.
 */
export const OptionIdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/));
export type OptionId = z.infer<typeof OptionIdSchema>;

/** What a model makes; the tables and widgets group models by it. */
export const MODEL_KINDS = ['image', 'video', 'audio', 'conversation', 'editing'] as const;
export const ModelKindSchema = z.enum(MODEL_KINDS);
export type ModelKind = z.infer<typeof ModelKindSchema>;

/** The query fields a model can have options for. */
export const OPTION_FIELDS = ['resolution', 'method'] as const;
export type OptionField = (typeof OPTION_FIELDS)[number];

/** Option ids per option field; absent = the field plays no part. */
export const ModelOptionsSchema = z.strictObject({
	/** Image resolutions, lowest first; default in queries: the first. */
	resolution: z.optional(z.array(OptionIdSchema).check(z.minLength(1))),
	/** Generation methods; default in queries: the first. */
	method: z.optional(z.array(OptionIdSchema).check(z.minLength(1))),
});
export type ModelOptions = z.infer<typeof ModelOptionsSchema>;
