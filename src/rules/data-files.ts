import plans from '../../content/rules/plans.json' with { type: 'json' };
import models from '../../content/rules/models.json' with { type: 'json' };
import benefits from '../../content/rules/benefits.json' with { type: 'json' };
import credits from '../../content/rules/credits.json' with { type: 'json' };
import notes from '../../content/rules/notes.json' with { type: 'json' };

/** The rule data files as read from `content/rules/`, by path, before validation. */
export const ruleFiles = {
	'content/rules/plans.json': plans,
	'content/rules/models.json': models,
	'content/rules/benefits.json': benefits,
	'content/rules/credits.json': credits,
	'content/rules/notes.json': notes,
};
