import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, useSiteInBrowser } from './harness.ts';

// The checker, used the way a customer uses it: through its labelled controls, in Chromium, on the built site.
const site = useSiteInBrowser({ beforeAll, afterAll });

interface Scenario {
	name: string;
	plan: string; billing: 'monthly' | 'annual'; joined: string; model: string;
	resolution?: string; method?: string; agent?: string; asOf: string;
	status: 'Unlimited' | 'Uses credits' | 'Check My Credits' | 'Not available yet';
	says?: string[];
}

async function openChecker(query = '') {
	const page = await (await site.browser.newContext(desktop)).newPage();
	await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/${query}`);
	await page.getByLabel('Plan', { exact: true }).waitFor();
	return page;
}

async function fill(page: Page, s: Scenario) {
	await page.getByLabel('Plan', { exact: true }).selectOption(s.plan);
	await page.getByLabel('Billing', { exact: true }).selectOption(s.billing);
	await page.getByLabel('Signup date', { exact: true }).fill(s.joined);
	await page.getByLabel('Model', { exact: true }).selectOption(s.model);
	if (s.resolution) await page.getByLabel('Resolution', { exact: true }).selectOption(s.resolution);
	if (s.method) await page.getByLabel('Generation method', { exact: true }).selectOption(s.method);
	if (s.agent) await page.getByLabel('Agent', { exact: true }).selectOption(s.agent);
	await page.getByText('More options').click();
	await page.getByLabel('As of', { exact: true }).fill(s.asOf);
}

const ASOF = '2026-11-22';
const SCENARIOS: Scenario[] = [
	{ name: 'Premium joined 2026-03-10: Carat Video unlimited for a year', plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: ASOF, status: 'Unlimited', says: ['Unlimited until 2027-03-09', 'Signup date on or after Feb 25, 2026'] },
	{ name: 'the same Premium benefit, the day after it ends', plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: '2027-03-10', status: 'Uses credits', says: ['the benefit ended on Mar 9, 2027'] },
	{ name: 'Premium who joined before Feb 25, 2026', plan: 'premium', billing: 'annual', joined: '2026-02-24', model: 'carat-video', asOf: ASOF, status: 'Uses credits', says: ['Why it is not unlimited'] },
	{ name: 'Pro text-to-video', plan: 'pro', billing: 'monthly', joined: '2025-06-01', model: 'carat-video', method: 'text-to-video', asOf: ASOF, status: 'Uses credits', says: ['Generation method: image-based or start and end frames'] },
	{ name: 'Business, start and end frames', plan: 'business', billing: 'annual', joined: '2025-06-01', model: 'carat-video', method: 'start-end-frames', asOf: ASOF, status: 'Unlimited' },
	{ name: 'Plus Carat Video costs 33 credits', plan: 'plus', billing: 'monthly', joined: '2026-01-05', model: 'carat-video', asOf: ASOF, status: 'Uses credits', says: ['about 33 per 5-second video'] },
	{ name: 'Agent 2.0 must ask for Carat Video by name', plan: 'pro', billing: 'monthly', joined: '2026-01-05', model: 'carat-video', agent: 'agent-2.0', asOf: ASOF, status: 'Unlimited', says: ['Use Carat Basic Video (LTX 2.3)', 'switch to Agent 1.0'] },
	{ name: 'an annual-only model asked on monthly', plan: 'premium', billing: 'monthly', joined: '2026-06-01', model: 'chatgpt-image-2.0-medium', asOf: ASOF, status: 'Uses credits', says: ['Premium, annual billing'] },
	{ name: 'the same model on annual', plan: 'premium', billing: 'annual', joined: '2026-06-01', model: 'chatgpt-image-2.0-medium', asOf: ASOF, status: 'Unlimited' },
	{ name: 'Nanobanana Pro 2K in the Nov 21–30 window', plan: 'plus', billing: 'monthly', joined: '2025-11-25', model: 'nanobanana-pro', resolution: '2K', asOf: ASOF, status: 'Unlimited' },
	{ name: 'Nanobanana Pro 4K in the window', plan: 'plus', billing: 'monthly', joined: '2025-11-25', model: 'nanobanana-pro', resolution: '4K', asOf: ASOF, status: 'Uses credits' },
	{ name: 'Nanobanana 2 1K, Max annual from May 22, 2026', plan: 'max', billing: 'annual', joined: '2026-05-22', model: 'nanobanana-2', asOf: ASOF, status: 'Unlimited' },
	{ name: 'Nanobanana 2 1K, Premium annual: dates unpublished', plan: 'premium', billing: 'annual', joined: '2026-06-01', model: 'nanobanana-2', asOf: ASOF, status: 'Check My Credits', says: ['contact support'] },
	{ name: 'Nanobanana base, Plus the day before Dec 1, 2025', plan: 'plus', billing: 'monthly', joined: '2025-11-30', model: 'nanobanana', asOf: ASOF, status: 'Uses credits' },
	{ name: 'Z Image, Max annual before its benefits start', plan: 'max', billing: 'annual', joined: '2026-01-10', model: 'z-image', asOf: ASOF, status: 'Uses credits', says: ['Max on annual billing has unlimited benefits only for signups on or after May 22, 2026'] },
	{ name: 'Sora 2: no plan makes it unlimited', plan: 'business', billing: 'annual', joined: '2026-01-10', model: 'sora-2', asOf: ASOF, status: 'Uses credits', says: ['No plan makes this unlimited'] },
	{ name: 'editing an element inside a video', plan: 'pro', billing: 'annual', joined: '2026-01-10', model: 'video-element-edit', asOf: ASOF, status: 'Not available yet' },
];

describe('Am I unlimited? checker', () => {
	it.each(SCENARIOS)('$name → $status', async (s) => {
		const page = await openChecker();
		await fill(page, s);
		const status = page.locator('.cw-status');
		await expect.poll(() => status.textContent()).toBe(s.status);
		const result = (await page.locator('.cw-result').textContent()) ?? '';
		for (const phrase of s.says ?? []) expect(result).toContain(phrase);
		await page.context().close();
	});

	it('restores the same verdict from a copied URL in a fresh page', async () => {
		const page = await openChecker();
		await fill(page, SCENARIOS[0]!);
		await expect.poll(() => page.locator('.cw-until').textContent()).toContain('2027-03-09');
		const url = page.url();
		expect(url).toContain('plan=premium');
		const answer = await page.locator('.cw-result').textContent();
		await page.context().close();
		const fresh = await openChecker(new URL(url).search);
		await expect.poll(() => fresh.locator('.cw-result').textContent()).toBe(answer);
		await fresh.context().close();
	});

	it.each([
		['?plan=premium&model=<script>window.__pwned=1</script>', 'Ignored "model"'],
		['?plan=premium&joined=2026-02-30', 'Ignored "joined": "2026-02-30"'],
		['?plan=pro&billing=monthly&joined=2026-01-01&model=kling&asof=2025-01-01', 'Signup date: Jan 1, 2026 is after the As of date, Jan 1, 2025'],
	])('shows a message for %s and injects nothing', async (query, message) => {
		const page = await openChecker(query);
		await expect.poll(() => page.locator('.carat-widget').textContent()).toContain(message);
		expect(await page.evaluate(() => [...document.querySelectorAll('script')].filter((el) => el.textContent?.includes('__pwned')).length)).toBe(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await page.context().close();
	});

	it('reaches a verdict with the keyboard alone', async () => {
		const page = await openChecker();
		const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
		for (let i = 0; i < 80 && (await focused()) !== 'aiu-plan'; i++) await page.keyboard.press('Tab');
		expect(await focused()).toBe('aiu-plan');
		await page.keyboard.type('Pre'); // Premium
		await page.keyboard.press('Tab'); // Billing stays Monthly
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('aiu-joined');
		await page.keyboard.type('03102026');
		// Tab walks the date's month, day and year segments before it leaves the field.
		for (let i = 0; i < 4 && (await focused()) !== 'aiu-model'; i++) await page.keyboard.press('Tab');
		expect(await focused()).toBe('aiu-model');
		await page.keyboard.type('Carat V');
		await expect.poll(() => page.locator('.cw-status').textContent()).toBe('Unlimited');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.context().close();
	});

	// The reader's own calendar: in Seoul at 00:30 on 2027-03-10 (still 2027-03-09 in UTC), "today" is Mar 10.
	it.each([
		{ name: 'the Premium year that ended yesterday uses credits', joined: '2026-03-10', status: 'Uses credits', says: 'the benefit ended on Mar 9, 2027' },
		{ name: 'a signup this morning is accepted', joined: '2027-03-10', status: 'Unlimited', says: 'Unlimited until 2028-03-09' },
	])('in Seoul just after midnight: $name', async ({ joined, status, says }) => {
		const context = await site.browser.newContext({ ...desktop, timezoneId: 'Asia/Seoul' });
		await context.clock.setFixedTime(new Date('2027-03-09T15:30:00Z'));
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		await page.getByLabel('Plan', { exact: true }).selectOption('premium');
		await page.getByLabel('Signup date', { exact: true }).fill(joined);
		await page.getByLabel('Model', { exact: true }).selectOption('carat-video');
		await page.getByLabel('Generation method', { exact: true }).selectOption('image-to-video');
		await expect.poll(() => page.locator('.cw-status').textContent()).toBe(status);
		expect(await page.locator('.cw-result').textContent()).toContain(says);
		expect(await page.locator('.cw-error').count()).toBe(0);
		await context.close();
	});

	it('without JavaScript shows the note and a link to the table', async () => {
		const context = await site.browser.newContext({ ...desktop, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		const note = page.locator('.cw-noscript');
		await expect.poll(() => note.textContent()).toContain('needs JavaScript');
		expect(await note.locator('a').getAttribute('href')).toBe('/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-models');
		await context.close();
	});

	it('fits a 320 px wide screen without sideways scrolling', async () => {
		const context = await site.browser.newContext({ ...desktop, viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/?plan=premium&billing=monthly&joined=2026-03-10&model=carat-video&asof=2026-11-22`);
		await expect.poll(() => page.locator('.cw-status').textContent()).toBe('Unlimited');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await context.close();
	});

	it('keeps parameters that are not its own, silently, and hydrates', async () => {
		const page = await openChecker('?utm_source=x&constructor=y&__proto__=z&plan=pro');
		await expect.poll(() => page.getByLabel('Plan', { exact: true }).inputValue()).toBe('pro');
		expect(await page.locator('.cw-problems, [role=alert]').count()).toBe(0);
		await page.getByLabel('Billing', { exact: true }).selectOption('annual');
		await expect.poll(() => new URL(page.url()).searchParams.get('billing')).toBe('annual');
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ utm_source: 'x', constructor: 'y', __proto__: 'z', plan: 'pro' });
		await page.context().close();
	});

	it.each(['/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/', '/docs/en/troubleshooting/faq/plus-plan-faq/'])('leaves the URL of %s alone while the reader only scrolls past its widget', async (path) => {
		const page = await (await site.browser.newContext(desktop)).newPage();
		await page.goto(`${site.origin}${path}`);
		await page.locator('.carat-widget').scrollIntoViewIfNeeded();
		await page.locator('.carat-widget select').first().waitFor();
		await page.mouse.wheel(0, 4000);
		await page.waitForTimeout(300);
		expect(page.url()).toBe(`${site.origin}${path}`);
		await page.context().close();
	});

	it('is inside the unlimited-benefit-scope article too', async () => {
		const page = await (await site.browser.newContext(desktop)).newPage();
		await page.goto(`${site.origin}/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/?plan=pro&billing=monthly&joined=2026-01-01&model=carat-video`);
		await page.locator('.carat-widget').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('.cw-status').textContent()).toBe('Unlimited');
		await page.context().close();
	});
});
