import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateRuleData, RuleDataError } from '../../src/rules/validate.ts';
import { RULE_FILES } from '../../src/rules/schemas/rule-data.ts';
import { ruleData } from '../../src/rules/rule-data.ts';

type Files = Parameters<typeof validateRuleData>[0];
const load = (): Files =>
	Object.fromEntries(Object.keys(RULE_FILES).map((f) => [f, JSON.parse(readFileSync(f, 'utf8'))])) as Files;

function problemsAfter(edit: (files: Record<string, any>) => void): string[] {
	const files = load() as Record<string, any>;
	edit(files);
	try {
		validateRuleData(files as Files);
		return [];
	} catch (e) {
		expect(e).toBeInstanceOf(RuleDataError);
		return (e as RuleDataError).problems;
	}
}

describe('rule data validation', () => {
	it('accepts the committed data, and it is the data the rules evaluate', () => {
		expect(problemsAfter(() => {})).toEqual([]);
		expect(validateRuleData(load())).toEqual(ruleData);
	});
	it.each<[string, (f: Record<string, any>) => void, RegExp]>([
		['an unknown plan in a rule', (f) => (f['content/rules/benefits.json'].rules[0].plans[0] = 'gold'), /^content\/rules\/benefits\.json: rules\[0\]\.plans\[0\]: /],
		['an impossible date', (f) => (f['content/rules/benefits.json'].rules[0].joined.from = '2026-02-30'), /benefits\.json: rules\[0\]\.joined\.from: "2026-02-30" is not a calendar date/],
		['a missing source', (f) => delete f['content/rules/benefits.json'].rules[3].source, /benefits\.json: rules\[3\]\.source: /],
		['a misspelled field', (f) => (f['content/rules/models.json'].models[0].kynd = 'image'), /models\.json: models\[0\]: .*kynd/],
		['a resolution the model lacks', (f) => (f['content/rules/benefits.json'].rules[0].resolutions = ['4K']), /benefits\.json: rules\[0\] \(nanobanana-plus-pro-from-dec-2025\)\.resolutions: "nanobanana" has no resolution 4K/],
		['a duplicated rule id', (f) => (f['content/rules/benefits.json'].rules[1].id = f['content/rules/benefits.json'].rules[0].id), /benefits\.json: rules: id "nanobanana-plus-pro-from-dec-2025" appears twice/],
		['a missing model entry', (f) => f['content/rules/models.json'].models.pop(), /models\.json: models: no entry for model id "video-element-edit"/],
		['a negative cost', (f) => (f['content/rules/credits.json'].costs[0].credits = -33), /credits\.json: costs\[0\]\.credits: /],
		['a confirm rule with published dates', (f) => (f['content/rules/benefits.json'].rules.find((r: any) => r.result === 'confirm').joined = { from: '2026-01-01' }), /joined\.unpublished: a rule is "confirm" exactly when/],
	])('names the file and the field for %s', (_, edit, message) => {
		const problems = problemsAfter(edit);
		expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
	});
});
