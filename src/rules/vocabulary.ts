// The closed lists of the rule set's vocabulary. Zod-free, so the browser can use them without the schemas.

/** Plan ids, cheapest first. */
export const PLAN_IDS = ['plus', 'premium', 'max', 'pro', 'business'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** Billing cycles. */
export const BILLING_CYCLES = ['monthly', 'annual'] as const;
export type Billing = (typeof BILLING_CYCLES)[number];

/** Model ids accepted by `checkEligibility`; `content/rules/models.json` describes each one exactly once. */
export const MODEL_IDS = [
	'nanobanana', 'nanobanana-pro', 'nanobanana-2', 'z-image', 'chatgpt-image-1.5', 'seedream-4.0', 'flux2-pro',
	'chatgpt-image-2.0-low', 'chatgpt-image-2.0-medium', 'grok-imagine', 'midjourney',
	'carat-video', 'seedance-2.0', 'seedance-2.0-fast', 'sora-2', 'veo-3', 'kling', 'lip-sync',
	'background-music', 'sound-effects',
	'carat-1.0-lite', 'carat-1.0', 'carat-1.0-soul',
	'video-element-edit',
] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/** What a model makes. */
export const MODEL_KINDS = ['image', 'video', 'audio', 'conversation', 'editing'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** Image resolutions a model can be asked for. */
export const RESOLUTIONS = ['1K', '2K', '4K'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Video generation methods. */
export const METHODS = ['image-to-video', 'start-end-frames', 'text-to-video'] as const;
export type Method = (typeof METHODS)[number];

/** Agent versions. */
export const AGENTS = ['agent-1.0', 'agent-2.0'] as const;
export type Agent = (typeof AGENTS)[number];

/** Verdict statuses: no credits, uses credits, check My Credits, not available yet. */
export const STATUSES = ['unlimited', 'credits', 'confirm', 'unsupported'] as const;
export type Status = (typeof STATUSES)[number];
