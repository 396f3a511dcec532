import * as z from 'zod/mini';
import { AgentSchema, ModelIdSchema, ModelKindSchema } from './model.ts';
import { sourced } from './common.ts';

import { STATUSES } from '../vocabulary.ts';

export { STATUSES, type Status } from '../vocabulary.ts';
/** A verdict status. */
export const StatusSchema = z.enum(STATUSES);

/** A caveat added to a verdict when all of its `when` conditions hold (an absent condition always holds). */
export const NoteSchema = z.strictObject({
	/** Stable id. */
	id: z.string().check(z.regex(/^[a-z0-9.-]+$/)),
	/** Conditions on the query and the verdict. */
	when: z.strictObject({
		/** Only for these models. */
		models: z.optional(z.array(ModelIdSchema)),
		/** Only for models of these kinds. */
		kinds: z.optional(z.array(ModelKindSchema)),
		/** Only when the query names one of these agents. */
		agents: z.optional(z.array(AgentSchema)),
		/** Only for verdicts with one of these statuses. */
		statuses: z.optional(z.array(StatusSchema)),
	}),
	/** The caveat, one or two plain sentences. */
	text: z.string().check(z.minLength(1)),
	...sourced,
});
export type Note = z.infer<typeof NoteSchema>;
