import * as z from 'zod/mini';
import { ModelIdSchema, ModelKindSchema, ModelOptionsSchema, OptionIdSchema } from './ids.ts';

export {
	MODEL_KINDS,
	ModelKindSchema,
	OPTION_FIELDS,
	ModelOptionsSchema,
	type ModelKind,
	type OptionField,
	type ModelOptions,
} from './ids.ts';
import { NamesSchema, sourced } from './common.ts';

/** One value of an option (a resolution, a generation method, an agent version). */
export const OptionSchema = z.strictObject({
	/** Stable id used in queries and URLs, e.g. `start-end-frames`. */
	id: OptionIdSchema,
	/** Name as the app or the help center says it, e.g. `Start and end frames`. */
	name: z.string().check(z.minLength(1)),
	/** The name in other languages, e.g. `{ "ko": "시작·끝 프레임" }`. */
	names: z.optional(NamesSchema),
});
export type Option = z.infer<typeof OptionSchema>;

/** What a model gives when no grant covers the query. */
export const ModelDefaultSchema = z.strictObject({
	/** `credits`: it uses credits; `unsupported`: not available yet (no grant may cover it). */
	result: z.enum(['credits', 'unsupported']),
	...sourced,
});
export type ModelDefault = z.infer<typeof ModelDefaultSchema>;

/** One model or feature a customer can spend credits on. Adding a model is adding one of these. */
export const ModelSchema = z.strictObject({
	/** Stable id used in queries and URLs, e.g. `nanobanana-pro`. */
	id: ModelIdSchema,
	/** Name as the help center and the app show it, e.g. `Nanobanana Pro`. */
	name: z.string().check(z.minLength(1)),
	/** The name in other languages where it is not a brand name, e.g. `{ "ko": "립싱크" }`. */
	names: z.optional(NamesSchema),
	/**
	 * Names customers type for the model that are not its `name`, per language: the sources' own variants where they give
	 * them (`Sora2`), the usual Korean spellings otherwise (`소라`). The checker's links, the estimator, the agent tools
	 * and search accept them; the site never shows them as names. Unique across models (spaces, hyphens, dots and case
	 * aside).
	 */
	aliases: z.optional(
		z.strictObject({
			/** Latin-script aliases, e.g. `["Sora", "Sora2"]`. */
			en: z.optional(z.array(z.string().check(z.minLength(1)))),
			/** Korean aliases, e.g. `["소라"]`. */
			ko: z.optional(z.array(z.string().check(z.minLength(1)))),
		}),
	),
	/** What the model makes. */
	kind: ModelKindSchema,
	/** The options the rules distinguish for this model, as ids of the file's `options`. */
	options: z.optional(ModelOptionsSchema),
	/** The result when no grant covers the query, with where it is stated. */
	default: ModelDefaultSchema,
});
export type Model = z.infer<typeof ModelSchema>;

/** `content/rules/models.json`. */
export const ModelsFileSchema = z.strictObject({
	/** Every option value, per option field (`resolution`, `method`) and the agent versions (`agent`). */
	options: z.strictObject({
		/** Image resolutions. */
		resolution: z.array(OptionSchema),
		/** Video generation methods. */
		method: z.array(OptionSchema),
		/** Agent versions. */
		agent: z.array(OptionSchema),
	}),
	/** Every model or feature, each id once. */
	models: z.array(ModelSchema).check(z.minLength(1)),
});
