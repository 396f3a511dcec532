import { FIELD_LABELS, FIELD_LABELS_KO } from '../rules/words/labels.ts';
import type { FieldName } from '../rules/schema/fields.ts';

// The widgets' own words (labels, buttons, hints, headings), one catalogue per locale. The Astro wrappers pick the
// page's catalogue and hand it to the island as a prop, so a page downloads its own language only and no JavaScript
// for it. Sentences about a rule (answers, costs, messages) are the rule words' (src/rules/words/en.ts, ko.ts).

/**
 * Every string a widget shows that is not about a rule. In the longer ones, `**x**` is bold, `[[x]]` links to My
 * Credits (or, in `noScript`, to the page's tables) and `{{x}}` is Korean text inside another language (see `Rich`);
 * `{n}`, `{label}`, `{today}` are filled in.
 */
export interface UiStrings {
	/** `lang` of the page. */
	lang: 'en' | 'ko';
	/** Accessible names of the widgets' regions. */
	names: { checker: string; estimator: string };
	/** Field labels (labels.ts, shared with the rule words' messages), plus the estimator's per-line options. */
	fields: Record<FieldName, string>;
	choosePlan: string;
	allModels: string;
	agentNotSpecified: string;
	moreOptions: string;
	/** Hint under As of; `{today}` is replaced by today's date. */
	asOfHint: string;
	checkerPrompt: string;
	estimatorPrompt: string;
	/** What readers without JavaScript get: where to read the answer (`[[link]]` to `checkerHref` / `estimatorHref`). */
	noScript: { checker: string; estimator: string; checkerHref: string; estimatorHref: string };
	benefitsHeading: string;
	notYourAccount: string;
	confirmGroupHint: string;
	publishedCost: string;
	confirmDetail: string;
	whoHasIt: string;
	goodToKnow: string;
	readMore: string;
	source: string;
	back: string;
	copyLink: string;
	copied: string;
	copyFailed: string;
	myCreditsHref: string;
	joinedHint: string;
	balanceHint: string;
	linesLegend: string;
	/** Label suffix of a line's controls: `Count, line 2`. */
	lineLabel: string;
	remove: string;
	addLine: string;
	/** What the live region says before the new total when a line is added or removed (`{n}`: its number). */
	lineAdded: string;
	lineRemoved: string;
	maxLines: string;
	costHint: string;
	estimateHeading: string;
	tableCaption: string;
	tableHeaders: [model: string, countTimesEach: string, subtotal: string];
	unlimitedForYou: string;
	why: string;
	costEntered: string;
	/** In an unpriced line's cell: short, so that the row stays a few lines high on a phone. */
	unknownCost: string;
	/** Once under the table when a line is unpriced: where the app shows a model's cost (✨ is drawn as an icon). */
	unknownCostHow: string;
	unknown: string;
	total: string;
	about: string;
	notPriced: string;
	notPricedAfter: string;
	numberLocale: string;
	/** Messages about the widget's own parameters in a link that were ignored (templates; see `LinkWords`). */
	link: LinkWords;
}

