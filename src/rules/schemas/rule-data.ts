import * as z from 'zod/mini';
import { PlanSchema } from './plan.ts';
import { ModelSchema } from './model.ts';
import { BenefitRuleSchema } from './benefit.ts';
import { CreditsFileSchema } from './credits.ts';
import { NoteSchema } from './note.ts';

/** `content/rules/plans.json`. */
export const PlansFileSchema = z.strictObject({
	/** Every plan, cheapest first. */
	plans: z.array(PlanSchema),
});
/** `content/rules/models.json`. */
export const ModelsFileSchema = z.strictObject({
	/** Every model or feature, each id once. */
	models: z.array(ModelSchema),
});
/** `content/rules/benefits.json`. */
export const BenefitsFileSchema = z.strictObject({
	/** The benefit decision table: exactly one row decides each query. */
	rules: z.array(BenefitRuleSchema),
});
/** `content/rules/notes.json`. */
export const NotesFileSchema = z.strictObject({
	/** Caveats added to verdicts. */
	notes: z.array(NoteSchema),
});

/** Each rule data file, by its path from the repository root, with its schema. */
export const RULE_FILES = {
	'content/rules/plans.json': PlansFileSchema,
	'content/rules/models.json': ModelsFileSchema,
	'content/rules/benefits.json': BenefitsFileSchema,
	'content/rules/credits.json': CreditsFileSchema,
	'content/rules/notes.json': NotesFileSchema,
} as const;

/** All rule data, as validated: the shape of `/docs/rules.json` (less its `version` and `checked`). */
export const RuleDataSchema = z.strictObject({
	/** Plans, from plans.json. */
	plans: PlansFileSchema.shape.plans,
	/** Models, from models.json. */
	models: ModelsFileSchema.shape.models,
	/** Benefit decision table, from benefits.json. */
	rules: BenefitsFileSchema.shape.rules,
	/** Credit costs, monthly credits, prices, tiers and limits, from credits.json. */
	credits: CreditsFileSchema,
	/** Verdict caveats, from notes.json. */
	notes: NotesFileSchema.shape.notes,
});
export type RuleData = z.infer<typeof RuleDataSchema>;
