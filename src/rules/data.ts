import plans from '../../content/rules/plans.json' with { type: 'json' };
import models from '../../content/rules/models.json' with { type: 'json' };
import benefits from '../../content/rules/benefits.json' with { type: 'json' };
import credits from '../../content/rules/credits.json' with { type: 'json' };
import type { RuleData } from './schemas/rule-data.ts';

// The one rule set, from content/rules/*.json, as the evaluation uses it.
//
// It is validated by the zod schemas once, where a mistake can still stop it: `astro build` (the
// `rule-data-check` integration) and `npm test` (tests/rules/data-validation.test.ts) fail with a `RuleDataError`
// naming the file and the field. The browser gets the same data without the schemas (about 5 KB of gzip less per
// widget page), and only the parts it uses: the estimator never loads the note texts (note-data.ts).
// Each group is its own module because bundlers split code by module.

/** What deciding a query needs: plans, models, the benefit table and credit costs. */
export type DecisionData = Omit<RuleData, 'notes'>;

/** Plans, models, benefit rules and credits, as validated. */
export const decisionData = {
	plans: plans.plans,
	models: models.models,
	rules: benefits.rules,
	credits,
} as unknown as DecisionData;
