import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityQueryInput } from '../../src/rules/index.ts';

// Each table restates a sentence of the seeds (see the issue "How to read the seeds") with its boundary days.
// `asOf` is frozen so that no test depends on the day it runs.
const ASOF = '2026-11-22';
type Row = {
	name: string;
	query: Omit<EligibilityQueryInput, 'asOf'> & { asOf?: string };
	status: string;
	until?: string;
};
const run = (row: Row) => checkEligibility({ asOf: ASOF, ...row.query } as EligibilityQueryInput);

describe.each<{ rule: string; rows: Row[] }>([
	{
		rule: 'Nanobanana (base): Plus / Pro members who joined on or after Dec 1, 2025',
		rows: [
			{
				name: 'Plus, the day before the window',
				query: { plan: 'plus', billing: 'monthly', joined: '2025-11-30', model: 'nanobanana' },
				status: 'credits',
			},
			{
				name: 'Plus, first day',
				query: { plan: 'plus', billing: 'monthly', joined: '2025-12-01', model: 'nanobanana' },
				status: 'unlimited',
			},
			{
				name: 'Pro annual, later',
				query: { plan: 'pro', billing: 'annual', joined: '2026-06-01', model: 'nanobanana' },
				status: 'unlimited',
			},
			{
				name: 'Premium is not named',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-06-01', model: 'nanobanana' },
				status: 'credits',
			},
			{
				name: 'Business is not named',
				query: { plan: 'business', billing: 'annual', joined: '2026-06-01', model: 'nanobanana' },
				status: 'credits',
			},
		],
	},
	{
		rule: 'Nanobanana Pro 1K/2K: any plan, joined Nov 21–30, 2025; 4K always credits',
		rows: [
			{
				name: 'start − 1',
				query: { plan: 'plus', billing: 'monthly', joined: '2025-11-20', model: 'nanobanana-pro' },
				status: 'credits',
			},
			{
				name: 'start',
				query: { plan: 'plus', billing: 'monthly', joined: '2025-11-21', model: 'nanobanana-pro' },
				status: 'unlimited',
			},
			{
				name: 'end, 2K',
				query: { plan: 'business', billing: 'annual', joined: '2025-11-30', model: 'nanobanana-pro', resolution: '2K' },
				status: 'unlimited',
			},
			{
				name: 'end + 1',
				query: { plan: 'premium', billing: 'monthly', joined: '2025-12-01', model: 'nanobanana-pro' },
				status: 'credits',
			},
			{
				name: '4K inside the window',
				query: { plan: 'pro', billing: 'annual', joined: '2025-11-25', model: 'nanobanana-pro', resolution: '4K' },
				status: 'credits',
			},
		],
	},
	{
		rule: 'Nanobanana 2: 1K unlimited for Max annual ≥ 2026-05-22; other annual confirm; monthly, 2K, 4K credits',
		rows: [
			{
				name: 'Max annual, first day',
				query: { plan: 'max', billing: 'annual', joined: '2026-05-22', model: 'nanobanana-2' },
				status: 'unlimited',
			},
			{
				name: 'Max annual, day before (the sources do not say: check My Credits)',
				query: { plan: 'max', billing: 'annual', joined: '2026-05-21', model: 'nanobanana-2' },
				status: 'confirm',
			},
			{
				name: 'Premium annual',
				query: { plan: 'premium', billing: 'annual', joined: '2026-06-01', model: 'nanobanana-2' },
				status: 'confirm',
			},
			{
				name: 'Plus annual',
				query: { plan: 'plus', billing: 'annual', joined: '2025-01-01', model: 'nanobanana-2' },
				status: 'confirm',
			},
			{
				name: 'Max monthly',
				query: { plan: 'max', billing: 'monthly', joined: '2026-06-01', model: 'nanobanana-2' },
				status: 'credits',
			},
			{
				name: 'Max annual 2K',
				query: { plan: 'max', billing: 'annual', joined: '2026-06-01', model: 'nanobanana-2', resolution: '2K' },
				status: 'credits',
			},
			{
				name: 'Max annual 4K',
				query: { plan: 'max', billing: 'annual', joined: '2026-06-01', model: 'nanobanana-2', resolution: '4K' },
				status: 'credits',
			},
		],
	},
	{
		rule: 'Z Image: members who joined on or after Dec 17, 2025',
		rows: [
			{
				name: 'start − 1',
				query: { plan: 'business', billing: 'monthly', joined: '2025-12-16', model: 'z-image' },
				status: 'credits',
			},
			{
				name: 'start',
				query: { plan: 'business', billing: 'monthly', joined: '2025-12-17', model: 'z-image' },
				status: 'unlimited',
			},
			{
				name: 'Max annual before its benefits start (the sources do not say: check My Credits)',
				query: { plan: 'max', billing: 'annual', joined: '2026-01-10', model: 'z-image' },
				status: 'confirm',
			},
			{
				name: 'Max monthly, same day',
				query: { plan: 'max', billing: 'monthly', joined: '2026-01-10', model: 'z-image' },
				status: 'unlimited',
			},
		],
	},
	{
		rule: 'ChatGPT Image 1.5 / Seedream 4.0 / Flux2 Pro: Premium / Max / Pro joined on or after Feb 25, 2026',
		rows: [
			{
				name: 'Premium, start − 1',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-02-24', model: 'chatgpt-image-1.5' },
				status: 'credits',
			},
			{
				name: 'Premium, start',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-02-25', model: 'seedream-4.0' },
				status: 'unlimited',
			},
			{
				name: 'Max monthly gets Premium’s',
				query: { plan: 'max', billing: 'monthly', joined: '2026-03-01', model: 'flux2-pro' },
				status: 'unlimited',
			},
			{
				name: 'Plus is not named',
				query: { plan: 'plus', billing: 'monthly', joined: '2026-03-01', model: 'flux2-pro' },
				status: 'credits',
			},
		],
	},
	{
		rule: 'ChatGPT Image 2.0: Low monthly or annual, Medium annual only, Premium / Max / Pro',
		rows: [
			{
				name: 'Low, Pro monthly',
				query: { plan: 'pro', billing: 'monthly', joined: '2024-01-01', model: 'chatgpt-image-2.0-low' },
				status: 'unlimited',
			},
			{
				name: 'Medium, Premium monthly',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-06-01', model: 'chatgpt-image-2.0-medium' },
				status: 'credits',
			},
			{
				name: 'Medium, Premium annual',
				query: { plan: 'premium', billing: 'annual', joined: '2026-06-01', model: 'chatgpt-image-2.0-medium' },
				status: 'unlimited',
			},
			{
				name: 'Low, Plus',
				query: { plan: 'plus', billing: 'annual', joined: '2026-06-01', model: 'chatgpt-image-2.0-low' },
				status: 'credits',
			},
		],
	},
	{
		rule: 'Grok Imagine: Plus / Premium / Max / Pro',
		rows: [
			{
				name: 'Plus',
				query: { plan: 'plus', billing: 'monthly', joined: '2024-01-01', model: 'grok-imagine' },
				status: 'unlimited',
			},
			{
				name: 'Business',
				query: { plan: 'business', billing: 'monthly', joined: '2024-01-01', model: 'grok-imagine' },
				status: 'credits',
			},
		],
	},
	{
		rule: 'Carat Video: Pro / Business any date; Premium ≥ Feb 25, 2026 for 1 year; images only',
		rows: [
			{
				name: 'Pro, old signup',
				query: { plan: 'pro', billing: 'monthly', joined: '2024-01-01', model: 'carat-video' },
				status: 'unlimited',
			},
			{
				name: 'Business, start and end frames',
				query: {
					plan: 'business',
					billing: 'annual',
					joined: '2024-01-01',
					model: 'carat-video',
					method: 'start-end-frames',
				},
				status: 'unlimited',
			},
			{
				name: 'Premium, start − 1',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-02-24', model: 'carat-video' },
				status: 'credits',
			},
			{
				name: 'Premium 2026-03-10, asked within the year',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video' },
				status: 'unlimited',
				until: '2027-03-09',
			},
			{
				name: 'Premium 2026-03-10, last day of the year',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: '2027-03-09' },
				status: 'unlimited',
				until: '2027-03-09',
			},
			{
				name: 'Premium 2026-03-10, the day after',
				query: { plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: '2027-03-10' },
				status: 'credits',
			},
			{
				name: 'Text-to-video on Pro',
				query: { plan: 'pro', billing: 'monthly', joined: '2024-01-01', model: 'carat-video', method: 'text-to-video' },
				status: 'credits',
			},
			{
				name: 'Plus',
				query: { plan: 'plus', billing: 'monthly', joined: '2026-03-10', model: 'carat-video' },
				status: 'credits',
			},
			{
				name: 'Max annual from May 22, 2026',
				query: { plan: 'max', billing: 'annual', joined: '2026-05-22', model: 'carat-video' },
				status: 'unlimited',
				until: '2027-05-21',
			},
		],
	},
	{
		rule: 'Always credits, or not available yet',
		rows: [
			...(
				[
					'midjourney',
					'seedance-2.0',
					'seedance-2.0-fast',
					'sora-2',
					'veo-3',
					'kling',
					'lip-sync',
					'background-music',
					'sound-effects',
					'carat-1.0-lite',
					'carat-1.0',
					'carat-1.0-soul',
				] as const
			).map((model): Row => ({
				name: model,
				query: { plan: 'pro', billing: 'annual', joined: '2026-06-01', model },
				status: 'credits',
			})),
			{
				name: 'video-element-edit',
				query: { plan: 'business', billing: 'annual', joined: '2026-06-01', model: 'video-element-edit' },
				status: 'unsupported',
			},
			{
				name: 'video-element-edit, Max annual before its start',
				query: { plan: 'max', billing: 'annual', joined: '2026-01-01', model: 'video-element-edit' },
				status: 'unsupported',
			},
		],
	},
])('$rule', ({ rows }) => {
	it.each(rows)('$name → $status', (row) => {
		const verdict = run(row);
		expect(verdict.status).toBe(row.status);
		expect(verdict.unlimitedUntil).toBe(row.until);
	});
});

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
	it('gives the published cost per generation when the verdict uses credits', () => {
		const plus = checkEligibility({
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-01-05',
			model: 'carat-video',
			asOf: ASOF,
		});
		expect(plus.creditsPerGeneration).toMatchObject({ credits: 33, approximate: true });
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
