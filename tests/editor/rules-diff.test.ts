import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rulesDiff } from '../../src/rules/checks/diff.ts';
import { validateRuleData } from '../../src/rules/checks/validate.ts';
import { readRuleTexts } from '../../src/lib/rule-files.ts';
import { rules } from '../../src/rules/index.ts';
import { addDays } from '../../src/rules/schema/calendar.ts';
import { gitCopyOfContent } from './git-copy.ts';
import { EXAMPLES, type RuleFiles } from './examples.ts';
import seedRules from './seed-rules.json' with { type: 'json' };

// The worked examples run on the data as the seeds give it (frozen in seed-rules.json), so that they keep testing
// the same changes after the live rules change.
const seed = () => structuredClone(seedRules.files) as RuleFiles;
const seedData = validateRuleData(seed());
const edited = (edit: (f: RuleFiles) => void, base = seed) => {
	const files = base();
	edit(files);
	return validateRuleData(files);
};
const live = () =>
	Object.fromEntries(Object.entries(readRuleTexts()).map(([f, t]) => [f, JSON.parse(t!)])) as RuleFiles;

describe('rulesDiff: what a promotion change changes for customers', () => {
	it('is empty for the same data', () => {
		expect(rulesDiff(rules, rules)).toEqual([]);
	});
	it.each([
		{
			example: EXAMPLES[0]!,
			lines: [
				'Z Image · all plans · joined on or after Dec 1, 2026: Unlimited → Uses credits (z-image-from-2025-12-17 → default)',
			],
		},
		{
			example: EXAMPLES[1]!,
			lines: [
				'Nanobanana 2, 1K · Premium annual · joined on or before May 31, 2026: Check My Credits → Uses credits (nanobanana-2-1k-annual-unpublished-dates → default)',
				'Nanobanana 2, 1K · Premium annual · joined on or after Jun 1, 2026: Check My Credits → Unlimited (nanobanana-2-1k-annual-unpublished-dates → nanobanana-2-1k-premium-annual-from-2026-06-01)',
				// Before its own start date Max annual is answered as Premium would be, where Premium pays credits.
				'Nanobanana 2, 1K · Max annual · joined on or before May 21, 2026: Check My Credits → Uses credits (plan-start → default)',
			],
		},
		{
			example: EXAMPLES[2]!,
			lines: [
				'Imagen 4 · Plus / Premium / Max / Business · any signup date: Not listed → Uses credits (none → default)',
				'Imagen 4 · Pro · any signup date: Not listed → Unlimited (none → imagen-4-pro)',
			],
		},
	])('$example.name', ({ example, lines }) => {
		expect(rulesDiff(seedData, edited(example.edit))).toEqual(lines);
	});
	it('prints at most 20 lines for a one-date change of any grant, each naming the old and the new verdict', () => {
		for (const g of rules.data.grants) {
			const lines = rulesDiff(
				rules,
				edited((f) => {
					const copy = f['grants.json'].grants.find((x: { id: string }) => x.id === g.id);
					// Move the first signup day 30 days later, or give the grant one.
					copy.joined = { ...copy.joined, from: copy.joined?.from ? addDays(copy.joined.from, 30) : '2026-07-01' };
					if (copy.joined.through && copy.joined.through < copy.joined.from) copy.joined.through = copy.joined.from;
				}, live),
			);
			expect(lines.length, `${g.id}:\n${lines.join('\n')}`).toBeGreaterThan(0);
			expect(lines.length, `${g.id}:\n${lines.join('\n')}`).toBeLessThanOrEqual(20);
			for (const line of lines)
				expect(line).toMatch(
					/: (Unlimited( for \d+ years?)?|Uses credits|Check My Credits|Not available yet) → (Unlimited( for \d+ years?)?|Uses credits|Check My Credits|Not available yet) \(/,
				);
		}
	});
});

describe('npm run rules:diff', () => {
	it('compares the working tree with git HEAD (or a ref) in a repository', () => {
		const dir = gitCopyOfContent('rules-diff-');
		try {
			const file = join(dir, 'content/rules/grants.json');
			const files = JSON.parse(readFileSync(file, 'utf8'));
			files.grants.find((g: { id: string }) => g.id === 'z-image-from-2025-12-17').joined.through = '2026-11-30';
			writeFileSync(file, JSON.stringify(files, null, 2));
			const run = (...args: string[]) =>
				spawnSync(process.execPath, [resolve('tools/rules-diff.ts'), ...args], { cwd: dir, encoding: 'utf8' });
			const head = run();
			expect(head.status, head.stderr).toBe(0);
			expect(head.stdout).toContain('Z Image · all plans · joined on or after Dec 1, 2026: Unlimited → Uses credits');
			expect(head.stdout.trim().split('\n').length).toBeLessThanOrEqual(20);
			const bad = run('no-such-ref');
			expect([bad.status, bad.stderr]).toEqual([
				1,
				expect.stringContaining('"no-such-ref" is not a commit of this repository'),
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
