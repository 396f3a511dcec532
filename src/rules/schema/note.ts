import * as z from 'zod/mini';
import { ModelIdSchema, ModelKindSchema, OptionIdSchema } from './ids.ts';
import { StatusSchema } from './status.ts';
import { NamesSchema, sourced } from './common.ts';

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
		/** Only when the query names one of these agents (ids of models.json `options.agent`). */
		agents: z.optional(z.array(OptionIdSchema)),
		/** Only for verdicts with one of these statuses. */
		statuses: z.optional(z.array(StatusSchema)),
	}),
	/** The caveat, one or two plain sentences. */
	text: z.string().check(z.minLength(1)),
	/** The caveat in the help center's other languages, e.g. `{ "ko": "…" }`; the Korean widgets show it. */
	texts: z.optional(NamesSchema),
	...sourced,
});
export type Note = z.infer<typeof NoteSchema>;

/** `content/rules/notes.json`. */
export const NotesFileSchema = z.strictObject({
	/** Caveats added to verdicts. */
	notes: z.array(NoteSchema),
});
