import { DEFAULT_LOCALE, localeOf, type Locale } from './locales.ts';

/** The words the Markdown copies, llms.txt and llms-full.txt add to an article, in one language. */
export interface CopyWords {
	/** The help center's name and one-sentence summary (llms.txt, llms-full.txt). */
	name: string;
	summary: string;
	/** The blockquote every Markdown copy starts with, pointing to the llms.txt index. */
	indexNote: string;
	/** What each interactive widget becomes: a sentence on what it does and the page to open (site path). */
	widgets: Record<string, { does: string; path: string }>;
	/** The sentence after a widget's: text before the link, the link's text, text after it. */
	openPage: [string, string, string];
	/** Heading of an untitled Aside, by its type (Starlight's own words for the locale). */
	asides: Record<string, string>;
	/** Heading of a `<details>` without `<summary>`. */
	details: string;
}

const LLMS_TXT = 'https://carat.im/docs/llms.txt';

export const COPY_WORDS: Record<Locale, CopyWords> = {
	en: {
		name: 'Carat Help',
		summary:
			'Help center of Carat (carat.im), an app for making AI images and videos with credits and unlimited promotions: which models are unlimited on which plan and signup date, why credits are deducted, and what credits buy.',
		indexNote: [
			'> ## Documentation Index',
			`> Fetch the complete documentation index at: ${LLMS_TXT}`,
			'> Use this file to discover all available pages before exploring further.',
		].join('\n'),
		widgets: {
			AmIUnlimited: {
				does: 'The interactive "Am I unlimited?" checker tells you, for your plan, billing cycle, signup date and a model, whether the model is unlimited, why, and which plans would make it unlimited.',
				path: '/docs/en/tools/am-i-unlimited/',
			},
			CreditEstimator: {
				does: 'The interactive credit estimator prices a list of generations on your plan (unlimited lines at 0, unpublished costs as unknown) and shows how many generations your balance buys.',
				path: '/docs/en/tools/credit-estimator/',
			},
		},
		openPage: [' Open ', 'the page in a browser', ' to use it.'],
		asides: { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' },
		details: 'Details',
	},
	ko: {
		name: 'Carat 도움말',
		summary:
			'Carat(carat.im)의 도움말 센터예요. Carat은 크레딧과 무제한 프로모션으로 AI 이미지와 영상을 만드는 앱이에요. 어떤 모델이 어떤 요금제와 가입일에 무제한인지, 크레딧이 왜 차감되는지, 크레딧으로 무엇을 얼마나 만들 수 있는지 답해요.',
		indexNote: [
			'> ## 문서 색인',
			`> 전체 문서 색인: ${LLMS_TXT}`,
			'> 더 살펴보기 전에 이 파일에서 모든 페이지를 찾아보세요.',
		].join('\n'),
		widgets: {
			AmIUnlimited: {
				does: '"나도 무제한일까?" 확인 도구는 요금제, 결제 주기, 가입일, 모델을 고르면 그 모델이 무제한인지, 왜 그런지, 어떤 요금제라면 무제한이 되는지 알려 줘요.',
				path: '/docs/ko/tools/am-i-unlimited/',
			},
			CreditEstimator: {
				does: '크레딧 계산기는 만들 생성 작업 목록을 내 요금제 기준으로 계산하고(무제한 항목은 0, 공개되지 않은 비용은 알 수 없음), 가진 크레딧으로 몇 번 생성할 수 있는지 보여 줘요.',
				path: '/docs/ko/tools/credit-estimator/',
			},
		},
		openPage: [' ', '브라우저에서 페이지를 열어', ' 사용하세요.'],
		asides: { note: '참고', tip: '팁', caution: '주의', danger: '위험' },
		details: '자세히',
	},
};

/** The words for the page at `url` (absolute or site path): its locale's, else English. */
export function copyWordsFor(url: string | undefined): CopyWords {
	const path = url ? (URL.parse(url, 'https://carat.im')?.pathname ?? url) : '';
	return COPY_WORDS[localeOf(path) ?? DEFAULT_LOCALE];
}
