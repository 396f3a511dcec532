import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
	it('names a malformed entry by file, line and id', () => {
		const root = mkdtempSync(join(tmpdir(), 'examples-'));
		try {
			mkdirSync(join(root, DIR), { recursive: true });
			const bad = structuredClone(one) as unknown as { examples: { expected: object }[] };
			bad.examples[0]!.expected = { verdict: 'free' };
			writeFileSync(join(root, DIR, 'bad.json'), JSON.stringify(bad, null, 2));
			const [problem] = examplesProblems(rules, root).problems;
			expect(problem).toMatch(
				/^content\/rules\/examples\/bad\.json:\d+: example "pro-carat-video" \(examples\.0\.expected\.verdict\): "free" is not one of "unlimited"/,
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
