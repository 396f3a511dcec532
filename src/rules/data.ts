import plans from '../../content/rules/plans.json' with { type: 'json' };
import models from '../../content/rules/models.json' with { type: 'json' };
import grants from '../../content/rules/grants.json' with { type: 'json' };
import credits from '../../content/rules/credits.json' with { type: 'json' };
import type { RuleData } from './schemas/rule-data.ts';

// The one rule set, from content/rules/*.json, as the evaluation uses it.
//
// It is validated once, where a mistake can still stop it: `astro build` (the `rule-data-check` integration) and
// `npm run check` fail with a `RuleDataError` naming the file, the field or the grants, and an example input. The
// browser gets the same data without the schemas, and only the parts it uses: the estimator never loads the note
// texts (note-data.ts). Each group is its own module because bundlers split code by module.

/** What deciding a query needs: billing cycles, plans, options, models, grants and credit costs. */
export type DecisionData = Omit<RuleData, 'notes'>;

/** The committed rule data, less the notes, as validated. */
export const decisionData = {
	billing: plans.billing,
	plans: plans.plans,
	options: models.options,
	models: models.models,
	grants: grants.grants,
	credits,
} as unknown as DecisionData;
