import { describe, expect, it } from 'vitest';
import { checkEligibility, estimate, unlockingOptions, rules } from '../../src/rules/index.ts';

const { plan: PLAN_IDS, billing: BILLING_CYCLES } = rules.vocabulary;

const ASOF = '2026-11-22';

describe('unlockingOptions', () => {
	it.each([
		{
			model: 'carat-video',
			joined: '2026-03-10',
			expected: [
				'premium/monthly',
				'premium/annual',
				'max/monthly',
				'pro/monthly',
				'pro/annual',
				'business/monthly',
				'business/annual',
			],
		},
		{
			model: 'chatgpt-image-2.0-medium',
			joined: '2026-06-01',
			expected: ['premium/annual', 'max/annual', 'pro/annual'],
		},
		{ model: 'nanobanana-2', joined: '2026-05-21', expected: [] },
		{ model: 'nanobanana-2', joined: '2026-05-22', expected: ['max/annual'] },
		{ model: 'sora-2', joined: '2026-06-01', expected: [] },
	] as const)('$model joined $joined → $expected', ({ model, joined, expected }) => {
		const options = unlockingOptions({ plan: 'plus', billing: 'monthly', joined, model, asOf: ASOF });
		expect(options.map((o) => `${o.plan}/${o.billing}`)).toEqual(expected);
	});
	it('agrees with checkEligibility on every plan and billing cycle', () => {
		const base = { joined: '2026-03-10', model: 'carat-video', asOf: ASOF } as const;
		const unlocked = new Set(
			unlockingOptions({ ...base, plan: 'plus', billing: 'monthly' }).map((o) => `${o.plan}/${o.billing}`),
		);
		for (const plan of PLAN_IDS)
			for (const billing of BILLING_CYCLES)
				expect(unlocked.has(`${plan}/${billing}`)).toBe(
					checkEligibility({ ...base, plan, billing }).status === 'unlimited',
				);
	});
});

describe('estimate', () => {
	const plus = { plan: 'plus', billing: 'monthly', joined: '2026-01-05', asOf: ASOF } as const;
	it('Plus + Carat Video: 33 credits each; the Plus balance is read as about 10,000 and buys 303 (the FAQ’s "about 303")', () => {
		const e = estimate({ ...plus, lines: [{ model: 'carat-video', count: 10 }] });
		expect(e.lines[0]).toMatchObject({ creditsEach: 33, subtotal: 330, unlimited: false, costFrom: 'published' });
		// About 303 x about 33 = 9,999, rounded to the two figures of "about 33": never shown as exact.
		expect(e.balance).toEqual({ credits: 10_000, from: 'plan', approximate: true });
		expect(e.affordable[0]).toMatchObject({ generations: 303, approximate: true });
	});
	it('keeps an unpublished cost unknown and out of the total, never 0', () => {
		const e = estimate({
			...plus,
			lines: [
				{ model: 'carat-video', count: 2 },
				{ model: 'veo-3', count: 1 },
			],
		});
		expect(e.lines[1]).toMatchObject({ creditsEach: 'unknown', subtotal: 'unknown' });
		expect(e.total).toBe(66);
		expect(e.unpriced).toEqual(['veo-3']);
		expect(e.affordable[1]!.generations).toBe('unknown');
	});
	it('uses a cost the reader entered only where none is published', () => {
		const e = estimate({
			...plus,
			lines: [
				{ model: 'veo-3', count: 2, cost: 500 },
				{ model: 'carat-video', count: 1, cost: 1 },
			],
		});
		expect(e.lines.map((l) => [l.costFrom, l.creditsEach])).toEqual([
			['entered', 500],
			['published', 33],
		]);
	});
	it('prices unlimited lines at 0 and says so', () => {
		const e = estimate({
			plan: 'pro',
			billing: 'monthly',
			joined: '2026-01-05',
			asOf: ASOF,
			balance: 100,
			lines: [{ model: 'carat-video', count: 50 }],
		});
		expect(e.lines[0]).toMatchObject({ unlimited: true, creditsEach: 0, subtotal: 0 });
		expect(e.affordable[0]!.generations).toBe('unlimited');
	});
	it('has no balance when neither given nor published', () => {
		const e = estimate({
			plan: 'premium',
			billing: 'monthly',
			joined: '2026-01-05',
			asOf: ASOF,
			lines: [{ model: 'carat-video', count: 1 }],
		});
		expect(e.balance).toBeUndefined();
		expect(e.affordable[0]!.generations).toBe('unknown');
	});
	it.each([
		[{ lines: [{ model: 'carat-video', count: 0 }] }, 'Count, line 1: 0 is not a whole number from 1 to 100,000'],
		[{ lines: [{ model: 'carat-video', count: 1.5 }] }, 'Count, line 1: 1.5 is not a whole number from 1 to 100,000'],
		[
			{ lines: [{ model: 'carat-video', count: 1, cost: 100_001 }] },
			'Credits each, line 1: 100001 is not a whole number from 0 to 100,000',
		],
		[{ lines: [{ model: 'nope', count: 1 }] }, 'Model, line 1: "nope" is not one of'],
		[{ balance: -5, lines: [] }, 'Credit balance: -5 is not a whole number from 0 to 100,000,000'],
		[{ balance: 100_000_001, lines: [] }, 'Credit balance: 100000001 is not a whole number from 0 to 100,000,000'],
		[
			{ lines: Array.from({ length: 51 }, () => ({ model: 'carat-video', count: 1 })) },
			'Lines: 51 lines; an estimate has at most 50',
		],
	])('rejects %j: %s', (patch, message) => {
		const error = (() => {
			try {
				estimate({ ...plus, ...(patch as object), lines: (patch as { lines: never[] }).lines ?? [] } as never);
			} catch (e) {
				return e as Error;
			}
		})();
		expect(error?.message).toContain(message);
	});
});
