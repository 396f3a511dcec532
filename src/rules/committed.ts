import plans from '../../content/rules/plans.json' with { type: 'json' };
import models from '../../content/rules/models.json' with { type: 'json' };
import grants from '../../content/rules/grants.json' with { type: 'json' };
import credits from '../../content/rules/credits.json' with { type: 'json' };
import notes from '../../content/rules/notes.json' with { type: 'json' };
import changes from '../../content/rules/changes.json' with { type: 'json' };
import { compileRules, type RuleSet } from './engine/compile.ts';
import type { RuleData } from './schema/rule-data.ts';
import type { LoggedChange } from './engine/change-entry.ts';

// The one place that knows where the committed rules are. The site, the islands, the agent tools and the MCP server
// import `rules` from here; every other module takes a RuleSet as an argument, so tests compile their own.
//
// The data is validated where a mistake can still stop it: `astro build` (the rule-data-check integration) and
// `npm run check` fail with a `RuleDataError` naming the file, the field or the grants, and an example input. Here,
// in the browser too, it is only compiled: the islands load no zod.

/** The rule set of `content/rules/*.json`, compiled once. */
export const rules: RuleSet = compileRules({
	billing: plans.billing,
	plans: plans.plans,
	options: models.options,
	models: models.models,
	grants: grants.grants,
	credits,
	notes: notes.notes,
} as unknown as RuleData);

/** The change log of `content/rules/changes.json`, oldest first, as answers link it (id and rule ids). */
export const changeLog: LoggedChange[] = changes.changes.map((e) => ({ id: e.id, rules: e.rules }));
