import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { rules } from '../../src/rules/index.ts';
import { ExamplesFileSchema, type ExamplesFile } from '../../src/rules/schema/examples.ts';
import { exampleAnswer, exampleProblems, expectedOf } from '../../src/rules/checks/examples.ts';
import { examplesProblems } from '../../src/lib/content-check.ts';
import { compileRules } from '../../src/rules/engine/compile.ts';

// The worked examples are content (content/rules/examples/*.json): an input, the answer the articles give (written
// by hand from the seeds) and the section it comes from. Each is asked of the engine here, one test per entry, named
// by file and id, and `npm run check` runs the same comparison.
const DIR = 'content/rules/examples';
const files = readdirSync(DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => [`${DIR}/${f}`, ExamplesFileSchema.parse(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')))] as const);

describe.each(files)('%s', (_, file) => {
	it.each(file.examples.map((e) => [e.id, e] as const))('%s: the engine gives the written answer', (_, example) => {
		expect(exampleAnswer(rules, example, file.asOf)).toEqual(expectedOf(example));
	});
});

describe('the example check', () => {
	const one: ExamplesFile = {
		asOf: '2026-11-22',
		examples: [
			{
				id: 'pro-carat-video',
				name: 'Pro, Carat Video',
				question: 'eligibility',
				source: { article: 'troubleshooting/usage-plan/unlimited-benefit-scope', anchor: 'unlimited-video-models' },
				input: { plan: 'pro', billing: 'monthly', joined: '2024-01-01', model: 'carat-video' },
				expected: { verdict: 'unlimited' },
			},
		],
	};
	it('passes an example the rules answer as written', () => {
		expect(exampleProblems(rules, one)).toEqual([]);
	});
	it('names the entry and shows the written and the new answer when a rule change breaks it', () => {
		const data = structuredClone(rules.data);
		data.grants = data.grants.filter((g) => g.id !== 'carat-video-pro-business');
		expect(exampleProblems(compileRules(data), one)).toEqual([
			{
				index: 0,
				id: 'pro-carat-video',
				problem:
					'expected {"verdict":"unlimited","until":"(none)"}, the rules now give {"verdict":"credits","until":"(none)"}',
			},
		]);
	});
	it('refuses an input the rules do not know, naming the field', () => {
		const bad = structuredClone(one);
		(bad.examples[0]!.input as { model: string }).model = 'imagen-9';
		expect(exampleProblems(rules, bad)[0]?.problem).toMatch(/^input refused: Model: "imagen-9" is not one of/);
	});
	it('gives every committed example file without problems, each problem a file:line', () => {
		expect(examplesProblems(rules).problems).toEqual([]);
	});
});
