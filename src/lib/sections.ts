/**
 * How the articles are grouped for customers: the sidebar and llms.txt both read this list, so an article added to
 * `content/docs/en/` must be added here once (the built-site test fails until it is). Slugs omit the `en/` locale.
 */
export const SECTIONS: { label: string; slugs: string[] }[] = [
	{ label: 'Tools', slugs: ['tools/am-i-unlimited', 'tools/credit-estimator'] },
	{
		label: 'Usage & plans',
		slugs: [
			'unlimited-benefit-scope',
			'unlimited-video-generation-pro-business',
			'promotion-overview',
			'unlimited-usage-issue',
			'carat-video-unlimited-but-blocked',
			'low-credit-message',
			'usage-limit-exceeded-error',
			'bgm-usage-limit-exceeded',
		].map((slug) => `troubleshooting/usage-plan/${slug}`),
	},
	{ label: 'Agent 2.0', slugs: ['troubleshooting/agent-2/use-carat-video-model'] },
	{ label: 'FAQ', slugs: ['troubleshooting/faq/plus-plan-faq'] },
];
