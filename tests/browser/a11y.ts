import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { desktop } from './harness.ts';

// What the accessibility tests share: each language's pages and the words a reader hears there (written out here,
// not read from the catalogue under test), where focus is, and a recorder of what the live regions say.

/** The words of each language the tests look for. `line(label, n)` is a line's field label (`Count, line 2`). */
export const LANGS = {
	en: {
		context: desktop,
		checker: '/docs/en/tools/am-i-unlimited/',
		estimator: '/docs/en/tools/credit-estimator/',
		line: (label: string, n: number) => `${label}, line ${n}`,
		model: 'Model',
		joined: 'Signup date',
		asOf: 'As of',
		count: 'Count',
		cost: 'Credits each',
		balance: 'Credit balance',
		back: 'Back to all models',
		copy: 'Copy link',
		copied: 'Copied',
		add: 'Add a line',
		remove: (n: number) => `Remove line ${n}`,
		added: (n: number) => `Line ${n} added.`,
		atMost: 'An estimate has at most 50 lines.',
		summary: /^For you: \d+ unlimited/,
		total: /Total of known costs: (about )?[\d,]+ credits/,
	},
	ko: {
		context: { ...desktop, locale: 'ko-KR' } as BrowserContextOptions,
		checker: '/docs/ko/tools/am-i-unlimited/',
		estimator: '/docs/ko/tools/credit-estimator/',
		line: (label: string, n: number) => `${label}, ${n}번째 항목`,
		model: '모델',
		joined: '가입일',
		asOf: '기준일',
		count: '개수',
		cost: '1회당 크레딧',
		balance: '보유 크레딧',
		back: '전체 모델로 돌아가기',
		copy: '링크 복사',
		copied: '복사했어요',
		add: '항목 추가',
		remove: (n: number) => `${n}번째 항목 삭제`,
		added: (n: number) => `${n}번째 항목을 추가했어요.`,
		atMost: '한 번에 최대 50개 항목까지 계산할 수 있어요.',
		summary: /^나에게 해당하는 결과: 무제한 \d+개/,
		total: /공개된 비용 합계: (약 )?[\d,]+크레딧/,
	},
};
export type Lang = keyof typeof LANGS;

/** Opens `path` + `search` in a fresh context of `lang` (plus `options`), with the page's widget hydrated. */
export async function openWidget(
	browser: Browser,
	origin: string,
	lang: Lang,
	path: string,
	search = '',
	options: BrowserContextOptions = {},
): Promise<Page> {
	const context = await browser.newContext({
		...LANGS[lang].context,
		permissions: ['clipboard-read', 'clipboard-write'],
		...options,
	});
	const page = await context.newPage();
	await page.goto(`${origin}${path}${search}`);
	await page.locator('.carat-widget').first().scrollIntoViewIfNeeded();
	await page.locator('.carat-widget astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	return page;
}

/**
 * The focused element as a reader meets it: id, tag, role, its name (label, aria-label or text), and whether it is
 * visible.
 */
export interface Focused {
	id: string;
	tag: string;
	role: string;
	name: string;
	visible: boolean;
	outline: string;
}

export const focused = (page: Page): Promise<Focused> =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const box = el.getBoundingClientRect();
		const label =
			(el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
		return {
			id: el.id,
			tag: el.tagName,
			role: el.getAttribute('role') ?? '',
			name: label.replace(/\s+/g, ' ').trim(),
			visible: el !== document.body && box.width > 0 && box.height > 0,
			outline: getComputedStyle(el).outlineStyle,
		};
	});

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches `wanted`, at most `max` times; fails when focus
 * lands on the page body on the way or never reaches it. Resolves to the element reached.
 */
export async function tabTo(
	page: Page,
	wanted: (f: Focused) => boolean,
	{ back = false, max = 150 } = {},
): Promise<Focused> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const f = await focused(page);
		expect(f.tag, 'focus fell to the page body').not.toBe('BODY');
		if (wanted(f)) return f;
	}
	throw new Error(`focus never reached the element wanted after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/**
 * Records, in the page, every non-empty text the live regions of the widgets take (`aria-live` and `role=status`):
 * one entry per announcement a screen reader would make. Read them with `announcements(page)`.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
	await page.evaluate(() => {
		const said: string[] = [];
		(window as unknown as { said: string[] }).said = said;
		const watch = (region: Element) => {
			let last = region.textContent ?? '';
			new MutationObserver(() => {
				const text = region.textContent ?? '';
				if (text && text !== last) said.push(text);
				last = text;
			}).observe(region, { childList: true, characterData: true, subtree: true });
		};
		const seen = new Set<Element>();
		const scan = () =>
			document.querySelectorAll('.carat-widget [aria-live], .carat-widget [role=status]').forEach((r) => {
				if (!seen.has(r)) {
					seen.add(r);
					watch(r);
				}
			});
		scan();
		new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
	});
}

export const announcements = (page: Page): Promise<string[]> =>
	page.evaluate(() => (window as unknown as { said: string[] }).said);
