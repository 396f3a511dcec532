import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, useSiteInBrowser } from './harness.ts';
import { ASOF, PLUS, SCENARIOS, scenarioSearch } from './scenarios.ts';
import { rules } from '../../src/rules/index.ts';

// The verdict words of the Korean pages, written by hand (as the Korean articles' tables say them).
const KO = {
	unlimited: '무제한',
	confirm: '내 크레딧 확인',
	credits: '크레딧 사용',
	unsupported: '아직 지원되지 않음',
} as const;
const BY_ENGLISH = {
	Unlimited: KO.unlimited,
	'Uses credits': KO.credits,
	'Check My Credits': KO.confirm,
	'Not available yet': KO.unsupported,
} as const;

// The widgets on the Korean pages speak Korean in every state: answers, dates (2026년 2월 25일), messages, notes.
const site = useSiteInBrowser({ beforeAll, afterAll });
const korean = { ...desktop, locale: 'ko-KR' };

// Latin text a Korean widget may show: the names of models, plans and options as the Korean pages write them (the
// data's `names.ko`, else the brand name), the request phrase an Agent 2.0 user types, the app's English notice,
// URLs and the date format hint.
type Named = { name: string; names?: { ko?: string | undefined } | undefined };
const brand = (list: Named[]) => list.map((x) => x.names?.ko ?? x.name);
const NAMES = [
	...brand(rules.data.models),
	...brand(rules.data.plans),
	...brand(Object.values(rules.data.options).flat()),
	'Use Carat Basic Video (LTX 2.3)',
	'Usage limit exceeded',
	'Carat',
	'LTX',
	'AI',
	'YYYY-MM-DD',
	'JavaScript',
].sort((a, b) => b.length - a.length);
/** The Latin words left in `text` once names, URLs and values quoted from the link are taken out. */
function englishLeft(text: string): string[] {
	let rest = text.replace(/https?:\/\/\S+|carat\.im\/\S*|"[^"]*"/g, ' ');
	for (const name of NAMES) rest = rest.split(name).join(' ');
	return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

async function open(path: string, search: string): Promise<Page> {
	const page = await (await site.browser.newContext(korean)).newPage();
	await page.goto(`${site.origin}/docs/ko/tools/${path}/${search}`);
	await page.locator('.carat-widget astro-island:not([ssr])').waitFor({ state: 'attached' });
	return page;
}
const widgetText = (page: Page) => page.locator('.carat-widget').innerText();

describe('the checker in Korean', () => {
	it.each(SCENARIOS)('$name: Korean only', async (s) => {
		const page = await open('am-i-unlimited', scenarioSearch(s));
		const status = page.locator('.cw-model .cw-status');
		await expect
			.poll(() => status.textContent())
			.toMatch(new RegExp(`: ${BY_ENGLISH[s.status as keyof typeof BY_ENGLISH]}$`));
		const text = await widgetText(page);
		expect(englishLeft(text)).toEqual([]);
		expect(text).not.toContain('Uses credits');
		expect(text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
		await page.context().close();
	});

	it('lists My benefits with Korean dates and group names', async () => {
		const page = await open('am-i-unlimited', `?plan=premium&billing=annual&joined=2026-03-01&asof=${ASOF}`);
		await expect.poll(() => page.locator('.cw-group').count()).toBe(4);
		const text = await widgetText(page);
		expect(text).toContain('나에게 무제한인 모델');
		expect(text).toContain('2027년 2월 28일까지');
		expect(await page.locator('.cw-group h3').allTextContents()).toEqual([
			`${KO.unlimited} (8)`,
			`${KO.confirm} (1)`,
			`${KO.credits} (16)`,
			`${KO.unsupported} (1)`,
		]);
		expect(englishLeft(text)).toEqual([]);
		await page.context().close();
	});

	it.each([
		[
			'?plan=pro&billing=monthly&joined=2026-01-01&model=kling&asof=2025-01-01',
			'가입일: 2026년 1월 1일이 기준일(2025년 1월 1일)보다 늦어요.',
		],
		[
			'?plan=pro&billing=monthly&joined=2019-12-31',
			'가입일: 2020년 1월 1일부터 2099년 12월 31일 사이의 날짜를 입력하세요',
		],
	])('words the message for %s in Korean', async (search, message) => {
		const page = await open('am-i-unlimited', search);
		await expect.poll(() => page.locator('.cw-error').textContent()).toContain(message);
		expect(englishLeft(await widgetText(page))).toEqual([]);
		await page.context().close();
	});

	it('words an ignored link parameter in Korean (naming the parameter as the link writes it)', async () => {
		const page = await open('am-i-unlimited', '?plan=premium&joined=2026-02-30');
		const problems = page.locator('.cw-problems');
		await expect
			.poll(() => problems.textContent())
			.toBe('링크의 가입일(joined) 값을 무시했어요: "2026-02-30" 대신 YYYY-MM-DD 형식의 날짜만 쓸 수 있어요.');
		expect(englishLeft((await problems.textContent())!.replace('(joined)', ''))).toEqual([]);
		await page.context().close();
	});

	it('is empty of English before the reader answers, and without JavaScript', async () => {
		const page = await open('am-i-unlimited', '');
		expect(englishLeft(await widgetText(page))).toEqual([]);
		await page.context().close();
		const context = await site.browser.newContext({ ...korean, javaScriptEnabled: false });
		const noScript = await context.newPage();
		await noScript.goto(`${site.origin}/docs/ko/tools/am-i-unlimited/`);
		const text = await noScript.locator('.carat-widget').innerText();
		expect(text).toContain('JavaScript');
		expect(englishLeft(text)).toEqual([]);
		await context.close();
	});
});

describe('the estimator in Korean', () => {
	it.each([
		['Plus, no signup date needed', '?plan=plus&billing=monthly', [`약 ${PLUS.videos}번`, `약 ${PLUS.credits}크레딧`]],
		['Premium needs the signup date', '?plan=premium&billing=monthly', ['가입일이 필요해요']],
		[
			'an unpublished cost, and one entered',
			'?plan=plus&billing=monthly&line=veo-3~2&line=kling~1~~500',
			['알 수 없음', '(입력한 값)', '계산에서 빠진 항목'],
		],
		['an unlimited line', '?plan=pro&billing=monthly&joined=2026-01-05&line=carat-video~40', ['무제한 적용']],
		[
			'a count that is not a whole number',
			'?plan=plus&billing=monthly&line=carat-video~1e3',
			['개수, 1번째 항목: "1e3" 대신 1부터 100,000까지의 정수를 입력하세요'],
		],
		[
			'a line of the link it cannot read',
			'?plan=plus&billing=monthly&line=no-such-model~1&line=carat-video~2',
			[`2 × 약 ${PLUS.cost}`, '링크의 항목 하나를 무시했어요'],
		],
	])('%s: Korean only', async (_, search, says) => {
		const page = await open('credit-estimator', search);
		await expect.poll(() => page.locator('.cw-result').innerText()).toContain(says[0]!);
		const text = await widgetText(page);
		for (const phrase of says) expect(text).toContain(phrase);
		expect(englishLeft(text)).toEqual([]);
		await page.context().close();
	});
});
