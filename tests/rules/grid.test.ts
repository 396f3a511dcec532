import { describe, expect, it } from 'vitest';
import { compileDecisionTable, matchingRules } from '../../src/rules/decision-table.ts';
import { inputGrid, boundaryDays } from '../../src/rules/grid.ts';
import { verdictGridCsv } from '../../src/rules/grid-snapshot.ts';
import { evaluate, ruleData } from '../../src/rules/index.ts';

describe('the whole input grid', () => {
	const grid = inputGrid();
	const table = compileDecisionTable();

	it('covers every plan, billing, model, option and boundary day', () => {
		expect(boundaryDays()).toEqual(expect.arrayContaining(['2025-11-20', '2025-11-21', '2025-11-30', '2025-12-01', '2025-12-16', '2025-12-17', '2026-02-24', '2026-02-25', '2026-05-21', '2026-05-22']));
		expect(new Set(grid.map((q) => q.model)).size).toBe(ruleData.models.length);
		const options = ruleData.models.reduce((n, m) => n + (m.resolutions?.length ?? 1) * (m.methods?.length ?? 1), 0);
		// plans x billing x (model, option) x signup days x 3 as-of days (signup day, last day of the year, day after)
		expect(grid.length).toBe(5 * 2 * options * boundaryDays().length * 3);
	});

	it('has exactly one deciding rule in every cell (no overlap, no gap, no default)', () => {
		const bad = grid.map((q) => ({ q, ids: matchingRules(table, q).map((r) => r.id) })).filter((c) => c.ids.length !== 1);
		expect(bad.slice(0, 5)).toEqual([]);
	});

	it('uses every rule of the data somewhere (no dead row)', () => {
		const used = new Set(grid.map((q) => evaluate(q, table).rule));
		expect(ruleData.rules.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
	});

	it('gives Max exactly Premium’s verdict, except Max annual before its start date and Nanobanana 2', () => {
		const start = ruleData.plans.find((p) => p.id === 'max')!.benefitsFrom!.annual!;
		for (const q of grid.filter((c) => c.plan === 'max')) {
			const max = evaluate(q, table);
			const premium = evaluate({ ...q, plan: 'premium' }, table);
			if (q.billing === 'annual' && q.joined < start) expect(max.status === 'credits' || max.status === 'unsupported').toBe(true);
			else if (q.model === 'nanobanana-2' && premium.status === 'confirm') expect(['unlimited', 'credits']).toContain(max.status);
			else expect([q, max.status, max.unlimitedUntil]).toEqual([q, premium.status, premium.unlimitedUntil]);
		}
	});

	it('matches the committed verdict snapshot (a rule change shows as a diff of this file)', async () => {
		await expect(verdictGridCsv()).toMatchFileSnapshot('./__snapshots__/verdict-grid.csv');
	});
});
