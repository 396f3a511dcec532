import * as z from 'zod/mini';
import { ModelIdSchema, ModelKindSchema, OptionIdSchema } from './ids.ts';
import { StatusSchema } from './status.ts';
import { NamesSchema, SourceSchema, sourced } from './common.ts';

/** One of the values two source sections give for the same fact. */
export const ConflictValueSchema = z.strictObject({
	/** The value as that section gives it, e.g. `Seedance 2.0`. */
	value: z.string().check(z.minLength(1)),
	/** The section of this site that restates the source giving it. */
	source: SourceSchema,
	/** `true` on the one value the site follows (the note's text says it). */
	followed: z.optional(z.literal(true)),
});

/**
 * Where source sections disagree on a fact the note states: each value with its section, one of them followed. The
 * answer carries both, so a reader who saw the other value elsewhere is not misled.
 */
export const ConflictSchema = z.strictObject({
	/** Two or more values, exactly one of them `followed`. */
	values: z.array(ConflictValueSchema).check(
		z.minLength(2),
		z.refine((values) => values.filter((v) => v.followed).length === 1, {
			error: 'mark exactly one value "followed": true (the one the note\'s text gives)',
		}),
	),
});
export type Conflict = z.infer<typeof ConflictSchema>;

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
		/** Only when the query names one of these generation methods (ids of models.json `options.method`). */
		methods: z.optional(z.array(OptionIdSchema)),
		/** Only for verdicts with one of these statuses. */
		statuses: z.optional(z.array(StatusSchema)),
	}),
	/** The caveat, one or two plain sentences. */
	text: z.string().check(z.minLength(1)),
	/** The caveat in the help center's other languages, e.g. `{ "ko": "…" }`; the Korean widgets show it. */
	texts: z.optional(NamesSchema),
	/** Where the sources disagree on what the note says: both values and the one followed. */
	conflict: z.optional(ConflictSchema),
	...sourced,
});
export type Note = z.infer<typeof NoteSchema>;

/** `content/rules/notes.json`. */
export const NotesFileSchema = z.strictObject({
	/** Caveats added to verdicts. */
	notes: z.array(NoteSchema),
});
