import { describe, expect, it } from 'vitest';
import {
	checkEligibility,
	rules,
	listBenefits,
	modelLabel,
	grantReach,
	rangesOf,
	BENEFIT_GROUPS,
	type Benefits,
	type CustomerQueryInput,
} from '../../src/rules/index.ts';

// "What is unlimited for me?" (issue: My benefits): the rows the checker lists first, and the one-sentence answers.
const ASOF = '2026-11-22';
const rowsOf = (b: Benefits, status: keyof Benefits['groups']) =>
	b.groups[status].map(
		(r) =>
			`${modelLabel(rules, r.model, r.options)}${r.decision.unlimitedUntil ? ` until ${r.decision.unlimitedUntil}` : ''}`,
	);

describe.each<{
	customer: CustomerQueryInput;
	has: Partial<Record<keyof Benefits['groups'], string[]>>;
	lacks: Partial<Record<keyof Benefits['groups'], string[]>>;
}>([
	{
		customer: { plan: 'premium', billing: 'annual', joined: '2026-03-01' },
		has: {
			unlimited: [
				'Seedream 4.0',
				'Carat Video (LTX), image-based or start and end frames until 2027-02-28',
				'ChatGPT Image 2.0 Medium',
			],
			confirm: ['Nanobanana 2, 1K'],
			credits: ['Midjourney', 'Nanobanana 2, 2K or 4K', 'Carat Video (LTX), text-to-video', 'Nanobanana (base)'],
			unsupported: ['Editing elements inside a generated video'],
		},
		lacks: { unlimited: ['Nanobanana (base)'] },
	},
	{
		customer: { plan: 'plus', billing: 'monthly', joined: '2026-03-10' },
		has: {
			unlimited: ['Nanobanana (base)', 'Z Image', 'Grok Imagine'],
			credits: ['Seedream 4.0', 'Carat Video (LTX)', 'Nanobanana 2', 'Midjourney'],
		},
		lacks: { unlimited: ['Seedream 4.0'], confirm: ['Nanobanana 2, 1K'] },
	},
	{
		// Before Max annual's start date the sources say nothing: what Premium has unlimited is "check My Credits", what
		// Premium pays credits for stays credits.
		customer: { plan: 'max', billing: 'annual', joined: '2026-03-10' },
		has: {
			confirm: ['Z Image', 'Seedream 4.0', 'Nanobanana 2, 1K'],
			credits: ['Midjourney', 'Nanobanana 2, 2K or 4K', 'Carat Video (LTX), text-to-video'],
		},
		lacks: { unlimited: ['Z Image', 'Seedream 4.0'], credits: ['Z Image', 'Seedream 4.0'] },
	},
])('My benefits of $customer.plan $customer.billing joined $customer.joined', ({ customer, has, lacks }) => {
	const benefits = listBenefits({ ...customer, asOf: ASOF });
	it.each(Object.entries(has))('%s lists %j', (status, labels) => {
		expect(rowsOf(benefits, status as never)).toEqual(expect.arrayContaining(labels));
	});
	it.each(Object.entries(lacks))('%s does not list %j', (status, labels) => {
		for (const label of labels) expect(rowsOf(benefits, status as never)).not.toContain(label);
	});
	it('lists every model, each option value exactly once, with the checker’s verdict', () => {
		for (const model of rules.data.models) {
			const rows = BENEFIT_GROUPS.flatMap((s) =>
				benefits.groups[s].filter((r) => r.model === model.id).map((r) => ({ ...r, status: s })),
			);
			expect(rows.length).toBeGreaterThan(0);
			const values = model.options?.resolution ?? model.options?.method ?? [undefined];
			const field = model.options?.resolution ? 'resolution' : 'method';
			for (const value of values) {
				const holding = rows.filter(
					(r) => value === undefined || (r.options?.[field] ?? values).includes(value as never),
				);
				expect(holding).toHaveLength(1);
				const verdict = checkEligibility({
					...customer,
					asOf: ASOF,
					model: model.id,
					...(value && { [field]: value }),
				} as never);
				expect([holding[0]!.status, holding[0]!.decision.unlimitedUntil]).toEqual([
					verdict.status,
					verdict.unlimitedUntil,
				]);
			}
		}
	});
});

describe('listBenefits input', () => {
	it.each([
		[{ plan: 'gold', billing: 'annual', joined: '2026-03-01' }, /Plan: "gold" is not one of/],
		[{ plan: 'plus', billing: 'annual', joined: '2026-02-30' }, /Signup date: "2026-02-30" is not a calendar date/],
		[
			{ plan: 'plus', billing: 'annual', joined: '2027-05-01', asOf: '2026-11-22' },
			/Signup date: May 1, 2027 is after the As of date, Nov 22, 2026/,
		],
	])('%j is refused: %s', (input, message) => {
		const error = (() => {
			try {
				listBenefits(input as never);
			} catch (e) {
				return e as Error;
			}
		})();
		expect(error?.message).toMatch(message);
	});
});

