// First step of `npm run check`: the rule data validated exactly as `astro build` validates it, with its problems
// (file, field or grant ids, example query) printed plainly before any test runs.
import { loadRules } from '../src/lib/rule-files.ts';
import { RuleDataError } from '../src/rules/checks/validate.ts';
import { checkChangeLog } from '../src/lib/change-log.ts';

try {
	const rules = loadRules();
	const { data } = rules;
	// The change log: valid, and its last entry is the data's fingerprint (else it names npm run rules:diff -- --write).
	checkChangeLog('.', rules);
	console.log(
		`rule data valid: ${data.grants.length} grants over ${data.models.length} models, no overlaps, every grant decides something, every source heading exists`,
	);
} catch (e) {
	if (!(e instanceof RuleDataError)) throw e;
	console.error(e.message);
	process.exit(1);
}
