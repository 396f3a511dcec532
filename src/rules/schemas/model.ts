import * as z from 'zod/mini';
import { IsoDateSchema, SourceSchema } from './common.ts';

/** Model ids accepted by `checkEligibility`; `content/rules/models.json` describes each one exactly once. */
export const MODEL_IDS = [
	'nanobanana', 'nanobanana-pro', 'nanobanana-2', 'z-image', 'chatgpt-image-1.5', 'seedream-4.0', 'flux2-pro',
	'chatgpt-image-2.0-low', 'chatgpt-image-2.0-medium', 'grok-imagine', 'midjourney',
	'carat-video', 'seedance-2.0', 'seedance-2.0-fast', 'sora-2', 'veo-3', 'kling', 'lip-sync',
	'background-music', 'sound-effects',
	'carat-1.0-lite', 'carat-1.0', 'carat-1.0-soul',
	'video-element-edit',
] as const;
export const ModelIdSchema = z.enum(MODEL_IDS);
export type ModelId = z.infer<typeof ModelIdSchema>;

/** What a model makes. */
export const ModelKindSchema = z.enum(['image', 'video', 'audio', 'conversation', 'editing']);
export type ModelKind = z.infer<typeof ModelKindSchema>;

/** Image resolutions a model can be asked for. */
export const RESOLUTIONS = ['1K', '2K', '4K'] as const;
export const ResolutionSchema = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof ResolutionSchema>;

/** Video generation methods. */
export const METHODS = ['image-to-video', 'start-end-frames', 'text-to-video'] as const;
export const MethodSchema = z.enum(METHODS);
export type Method = z.infer<typeof MethodSchema>;

/** Agent versions. */
export const AGENTS = ['agent-1.0', 'agent-2.0'] as const;
export const AgentSchema = z.enum(AGENTS);
export type Agent = z.infer<typeof AgentSchema>;

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
