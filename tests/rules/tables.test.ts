import { describe, expect, it } from 'vitest';
import { parseTableSpec, ruleTable } from '../../src/rules/checks/tables.ts';
import { compileRules, rules } from '../../src/rules/index.ts';

// `npm run fix` writes the articles' rule tables with `ruleTable`, and the prose test checks the articles against it;
// this test checks `ruleTable` itself against tables written by hand from the seeds (seed 001, "Video models": Carat
// Video (LTX) for Pro / Business regardless of signup date, and for Premium members who joined on or after Feb 25,
// 2026, for 1 year; Max has Premium's benefits, and on annual billing only for signups on or after May 22, 2026: what
// earlier Max annual members have the sources do not say, so they are sent to My Credits).
const table = (spec: string, locale: 'en' | 'ko') => {
	const parsed = parseTableSpec(spec);
	if (typeof parsed === 'string') throw new Error(parsed);
	return ruleTable(rules, parsed, locale);
};

describe('ruleTable', () => {
	it('writes the unlimited video models as seed 001 lists them', () => {
		const t = table('unlimited kind=video', 'en');
		expect(t.header).toEqual(['Model', 'Unlimited for']);
		expect(t.rows).toEqual([
			['Carat Video (LTX), image-based or start and end frames', 'Pro / Business members, any signup date'],
			[
				'Carat Video (LTX), image-based or start and end frames',
				// "(1 year)" is read as from the signup date: the row says it is a reading.
				'Premium / Max members who joined on or after Feb 25, 2026, for 1 year from signup (our reading); ' +
					'Max annual members who joined before May 22, 2026: check My Credits',
			],
		]);
	});

	it('writes the same rows in Korean, with Korean dates', () => {
		const t = table('unlimited kind=video', 'ko');
		expect(t.rows).toHaveLength(2);
		expect(t.rows[1]!.join(' ')).toContain('2026년 2월 25일');
		expect(t.rows.flat().join(' ')).not.toMatch(/members|signup|Feb/);
	});

	it('keeps a model with a narrow grant in the "uses credits" table, for all other members', () => {
		expect(table('credits model=carat-video', 'en').rows).toEqual([
			['Carat Video (LTX), image-based or start and end frames', 'All other members'],
			['Carat Video (LTX), text-to-video', 'All members (our reading)'],
		]);
		expect(table('credits model=carat-video', 'ko').rows[0]![1]).toBe('그 밖의 모든 회원');
	});

	it('keeps Kling in the "uses credits" table after a promotion for one plan (issue 20, on a copy of the data)', () => {
		const data = structuredClone(rules.data);
		data.grants.push({
			...structuredClone(data.grants.find((g) => g.id === 'grok-imagine-plus-premium-pro')!),
			id: 'kling-pro-annual' as never,
			model: 'kling' as never,
			plans: ['pro' as never],
			billing: ['annual' as never],
		});
		const parsed = parseTableSpec('credits model=kling');
		if (typeof parsed === 'string') throw new Error(parsed);
		expect(ruleTable(compileRules(data), parsed, 'en').rows).toEqual([['Kling', 'All other members']]);
		expect(ruleTable(rules, parsed, 'en').rows).toEqual([['Kling', 'All members']]);
	});
});
