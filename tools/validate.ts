// First step of `npm run check`: the rule data validated exactly as `astro build` validates it, with its problems
// (file, field or grant ids, example query) printed plainly before any test runs.
import { loadRules } from '../src/lib/rule-files.ts';
import { RuleDataError } from '../src/rules/checks/validate.ts';
import { interpretationCounts, rulesWithBasis } from '../src/rules/checks/basis.ts';

try {
	const rules = loadRules();
	const { data } = rules;
	console.log(
		`rule data valid: ${data.grants.length} grants over ${data.models.length} models, no overlaps, every grant decides something, every source heading exists`,
	);
	// What rests on interpretation, so that an editor sees it grow or shrink with each change.
	const { total, counts } = interpretationCounts(rules);
	const readings = rulesWithBasis(data).filter((r) => r.basis !== 'stated');
	console.log(`readings and silences (${readings.length} rules are readings; ${total} customer cases in all):`);
	for (const c of counts)
		console.log(
			`  ${c.kind} ${c.rule === 'plan-start' ? "plan-start (signups before a plan's benefitsFrom day)" : c.rule}: ${c.cases} cases`,
		);
	for (const r of readings)
		if (!counts.some((c) => r.rule.includes(`"${c.rule}"`))) console.log(`  reading ${r.rule}: a figure, no verdict`);
} catch (e) {
	if (!(e instanceof RuleDataError)) throw e;
	console.error(e.message);
	process.exit(1);
}
