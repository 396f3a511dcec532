import { describe, expect, it } from 'vitest';
import { checkEligibility, rules } from '../../src/rules/index.ts';

// The seed tables (each sentence of the seeds with its boundary days) are content: content/rules/examples/
// eligibility.json, checked by tests/rules/examples.test.ts and `npm run check`. Here: what a verdict holds.
// `asOf` is frozen so that no test depends on the day it runs.
const ASOF = '2026-11-22';

describe('verdict contents', () => {
	it('traces each condition of the deciding grant with its source link', () => {
		const v = checkEligibility({
			plan: 'premium',
			billing: 'monthly',
			joined: '2026-03-10',
			model: 'carat-video',
			asOf: ASOF,
		});
		expect(v.rule).toBe('carat-video-premium-from-2026-02-25');
		expect(v.reasons.filter((r) => r.decisive).map((r) => [r.field, r.passed])).toEqual([
			['plan', true],
			['joined', true],
			['method', true],
			['asOf', true],
		]);
		for (const r of v.reasons) expect(r.href).toMatch(/^\/docs\/en\/troubleshooting\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
	});
	it('explains why not: the failed conditions of the unlimited rules', () => {
		const v = checkEligibility({
			plan: 'premium',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'carat-video',
			asOf: ASOF,
		});
		const failed = v.reasons.filter((r) => !r.decisive);
		expect(failed.every((r) => !r.passed)).toBe(true);
		expect(failed.map((r) => r.required)).toContain('Signup date on or after Feb 25, 2026');
	});
	it.each([
		{
			query: { plan: 'plus', billing: 'monthly', joined: '2026-01-05', model: 'midjourney' },
			rule: 'default',
			says: 'No promotion covers Midjourney for you: it uses credits',
		},
		{
			query: { plan: 'max', billing: 'annual', joined: '2026-01-10', model: 'z-image' },
			rule: 'plan-start',
			says: 'Max on annual billing has unlimited benefits for signups on or after May 22, 2026; what earlier signups have is not stated',
		},
		{
			query: { plan: 'max', billing: 'monthly', joined: '2026-03-01', model: 'seedream-4.0' },
			rule: 'seedream-4.0-from-2026-02-25',
			says: 'Plan: Premium, Max or Pro',
		},
		{
			query: { plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: '2027-03-10' },
			rule: 'carat-video-premium-from-2026-02-25',
			says: 'the benefit ended on Mar 9, 2027',
		},
		{
			query: { plan: 'business', billing: 'annual', joined: '2026-06-01', model: 'video-element-edit' },
			rule: 'default',
			says: 'Editing elements inside a generated video is not available yet',
		},
	] as const)('says in words what decided: $says', ({ query, rule, says }) => {
		const v = checkEligibility({ asOf: ASOF, ...query });
		expect(v.rule).toBe(rule);
		expect(
			v.reasons
				.filter((r) => r.decisive)
				.map((r) => `${r.required} / ${r.actual}`)
				.join('\n'),
		).toContain(says);
	});
	it.each([
		['agent-2.0', 'Use Carat Basic Video (LTX 2.3)'],
		['agent-1.0', "you don't need to name the model"],
	] as const)('carat-video with %s notes "%s"', (agent, phrase) => {
		const v = checkEligibility({
			plan: 'pro',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'carat-video',
			agent,
			asOf: ASOF,
		});
		expect(v.notes.map((n) => n.text).join(' ')).toContain(phrase);
	});
	it('warns Agent 2.0 users that conversation uses credits and low credits can block unlimited generation', () => {
		const v = checkEligibility({
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'grok-imagine',
			agent: 'agent-2.0',
			asOf: ASOF,
		});
		expect(v.notes.map((n) => n.id)).toContain('agent-2-conversation-credits');
		expect(v.notes.map((n) => n.id)).not.toContain('agent-2-default-video-model');
	});
	it('gives the published cost per generation when the verdict uses credits, and none when unlimited or unpublished', () => {
		const cost = rules.data.credits.costs.find((c) => c.model === 'carat-video')!;
		const plus = checkEligibility({
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'carat-video',
			asOf: ASOF,
		});
		expect(plus.creditsPerGeneration).toMatchObject({ credits: cost.credits, approximate: cost.approximate });
		const pro = checkEligibility({
			plan: 'pro',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'carat-video',
			asOf: ASOF,
		});
		expect(pro.creditsPerGeneration).toBeUndefined();
		const veo = checkEligibility({
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'veo-3',
			asOf: ASOF,
		});
		expect(veo.creditsPerGeneration).toBeUndefined();
	});
});