const en: UiStrings = {
	lang: 'en',
	names: { checker: 'Am I unlimited? checker', estimator: 'Credit estimator' },
	fields: FIELD_LABELS,
	choosePlan: 'Choose a plan',
	allModels: 'All models',
	agentNotSpecified: 'Not specified',
	moreOptions: 'More options',
	asOfHint: 'Leave empty for today on your calendar{today}.',
	checkerPrompt: 'Choose your plan, billing cycle and signup date to see what is unlimited for you.',
	estimatorPrompt: 'Choose a plan and a billing cycle to price the lines.',
	noScript: {
		checker:
			'The interactive checker needs JavaScript. Without it, read the answer in [[the unlimited benefit tables]].',
		estimator:
			'The interactive estimator needs JavaScript. Without it, read the answer in [[the published credit costs]].',
		checkerHref: '/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-models',
		estimatorHref: '/docs/en/troubleshooting/faq/plus-plan-faq/#credits-per-model',
	},
	benefitsHeading: 'What is unlimited for you',
	notYourAccount:
		'The help center’s published rules, not your account: your own benefits are under **Active benefits** on [[My Credits]].',
	confirmGroupHint: 'The help center does not publish who gets these. Check **Active benefits** on [[My Credits]].',
	publishedCost: 'Published cost on your plan:',
	confirmDetail:
		'What the help center does not publish is the signup dates this benefit covers. Look under **Active benefits** on [[My Credits]], or ask support.',
	whoHasIt: 'Who has it unlimited:',
	goodToKnow: 'Good to know:',
	readMore: 'Read more',
	source: 'Where the help center says this',
	back: 'Back to all models',
	copyLink: 'Copy link',
	copied: 'Copied',
	copyFailed: 'Copy failed: copy the address bar instead',
	myCreditsHref: 'https://carat.im/en/subscription',
	joinedHint: 'Asked only when a line’s benefit depends on it.',
	balanceHint: 'Empty: your plan’s monthly credits, where the help center publishes them.',
	linesLegend: 'What you plan to make',
	lineLabel: '{label}, line {n}',
	remove: 'Remove line {n}',
	addLine: 'Add a line',
	lineAdded: 'Line {n} added.',
	lineRemoved: 'Line {n} removed.',
	maxLines: 'An estimate has at most {n} lines.',
	costHint: 'As the app shows it.',
	estimateHeading: 'Your estimate',
	tableCaption: 'Credits per line',
	tableHeaders: ['Model', 'Count × credits each', 'Subtotal'],
	unlimitedForYou: 'unlimited for you',
	why: 'why',
	costEntered: '(the cost you entered)',
	unknownCost: 'Unknown: enter the cost the app shows.',
	unknownCostHow:
		'Where the app shows a cost: go to Home({{홈}}), tap the Sparkle icon({{반짝이 아이콘}}) (✨) at the bottom left of the chat (on the web, click it), select the model, and read the credits per generation on its detail screen.',
	unknown: 'unknown',
	total: 'Total of known costs',
	about: 'about',
	notPriced: 'Not priced:',
	notPricedAfter: 'The total leaves them out.',
	numberLocale: 'en-US',
	link: {
		ignored: 'Ignored {field} ("{name}" in the link): {value} is not {expected}.',
		date: 'a date written YYYY-MM-DD',
		oneOf: 'one of {values}',
		maxText: 'at most {max} characters',
		lineModel: 'Ignored a line of the link: {value} does not start with a model this page knows.',
		lineOption: 'Ignored a line of the link: {value} has an option {model} does not have.',
		lineShape: 'Ignored a line of the link: {value} is not model~count~option~cost.',
		tooManyLines: 'Ignored {count} lines of the link: an estimate has at most {max} lines.',
	},
};

/**
 * Messages about ignored link parameters: `{field}` label, `{name}` parameter, `{value}` as given (quoted), `{model}`,
 * `{count}`, `{max}`.
 */
export interface LinkWords {
	/** One parameter: `Ignored {field} ("{name}" in the link): {value} is not {expected}.` */
	ignored: string;
	/** `{expected}` of a date, of a list of values (`{values}`), of a text of at most `{max}` characters. */
	date: string;
	oneOf: string;
	maxText: string;
	lineModel: string;
	lineOption: string;
	lineShape: string;
	tooManyLines: string;
}

