import * as z from 'zod/mini';
import { IsoDateSchema, SourceSchema } from './common.ts';

import { AGENTS, METHODS, MODEL_IDS, MODEL_KINDS, RESOLUTIONS } from '../vocabulary.ts';

export { AGENTS, METHODS, MODEL_IDS, MODEL_KINDS, RESOLUTIONS, type Agent, type Method, type ModelId, type ModelKind, type Resolution } from '../vocabulary.ts';
/** A model id. */
export const ModelIdSchema = z.enum(MODEL_IDS);
/** What a model makes. */
export const ModelKindSchema = z.enum(MODEL_KINDS);
/** An image resolution. */
export const ResolutionSchema = z.enum(RESOLUTIONS);
/** A video generation method. */
export const MethodSchema = z.enum(METHODS);
/** An agent version. */
export const AgentSchema = z.enum(AGENTS);

/** One model or feature a customer can spend credits on. */
export const ModelSchema = z.strictObject({
	/** Stable id used in queries and URLs. */
	id: ModelIdSchema,
	/** Name as the help center and the app show it, e.g. `Nanobanana Pro`. */
	name: z.string().check(z.minLength(1)),
	/** What the model makes. */
	kind: ModelKindSchema,
	/** Resolutions the rules distinguish, lowest first; absent = resolution plays no part. Default in queries: the first. */
	resolutions: z.optional(z.array(ResolutionSchema).check(z.minLength(1))),
	/** Generation methods the rules distinguish; absent = method plays no part. Default in queries: the first. */
	methods: z.optional(z.array(MethodSchema).check(z.minLength(1))),
	/** `false` when the feature is not available yet (every query gets `unsupported`). Default `true`. */
	available: z.optional(z.boolean()),
	/** Article section that says the feature is not available; required when `available` is `false`. */
	source: z.optional(SourceSchema),
	/** Day that was last checked, `YYYY-MM-DD`. */
	checked: z.optional(IsoDateSchema),
});
export type Model = z.infer<typeof ModelSchema>;
