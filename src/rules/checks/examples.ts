import type { RuleSet } from '../engine/compile.ts';
import { decide, resolveQuery, type ValidQuery } from '../engine/decide.ts';
import { estimateFor, type ValidEstimateInput } from '../engine/estimate.ts';
import { unlockOptionsFor } from '../engine/unlock.ts';
import { inputProblems } from '../engine/input-checks.ts';
import type { FormName } from '../schema/fields.ts';
import type { Example, ExamplesFile } from '../schema/examples.ts';
import { problemMessage } from '../words/en.ts';

// The worked examples of content/rules/examples/ against the engine: each example's input is checked by the one input
// validator, answered by the engine, and compared with the answer written in the file.

/** An example whose written answer is not the engine's: where it is, and both answers. */
export interface ExampleProblem {
	/** Index in the file's `examples`. */
	index: number;
	id: string;
	/** What is wrong, one line: `expected {"verdict":"credits"}, the rules give {"verdict":"unlimited"}`. */
	problem: string;
}

/** The engine's answer to an example, in the shape of its `expected` and limited to the keys it states. */
export function exampleAnswer(rules: RuleSet, example: Example, asOf: string): Record<string, unknown> {
	const input = { asOf, ...example.input };
	const keys = Object.keys(expectedOf(example));
	const pick = (all: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, all[k]]));
	if (example.question === 'eligibility') {
		const d = decide(rules, resolveQuery(rules, input as ValidQuery));
		return pick({ verdict: d.status, until: d.unlimitedUntil, creditsPerGeneration: d.creditsPerGeneration?.credits });
	}
	if (example.question === 'unlock')
		return pick({
			unlockedBy: unlockOptionsFor(rules, input as ValidQuery).map((o) => `${o.plan}/${o.billing}`),
		});
	const e = estimateFor(rules, input as ValidEstimateInput);
	return pick({
		creditsEach: e.lines.map((l) => l.creditsEach),
		total: e.total,
		balance: e.balance?.credits ?? 'none',
		affordable: e.affordable.map((a) => a.generations),
	});
}

/**
 * An example's written answer, with the keys it states; an eligibility example always states `until` (absent: the
 * benefit does not end), so a rule change that adds an end is caught.
 */
export function expectedOf(example: Example): Record<string, unknown> {
	return example.question === 'eligibility'
		? { verdict: example.expected.verdict, until: example.expected.until, ...pickDefined(example.expected) }
		: { ...example.expected };
}
const pickDefined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const FORM: Record<Example['question'], FormName> = {
	eligibility: 'eligibility',
	unlock: 'eligibility',
	estimate: 'estimate',
};
const show = (answer: Record<string, unknown>) =>
	JSON.stringify(answer, (_, v: unknown) => (v === undefined ? '(none)' : v));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every example of `file` whose input the rules refuse (an id they do not have, an impossible date) or whose written
 * answer differs from the engine's, with both answers. Empty when every example holds.
 */
export function exampleProblems(rules: RuleSet, file: ExamplesFile): ExampleProblem[] {
	const out: ExampleProblem[] = [];
	const ids = new Set<string>();
	file.examples.forEach((example, index) => {
		const at = { index, id: example.id };
		if (ids.has(example.id)) out.push({ ...at, problem: `id "${example.id}" is used twice in this file` });
		ids.add(example.id);
		const refused = inputProblems(rules, FORM[example.question], { asOf: file.asOf, ...example.input });
		if (refused.length) {
			out.push({ ...at, problem: `input refused: ${refused.map(problemMessage).join('; ')}` });
			return;
		}
		const actual = exampleAnswer(rules, example, file.asOf);
		const expected = expectedOf(example);
		if (!same(actual, expected))
			out.push({ ...at, problem: `expected ${show(expected)}, the rules now give ${show(actual)}` });
	});
	return out;
}