describe('answers in one sentence', () => {
	it.each([
		[
			{ plan: 'premium', billing: 'monthly', joined: '2026-01-15', model: 'seedream-4.0' },
			'Seedream 4.0 uses credits for you: its unlimited benefit covers Premium / Max / Pro members who joined on or after Feb 25, 2026, and you joined on Jan 15, 2026.',
		],
		[
			{ plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video' },
			'Carat Video (LTX), image-based, is unlimited for you until Mar 9, 2027, then it uses credits: the benefit covers Premium / Max members who joined on or after Feb 25, 2026, for 1 year from signup (image-based or start and end frames).',
		],
		[
			{ plan: 'premium', billing: 'monthly', joined: '2025-03-10', model: 'carat-video', asOf: '2027-03-10' },
			'Carat Video (LTX), image-based, uses credits for you: its unlimited benefit covers Premium / Max members who joined on or after Feb 25, 2026, for 1 year from signup (image-based or start and end frames), and you joined on Mar 10, 2025.',
		],
		[
			{ plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: '2027-03-10' },
			'Carat Video (LTX), image-based, uses credits for you now: its unlimited benefit lasted 1 year from signup and ended on Mar 9, 2027.',
		],
		[
			{ plan: 'plus', billing: 'monthly', joined: '2026-01-05', model: 'midjourney' },
			'Midjourney uses credits for every member: no promotion makes it unlimited.',
		],
		[
			{ plan: 'max', billing: 'annual', joined: '2026-01-10', model: 'z-image' },
			'The help center does not say whether Z Image is unlimited for you: it says Max on annual billing has unlimited benefits for signups on or after May 22, 2026, not what members who joined earlier (you joined on Jan 10, 2026) have, so check the Active benefits section of My Credits.',
		],
		[
			{ plan: 'max', billing: 'annual', joined: '2026-01-10', model: 'seedream-4.0' },
			'Seedream 4.0 uses credits for you: its unlimited benefit covers Premium / Max / Pro members who joined on or after Feb 25, 2026, and you joined on Jan 10, 2026.',
		],
		[
			{ plan: 'max', billing: 'annual', joined: '2026-01-10', model: 'midjourney' },
			'Midjourney uses credits for every member: no promotion makes it unlimited.',
		],
		[
			{ plan: 'plus', billing: 'monthly', joined: '2026-03-10', model: 'chatgpt-image-2.0-medium' },
			'ChatGPT Image 2.0 Medium uses credits for you: its unlimited benefit covers Premium / Max / Pro members on annual billing, any signup date, and you are on Plus with monthly billing.',
		],
		[
			{ plan: 'premium', billing: 'annual', joined: '2026-03-01', model: 'nanobanana-2' },
			'Nanobanana 2, 1K, may be unlimited for you: the help center says the benefit covers Plus / Premium / Pro / Business members on annual billing who joined after a date the help center does not publish (1K), so check the Active benefits section of My Credits.',
		],
		[
			{ plan: 'business', billing: 'annual', joined: '2026-06-01', model: 'video-element-edit' },
			'Editing elements inside a generated video is not available yet on any plan.',
		],
	])('%j', (query, answer) => {
		expect(checkEligibility({ asOf: ASOF, ...query } as never).answer).toBe(answer);
	});

	it('names who has it unlimited only under a credits verdict, never advising a plan change', () => {
		const credits = checkEligibility({
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-03-10',
			model: 'carat-video',
			asOf: ASOF,
		});
		expect(credits.whoHasIt).toEqual([
			'Pro / Business members, any signup date (image-based or start and end frames)',
			'Premium / Max members who joined on or after Feb 25, 2026, for 1 year from signup (image-based or start and end frames)',
		]);
		expect(credits.whoHasIt.join(' ')).not.toMatch(/switch|upgrade|change/i);
		expect(
			checkEligibility({ plan: 'pro', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: ASOF })
				.whoHasIt,
		).toEqual([]);
	});

	it('links the deciding rule to its article section', () => {
		const v = checkEligibility({
			plan: 'premium',
			billing: 'annual',
			joined: '2026-03-01',
			model: 'nanobanana-2',
			asOf: ASOF,
		});
		expect(v.href).toBe('/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#check-my-credits');
	});

	it('finds the plans a grant reaches as the whole input space does', () => {
		const decided = new Map<string, Set<string>>();
		for (const { cell, ranges } of rangesOf(rules))
			for (const r of ranges) (decided.get(r.rule) ?? decided.set(r.rule, new Set()).get(r.rule)!).add(cell.plan);
		for (const grant of rules.data.grants)
			expect(grantReach(rules, grant)).toEqual(
				rules.data.plans.map((p) => p.id).filter((p) => decided.get(grant.id)?.has(p)),
			);
		expect(
			grantReach(
				rules,
				rules.data.grants.find((g) => g.id === 'nanobanana-2-1k-annual-unpublished-dates')!,
			),
		).not.toContain('max');
	});
});
