import plans from '../../content/rules/plans.json' with { type: 'json' };
import models from '../../content/rules/models.json' with { type: 'json' };
import benefits from '../../content/rules/benefits.json' with { type: 'json' };
import credits from '../../content/rules/credits.json' with { type: 'json' };
import notes from '../../content/rules/notes.json' with { type: 'json' };
import { validateRuleData } from './validate.ts';

/**
 * The one rule set, read from `content/rules/*.json` and validated on import: a malformed file stops the build,
 * the tests and the widgets with a `RuleDataError` naming the file and the field.
 */
export const ruleData = validateRuleData({
	'content/rules/plans.json': plans,
	'content/rules/models.json': models,
	'content/rules/benefits.json': benefits,
	'content/rules/credits.json': credits,
	'content/rules/notes.json': notes,
});
