// The checker's scenarios: one customer and model per seed rule and boundary, each with the verdict the seeds give
// and phrases its English answer must contain. The English and the Korean browser tests both walk them.
import { estimate, monthlyCredits, rules } from '../../src/rules/index.ts';

/**
 * The Plus figures the articles state, read from the data (credits.json): Carat Video's published cost, the "about 303
 * videos" a month and the monthly credits derived from them. A price change changes them, not these tests.
 */
export const PLUS = (() => {
	const m = monthlyCredits(rules, 'plus' as never)!;
	const buys = estimate({ plan: 'plus', billing: 'monthly', lines: [{ model: 'carat-video', count: 1 }] })
		.affordable[0]!;
	return {
		cost: m.each.credits,
		/** Videos the empty balance buys, as the estimator says it: the stated "about 303" while the cost is 33. */
		videos: buys.generations as number,
		credits: m.credits.toLocaleString('en-US'),
	};
})();

export interface Scenario {
	name: string;
	plan: string;
	billing: 'monthly' | 'annual';
	joined: string;
	model: string;
	resolution?: string;
	method?: string;
	agent?: string;
	asOf: string;
	status: 'Unlimited' | 'Uses credits' | 'Check My Credits' | 'Not available yet';
	says?: string[];
}

/** The day every scenario is asked, so that no test depends on the day it runs. */
export const ASOF = '2026-11-22';
export const SCENARIOS: Scenario[] = [
	{
		name: 'Premium joined 2026-03-10: Carat Video unlimited for a year',
		plan: 'premium',
		billing: 'monthly',
		joined: '2026-03-10',
		model: 'carat-video',
		asOf: ASOF,
		status: 'Unlimited',
		says: ['is unlimited for you until Mar 9, 2027', 'Premium / Max members who joined on or after Feb 25, 2026'],
	},
	{
		name: 'the same Premium benefit, the day after it ends',
		plan: 'premium',
		billing: 'monthly',
		joined: '2026-03-10',
		model: 'carat-video',
		asOf: '2027-03-10',
		status: 'Uses credits',
		says: ['uses credits for you now: its unlimited benefit lasted 1 year from signup and ended on Mar 9, 2027'],
	},
	{
		name: 'Premium who joined before Feb 25, 2026',
		plan: 'premium',
		billing: 'annual',
		joined: '2026-02-24',
		model: 'carat-video',
		asOf: ASOF,
		status: 'Uses credits',
		says: ['and you joined on Feb 24, 2026', 'Who has it unlimited'],
	},
	{
		name: 'Pro text-to-video',
		plan: 'pro',
		billing: 'monthly',
		joined: '2025-06-01',
		model: 'carat-video',
		method: 'text-to-video',
		asOf: ASOF,
		status: 'Uses credits',
		says: ['and you chose text-to-video'],
	},
	{
		name: 'Business, start and end frames',
		plan: 'business',
		billing: 'annual',
		joined: '2025-06-01',
		model: 'carat-video',
		method: 'start-end-frames',
		asOf: ASOF,
		status: 'Unlimited',
	},
	{
		name: 'Plus Carat Video costs its published credits',
		plan: 'plus',
		billing: 'monthly',
		joined: '2026-01-05',
		model: 'carat-video',
		asOf: ASOF,
		status: 'Uses credits',
		says: [`Published cost on your plan: about ${PLUS.cost} credits per 5-second video`],
	},
	{
		name: 'Agent 2.0 must ask for Carat Video by name',
		plan: 'pro',
		billing: 'monthly',
		joined: '2026-01-05',
		model: 'carat-video',
		agent: 'agent-2.0',
		asOf: ASOF,
		status: 'Unlimited',
		says: ['Use Carat Basic Video (LTX 2.3)', 'switch to Agent 1.0'],
	},
	{
		name: 'an annual-only model asked on monthly',
		plan: 'premium',
		billing: 'monthly',
		joined: '2026-06-01',
		model: 'chatgpt-image-2.0-medium',
		asOf: ASOF,
		status: 'Uses credits',
		says: ['and you are on monthly billing', 'Premium / Max / Pro members on annual billing, any signup date'],
	},
	{
		name: 'the same model on annual',
		plan: 'premium',
		billing: 'annual',
		joined: '2026-06-01',
		model: 'chatgpt-image-2.0-medium',
		asOf: ASOF,
		status: 'Unlimited',
	},
	{
		name: 'Nanobanana Pro 2K in the Nov 21–30 window',
		plan: 'plus',
		billing: 'monthly',
		joined: '2025-11-25',
		model: 'nanobanana-pro',
		resolution: '2K',
		asOf: ASOF,
		status: 'Unlimited',
	},
	{
		name: 'Nanobanana Pro 4K in the window',
		plan: 'plus',
		billing: 'monthly',
		joined: '2025-11-25',
		model: 'nanobanana-pro',
		resolution: '4K',
		asOf: ASOF,
		status: 'Uses credits',
	},
	{
		name: 'Nanobanana 2 1K, Max annual from May 22, 2026',
		plan: 'max',
		billing: 'annual',
		joined: '2026-05-22',
		model: 'nanobanana-2',
		asOf: ASOF,
		status: 'Unlimited',
	},
	{
		name: 'Nanobanana 2 1K, Premium annual: dates unpublished',
		plan: 'premium',
		billing: 'annual',
		joined: '2026-06-01',
		model: 'nanobanana-2',
		asOf: ASOF,
		status: 'Check My Credits',
		says: ['may be unlimited for you', 'Active benefits'],
	},
	{
		name: 'Nanobanana base, Plus the day before Dec 1, 2025',
		plan: 'plus',
		billing: 'monthly',
		joined: '2025-11-30',
		model: 'nanobanana',
		asOf: ASOF,
		status: 'Uses credits',
	},
	{
		name: 'Z Image, Max annual before its benefits start',
		plan: 'max',
		billing: 'annual',
		joined: '2026-01-10',
		model: 'z-image',
		asOf: ASOF,
		status: 'Check My Credits',
		says: [
			'The help center does not say whether Z Image is unlimited for you',
			'check the Active benefits section of My Credits',
		],
	},
	{
		name: 'Sora 2: no plan makes it unlimited',
		plan: 'business',
		billing: 'annual',
		joined: '2026-01-10',
		model: 'sora-2',
		asOf: ASOF,
		status: 'Uses credits',
		says: ['no promotion makes it unlimited'],
	},
	{
		name: 'editing an element inside a video',
		plan: 'pro',
		billing: 'annual',
		joined: '2026-01-10',
		model: 'video-element-edit',
		asOf: ASOF,
		status: 'Not available yet',
	},
];

/** The checker's URL for a scenario (the parameters a copied link holds). */
export function scenarioSearch(s: Scenario): string {
	const params = new URLSearchParams({
		plan: s.plan,
		billing: s.billing,
		joined: s.joined,
		model: s.model,
		asof: s.asOf,
	});
	if (s.resolution) params.set('res', s.resolution);
	if (s.method) params.set('method', s.method);
	if (s.agent) params.set('agent', s.agent);
	return `?${params}`;
}
