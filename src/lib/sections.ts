/**
 * A group of articles: its English label, its label in other locales (Starlight's sidebar `translations`), its pages.
 */
export interface Section {
	label: string;
	translations?: { ko?: string };
	slugs: string[];
}

/**
 * How the articles are grouped for customers: the sidebar and llms.txt both read this list, so an article added to
 * `content/docs/en/` must be added here once (the built-site test fails until it is). Slugs omit the locale: one
 * entry serves `content/docs/en/<slug>.mdx` and `content/docs/ko/<slug>.mdx`.
 */
export const SECTIONS: Section[] = [
	{ label: 'Tools', translations: { ko: '도구' }, slugs: ['tools/am-i-unlimited', 'tools/credit-estimator'] },
	{
		label: 'Usage & plans',
		translations: { ko: '사용량과 요금제' },
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
	{
		label: 'Agent 2.0',
		translations: { ko: '에이전트 2.0' },
		slugs: ['troubleshooting/agent-2/use-carat-video-model'],
	},
	{ label: 'FAQ', translations: { ko: '자주 묻는 질문' }, slugs: ['troubleshooting/faq/plus-plan-faq'] },
	{
		label: 'About this help center',
		translations: { ko: '도움말 센터 안내' },
		slugs: ['changes', 'about/accessibility'],
	},
];
