// npm run rules:diff [ref]: what the rule data in the working tree changes for customers, compared with git `ref`
// (default HEAD): one line per model, audience, signup range and verdict change.
import { loadRules, readRuleTextsAt } from '../src/lib/rule-files.ts';
import { parseRuleFiles, validateRuleData, RuleDataError } from '../src/rules/checks/validate.ts';
import { rulesDiff } from '../src/rules/checks/diff.ts';

const ref = process.argv[2] ?? 'HEAD';
try {
	let before;
	try {
		before = validateRuleData(parseRuleFiles(readRuleTextsAt(ref)));
	} catch (e) {
		if (e instanceof RuleDataError) throw new RuleDataError(e.problems.map((p) => `${ref}: ${p}`));
		throw new Error(`"${ref}" is not a commit of this repository (try HEAD, main or a commit id).`, { cause: e });
	}
	const lines = rulesDiff(before, loadRules());
	console.log(
		lines.length
			? `Changes for customers since ${ref} (${lines.length}):\n${lines.map((l) => `  ${l}`).join('\n')}`
			: `No verdict changes since ${ref}.`,
	);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
