import * as z from 'zod/mini';
import { PlansFileSchema } from './plan.ts';
import { ModelsFileSchema } from './model.ts';
import { GrantsFileSchema } from './grant.ts';
import { CreditsFileSchema } from './credits.ts';
import { NotesFileSchema } from './note.ts';
import type { RuleFileName } from './files.ts';

export type { RuleFileName };

/** Each rule data file, by its name in `content/rules/`, with its schema. */
export const RULE_FILES = {
	'plans.json': PlansFileSchema,
	'models.json': ModelsFileSchema,
	'grants.json': GrantsFileSchema,
	'credits.json': CreditsFileSchema,
	'notes.json': NotesFileSchema,
} as const satisfies Record<RuleFileName, unknown>;

/** All rule data, as validated: the shape of `/docs/rules.json` (less its `version`, `checked` and `sourceBase`). */
export const RuleDataSchema = z.strictObject({
	/** Billing cycles, from plans.json. */
	billing: PlansFileSchema.shape.billing,
	/** Plans, from plans.json. */
	plans: PlansFileSchema.shape.plans,
	/** Option values (resolutions, methods, agents), from models.json. */
	options: ModelsFileSchema.shape.options,
	/** Models with their defaults, from models.json. */
	models: ModelsFileSchema.shape.models,
	/** Promotions, from grants.json. */
	grants: GrantsFileSchema.shape.grants,
	/** Credit costs, monthly credits, prices, tiers and limits, from credits.json. */
	credits: CreditsFileSchema,
	/** Verdict caveats, from notes.json. */
	notes: NotesFileSchema.shape.notes,
});
export type RuleData = z.infer<typeof RuleDataSchema>;

/** Assembles the five parsed files into one `RuleData`. */
export function ruleDataOf(files: { [F in RuleFileName]: z.infer<(typeof RULE_FILES)[F]> }): RuleData {
	const { billing, plans } = files['plans.json'];
	const { options, models } = files['models.json'];
	return {
		billing,
		plans,
		options,
		models,
		grants: files['grants.json'].grants,
		credits: files['credits.json'],
		notes: files['notes.json'].notes,
	};
}
