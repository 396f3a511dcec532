import * as z from 'zod/mini';
import { IsoDateSchema, SourceSchema } from './common.ts';
import { STATUSES } from './status.ts';

// Worked examples as content (content/rules/examples/*.json), OpenFisca-style: an input, the answer the articles give
// for it, and the section that says so. The expected answers are written by hand from the sources; the check runs the
// engine on each input and names the file and entry whose answer changed. Ids inside inputs are checked by the same
// validator as the widgets' input (engine/input-checks.ts), so the schema keeps them plain strings.

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/));

/** Who is asking: plan and billing cycle ids (plans.json), signup date. */
const customer = {
	/** Plan id, e.g. `plus`. */
	plan: z.string(),
	/** Billing cycle id, `monthly` or `annual`. */
	billing: z.string(),
	/** Signup date, `YYYY-MM-DD`. */
	joined: IsoDateSchema,
	/** The as-of date, `YYYY-MM-DD`; default the file's `asOf`. */
	asOf: z.optional(IsoDateSchema),
};

/** The fields every example has. */
const common = {
	/** A short id, unique in its file, that failure messages name: `carat-video-premium-last-day-of-the-year`. */
	id: Id,
	/** What the example shows, in plain words: `Premium, joined Mar 10, 2026, on the last day of the year`. */
	name: z.string().check(z.minLength(1)),
	/** The article section the expected answer comes from. */
	source: SourceSchema,
};

/** "Is this model unlimited for me?" with the verdict the articles give. */
export const EligibilityExampleSchema = z.strictObject({
	...common,
	question: z.literal('eligibility'),
	input: z.strictObject({
		...customer,
		/** Model id (models.json). */
		model: Id,
		/** Option values (models.json `options`): `resolution`, `method`, `agent`. */
		resolution: z.optional(z.string()),
		method: z.optional(z.string()),
		agent: z.optional(z.string()),
	}),
	expected: z.strictObject({
		/** The verdict: `unlimited`, `confirm` (check My Credits), `credits` or `unsupported`. */
		verdict: z.enum(STATUSES),
		/** The last day of an unlimited benefit that ends, `YYYY-MM-DD`; absent when it does not end. */
		until: z.optional(IsoDateSchema),
		/** Credits per generation the verdict quotes (a published cost), when it quotes one. */
		creditsPerGeneration: z.optional(z.number()),
	}),
});

/** "What would make it unlimited?": every plan/billing cycle that would, as `plan/billing`. */
export const UnlockExampleSchema = z.strictObject({
	...common,
	question: z.literal('unlock'),
	input: z.strictObject({ ...customer, model: Id }),
	expected: z.strictObject({
		/** `plan/billing` pairs in the order of plans.json, e.g. `["premium/annual", "max/annual"]`; `[]` for none. */
		unlockedBy: z.array(z.string()),
	}),
});

/** A credit estimate: lines of generations, and the figures the articles state. Figures are credits. */
export const EstimateExampleSchema = z.strictObject({
	...common,
	question: z.literal('estimate'),
	input: z.strictObject({
		...customer,
		/** The reader's balance in credits; default the plan's monthly credits where they are known. */
		balance: z.optional(z.number()),
		lines: z.array(z.strictObject({ model: Id, count: z.number(), cost: z.optional(z.number()) })),
	}),
	expected: z.strictObject({
		/** Credits per generation of each line, in order (`"unknown"` where none is published). */
		creditsEach: z.optional(z.array(z.union([z.number(), z.literal('unknown')]))),
		/** Sum of the known subtotals. */
		total: z.optional(z.number()),
		/** The balance used: a number of credits, or `"none"` when neither given nor published. */
		balance: z.optional(z.union([z.number(), z.literal('none')])),
		/** Generations the balance buys, per line (`"unlimited"`, `"unknown"`). */
		affordable: z.optional(z.array(z.union([z.number(), z.literal('unlimited'), z.literal('unknown')]))),
	}),
});

/** One example. */
export const ExampleSchema = z.discriminatedUnion('question', [
	EligibilityExampleSchema,
	UnlockExampleSchema,
	EstimateExampleSchema,
]);
export type Example = z.infer<typeof ExampleSchema>;

/** An examples file: `content/rules/examples/<name>.json`. */
export const ExamplesFileSchema = z.strictObject({
	/**
	 * The as-of date every example is asked on unless it gives its own, `YYYY-MM-DD`: frozen, so that no answer depends
	 * on the day the check runs.
	 */
	asOf: IsoDateSchema,
	/** The examples, in the order the articles give them. */
	examples: z.array(ExampleSchema),
});
export type ExamplesFile = z.infer<typeof ExamplesFileSchema>;