/** The catalogue of a locale (`en`, `ko`); English for any other. */
export function uiStrings(locale: string | undefined): UiStrings {
	return catalogues[locale as keyof typeof catalogues] ?? en;
}
const ko: UiStrings = {
	lang: 'ko',
	names: { checker: '나도 무제한일까? 확인 도구', estimator: '크레딧 계산기' },
	fields: FIELD_LABELS_KO,
	choosePlan: '요금제 선택',
	allModels: '전체 모델',
	agentNotSpecified: '선택 안 함',
	moreOptions: '추가 옵션',
	asOfHint: '비워 두면 내 달력의 오늘{today}을 기준으로 확인해요.',
	checkerPrompt: '요금제, 결제 주기, 가입일을 고르면 나에게 무제한인 모델을 모두 보여 드려요.',
	estimatorPrompt: '요금제와 결제 주기를 고르면 항목별 크레딧을 계산해 드려요.',
	noScript: {
		checker: '이 확인 도구는 JavaScript가 켜져 있어야 동작해요. [[무제한 혜택 표]]에서 직접 확인할 수도 있어요.',
		estimator: '이 계산기는 JavaScript가 켜져 있어야 동작해요. [[공개된 모델별 크레딧]]에서 직접 확인할 수도 있어요.',
		checkerHref: '/docs/ko/troubleshooting/usage-plan/unlimited-benefit-scope/',
		estimatorHref: '/docs/ko/troubleshooting/faq/plus-plan-faq/',
	},
	benefitsHeading: '나에게 무제한인 모델',
	notYourAccount:
		'도움말 센터에 공개된 규칙으로 계산한 결과이며, 내 계정을 조회한 것이 아니에요. 실제로 적용된 혜택은 [[내 크레딧]]의 **[혜택 사용중]**에서 확인하세요.',
	confirmGroupHint: '도움말 센터에 대상이 공개되지 않은 혜택이에요. [[내 크레딧]]의 **[혜택 사용중]**에서 확인하세요.',
	publishedCost: '내 요금제에 공개된 크레딧:',
	confirmDetail:
		'이 혜택이 적용되는 가입일은 도움말 센터에 공개되어 있지 않아요. [[내 크레딧]]의 **[혜택 사용중]**을 확인하거나 고객센터에 문의하세요.',
	whoHasIt: '무제한 대상:',
	goodToKnow: '알아 두세요:',
	readMore: '자세히 보기',
	source: '도움말 센터의 근거 보기',
	back: '전체 모델로 돌아가기',
	copyLink: '링크 복사',
	copied: '복사했어요',
	copyFailed: '복사하지 못했어요. 주소창의 주소를 복사해 주세요.',
	myCreditsHref: 'https://carat.im/en/subscription',
	joinedHint: '가입일에 따라 답이 달라지는 항목이 있을 때만 필요해요.',
	balanceHint: '비워 두면 도움말 센터에 공개된 요금제의 월 크레딧으로 계산해요.',
	linesLegend: '만들 항목',
	lineLabel: '{label}, {n}번째 항목',
	remove: '{n}번째 항목 삭제',
	addLine: '항목 추가',
	lineAdded: '{n}번째 항목을 추가했어요.',
	lineRemoved: '{n}번째 항목을 삭제했어요.',
	maxLines: '한 번에 최대 {n}개 항목까지 계산할 수 있어요.',
	costHint: '앱에 표시된 값을 입력하세요.',
	estimateHeading: '예상 크레딧',
	tableCaption: '항목별 크레딧',
	tableHeaders: ['모델', '개수 × 1회당 크레딧', '소계'],
	unlimitedForYou: '무제한 적용',
	why: '근거',
	costEntered: '(입력한 값)',
	unknownCost: '알 수 없음: 앱에 표시되는 크레딧을 입력하세요.',
	unknownCostHow:
		'앱에서 비용 보는 곳: [홈]으로 가서 채팅창 왼쪽 아래의 [반짝이 아이콘] (✨)을 누르고(웹에서는 클릭하고) 모델을 고르면 상세 화면에 1회 생성당 크레딧이 나와요.',
	unknown: '알 수 없음',
	total: '공개된 비용 합계',
	about: '약',
	notPriced: '계산에서 빠진 항목:',
	notPricedAfter: '합계에 포함되지 않았어요.',
	// Grouping as en-US writes it (9,999), which is also Korean usage; a ko-KR formatter costs a long task to create.
	numberLocale: 'en-US',
	link: {
		ignored: '링크의 {field}({name}) 값을 무시했어요: {value} 대신 {expected}만 쓸 수 있어요.',
		date: 'YYYY-MM-DD 형식의 날짜',
		oneOf: '{values} 중 하나',
		maxText: '{max}자 이하의 값',
		lineModel: '링크의 항목 하나를 무시했어요: {value} — 이 페이지에 없는 모델로 시작해요.',
		lineOption: '링크의 항목 하나를 무시했어요: {value} — {model}에 없는 옵션이에요.',
		lineShape: '링크의 항목 하나를 무시했어요: {value} — 모델~개수~옵션~크레딧 형식이 아니에요.',
		tooManyLines: '링크의 항목 {count}개를 무시했어요. 한 번에 최대 {max}개까지 계산할 수 있어요.',
	},
};

const catalogues = { en, ko };
