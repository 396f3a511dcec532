// First step of `npm run check`: the rule data validated exactly as `astro build` validates it, with its problems
// (file, field or grant ids, example query) printed plainly before any test runs.
import { loadRules } from '../src/lib/rule-files.ts';
import { RuleDataError } from '../src/rules/checks/validate.ts';

try {
	const { data } = loadRules();
	console.log(
		`rule data valid: ${data.grants.length} grants over ${data.models.length} models, no overlaps, every grant decides something, every source heading exists`,
	);
} catch (e) {
	if (!(e instanceof RuleDataError)) throw e;
	console.error(e.message);
	process.exit(1);
}
