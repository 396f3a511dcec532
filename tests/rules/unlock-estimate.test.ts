import { describe, expect, it } from 'vitest';
import { checkEligibility, estimate, monthlyCredits, unlockingOptions, rules } from '../../src/rules/index.ts';

const { plan: PLAN_IDS, billing: BILLING_CYCLES } = rules.vocabulary;

const ASOF = '2026-11-22';

// The figures the articles state (about 33 credits, about 303 videos) and the unlocking tables are content:
// content/rules/examples/{credits,unlock}.json, checked by tests/rules/examples.test.ts and `npm run check`.
describe('unlockingOptions', () => {
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
	// The figures the FAQ states (about 33 credits, about 303 videos) are content/rules/examples/credits.json.
	it("Plus + Carat Video: the empty balance is the plan's monthly credits, a reading (videos x cost, rounded)", () => {
		const monthly = monthlyCredits(rules, 'plus' as never)!;
		const e = estimate({ ...plus, lines: [{ model: 'carat-video', count: 10 }] });
		expect(e.balance).toEqual({ credits: monthly.credits, from: 'plan', approximate: true });
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
		expect(e.total).toBe(e.lines[0]!.subtotal);
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
		expect(e.lines.map((l) => l.costFrom)).toEqual(['entered', 'published']);
		expect(e.lines[0]!.creditsEach).toBe(500);
		expect(e.lines[1]!.creditsEach).not.toBe(1);
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
