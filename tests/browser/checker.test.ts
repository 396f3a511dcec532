import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, holdIsland, useSiteInBrowser } from './harness.ts';
import { ASOF, PLUS, SCENARIOS, type Scenario } from './scenarios.ts';
import { rules } from '../../src/rules/index.ts';

// The checker, used the way a customer uses it: through its labelled controls, in Chromium, on the built site.
const site = useSiteInBrowser({ beforeAll, afterAll });

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
	await page.getByText('More options').click();
	await page.getByLabel('As of', { exact: true }).fill(s.asOf);
	await page.getByLabel('Model', { exact: true }).selectOption(s.model);
	if (s.resolution) await page.getByLabel('Resolution', { exact: true }).selectOption(s.resolution);
	if (s.method) await page.getByLabel('Generation method', { exact: true }).selectOption(s.method);
	if (s.agent) await page.getByLabel('Agent', { exact: true }).selectOption(s.agent);
}

/** The picked model's verdict word, from its answer's heading (`Seedream 4.0: Unlimited`). */
const modelStatus = async (page: Page) =>
	(await page.locator('.cw-model .cw-status').textContent({ timeout: 10_000 }))?.split(': ').at(-1);

/** "My benefits" as the page shows it: group label -> row texts (label and detail). */
const shownGroups = (page: Page) =>
	page
		.locator('.cw-group')
		.evaluateAll((groups) =>
			Object.fromEntries(
				groups.map((g) => [
					g.getAttribute('aria-label'),
					[...g.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
				]),
			),
		);

describe('Am I unlimited? checker', () => {
	it.each(SCENARIOS)('$name → $status', async (s) => {
		const page = await openChecker();
		await fill(page, s);
		await expect.poll(() => modelStatus(page)).toBe(s.status);
		const result = (await page.locator('.cw-model').textContent()) ?? '';
		for (const phrase of s.says ?? []) expect(result).toContain(phrase);
		// No engine trace: no ticked conditions, never advice to change plan.
		expect(result).not.toMatch(/✓|✗|Met:|rule \d of/);
		if (s.status !== 'Uses credits') expect(result).not.toContain('Who has it unlimited');
		await page.context().close();
	});

	it.each([
		{
			plan: 'premium',
			billing: 'annual',
			joined: '2026-03-01',
			expect: {
				Unlimited: [
					'Seedream 4.0',
					'Carat Video (LTX), image-based or start and end frames until Feb 28, 2027 (our reading)',
				],
				'Check My Credits': ['Nanobanana 2, 1K (our reading)'],
				'Uses credits': ['Midjourney'],
			},
		},
		{
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-03-10',
			expect: {
				Unlimited: ['Nanobanana (base)', 'Z Image', 'Grok Imagine'],
				'Uses credits': [
					'Seedream 4.0',
					`Carat Video (LTX) about ${PLUS.cost} credits per 5-second video`,
					'Midjourney',
				],
			},
		},
	])('lists every model for $plan $billing joined $joined, without picking a model', async (c) => {
		const page = await openChecker();
		await fill(page, { ...c, model: '', asOf: ASOF } as unknown as Scenario);
		await expect.poll(() => page.locator('.cw-group').count()).toBeGreaterThan(1);
		const shown = await shownGroups(page);
		// Only the four groups, in their order, and every model of the data in one of them.
		const order = ['Unlimited', 'Check My Credits', 'Uses credits', 'Not available yet'];
		expect(Object.keys(shown)).toEqual(order.filter((g) => g in shown));
		const rows = Object.values(shown).flat() as string[];
		for (const m of rules.data.models)
			expect(
				rows.some((r) => r.startsWith(m.name)),
				m.name,
			).toBe(true);
		for (const [group, expected] of Object.entries(c.expect))
			expect(shown[group]).toEqual(expect.arrayContaining(expected));
		expect(await page.locator('.cw-model').count()).toBe(0);
		await page.context().close();
	});

	it('opens a model’s full answer from its row, and goes back to all models', async () => {
		const page = await openChecker(`?plan=premium&billing=annual&joined=2026-03-01&asof=${ASOF}`);
		await page.locator('.cw-row', { hasText: 'Nanobanana 2, 1K' }).click();
		await expect.poll(() => modelStatus(page)).toBe('Check My Credits');
		expect(await page.getByLabel('Resolution', { exact: true }).inputValue()).toBe('1K');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nanobanana 2, 1K: Check My Credits');
		expect(new URL(page.url()).searchParams.get('model')).toBe('nanobanana-2');
		await page.getByRole('button', { name: 'Back to all models' }).click();
		await expect.poll(() => page.locator('.cw-model').count()).toBe(0);
		await page.context().close();
	});

	it('shows a benefit that ended within 90 days of the As of day, next to the groups (issue 17)', async () => {
		// Committed rules: Carat Video image-based is unlimited for 1 year from a Premium signup on Feb 25, 2026.
		const page = await openChecker('?plan=premium&billing=monthly&joined=2026-02-25&asof=2027-03-01');
		const changes = page.getByRole('region', { name: 'Starting soon or recently ended' });
		await expect
			.poll(() => changes.locator('li').allTextContents())
			.toEqual(['Carat Video (LTX), image-based or start and end frames Ended on Feb 24, 2027']);
		await page.context().close();
	});

	it('keeps what the reader chose before the island hydrated (a slow phone)', async () => {
		const page = await (await site.browser.newContext(desktop)).newPage();
		const release = await holdIsland(page, 'AmIUnlimitedIsland');
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		await page.getByLabel('Plan', { exact: true }).selectOption('premium');
		await page.getByLabel('Billing', { exact: true }).selectOption('annual');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-03-01');
		expect(await page.locator('astro-island[ssr]').count()).toBe(1);
		release();
		await expect.poll(() => page.locator('.cw-group').count()).toBeGreaterThan(1);
		expect(await page.getByLabel('Plan', { exact: true }).inputValue()).toBe('premium');
		const url = new URL(page.url()).searchParams;
		expect([url.get('plan'), url.get('billing'), url.get('joined')]).toEqual(['premium', 'annual', '2026-03-01']);
		await page.context().close();
	});

	it('copies a link that reopens the same answer in a new browser context', async () => {
		const context = await site.browser.newContext({ ...desktop, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		await fill(page, SCENARIOS[0]!);
		await expect.poll(() => modelStatus(page)).toBe('Unlimited');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.locator('.cw-copied').textContent()).toBe('Copied');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(page.url());
		const answer = await page.locator('.cw-model').textContent();
		const groups = await shownGroups(page);
		await context.close();
		const fresh = await (await site.browser.newContext(desktop)).newPage();
		await fresh.goto(link);
		await expect.poll(() => fresh.locator('.cw-model').textContent()).toBe(answer);
		expect(await shownGroups(fresh)).toEqual(groups);
		await fresh.context().close();
	});

	it.each([
		['?plan=premium&model=<script>window.__pwned=1</script>', 'Ignored Model ("model" in the link)'],
		['?plan=premium&joined=2026-02-30', 'Ignored Signup date ("joined" in the link): "2026-02-30"'],
		[
			'?plan=pro&billing=monthly&joined=2026-01-01&model=kling&asof=2025-01-01',
			'Signup date: Jan 1, 2026 is after the As of date, Jan 1, 2025',
		],
		['?plan=pro&billing=monthly&joined=2019-12-31', 'Signup date: "2019-12-31" is outside Jan 1, 2020 to Dec 31, 2099'],
	])('shows a message naming the field for %s and injects nothing', async (query, message) => {
		const page = await openChecker(query);
		await expect.poll(() => page.locator('.carat-widget').textContent()).toContain(message);
		expect(
			await page.evaluate(
				() => [...document.querySelectorAll('script')].filter((el) => el.textContent?.includes('__pwned')).length,
			),
		).toBe(0);
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
		await expect.poll(() => modelStatus(page)).toBe('Unlimited');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.context().close();
	});

	it('announces once, in the live region, when a signup date is typed digit by digit', async () => {
		const page = await openChecker();
		await page.getByLabel('Plan', { exact: true }).selectOption('premium');
		await page.evaluate(() => {
			const w = window as unknown as { said: string[] };
			w.said = [];
			const live = document.querySelector('.cw [aria-live]')!;
			new MutationObserver(() => live.textContent && w.said.push(live.textContent)).observe(live, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		await page.getByLabel('Signup date', { exact: true }).click();
		await page.keyboard.type('03012026', { delay: 60 });
		await page.waitForTimeout(1500);
		const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
		expect(said).toHaveLength(1);
		expect(said[0]).toMatch(/^For you: \d+ unlimited/);
		await page.context().close();
	});

	// The reader's own calendar: in Seoul at 00:30 on 2027-03-10 (still 2027-03-09 in UTC), "today" is Mar 10.
	it.each([
		{
			name: 'the Premium year that ended yesterday uses credits',
			joined: '2026-03-10',
			status: 'Uses credits',
			says: 'ended on Mar 9, 2027',
		},
		{
			name: 'a signup this morning is accepted',
			joined: '2027-03-10',
			status: 'Unlimited',
			says: 'is unlimited for you until Mar 9, 2028',
		},
	])('in Seoul just after midnight: $name', async ({ joined, status, says }) => {
		const context = await site.browser.newContext({ ...desktop, timezoneId: 'Asia/Seoul' });
		await context.clock.setFixedTime(new Date('2027-03-09T15:30:00Z'));
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		await page.getByLabel('Plan', { exact: true }).selectOption('premium');
		await page.getByLabel('Signup date', { exact: true }).fill(joined);
		await page.getByLabel('Model', { exact: true }).selectOption('carat-video');
		await page.getByLabel('Generation method', { exact: true }).selectOption('image-to-video');
		await expect.poll(() => modelStatus(page)).toBe(status);
		expect(await page.locator('.cw-model').textContent()).toContain(says);
		expect(await page.locator('.cw-error').count()).toBe(0);
		await context.close();
	});

	it('without JavaScript shows the form’s note and a link to the table', async () => {
		const context = await site.browser.newContext({ ...desktop, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		const note = page.locator('.cw-empty');
		await expect.poll(() => note.textContent()).toContain('needs JavaScript');
		expect(await note.locator('a').getAttribute('href')).toBe(
			'/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-models',
		);
		await context.close();
	});

	it.each([375, 320])(
		'on a %i px phone: nothing wider than the screen, and the answer in view after the last input',
		async (width) => {
			const context = await site.browser.newContext({
				...desktop,
				viewport: { width, height: 812 },
				isMobile: true,
				hasTouch: true,
			});
			const page = await context.newPage();
			await page.goto(`${site.origin}/docs/en/tools/am-i-unlimited/`);
			await page.getByLabel('Plan', { exact: true }).selectOption('premium');
			await page.getByLabel('Billing', { exact: true }).selectOption('annual');
			await page.getByLabel('Signup date', { exact: true }).fill('2026-03-01');
			const heading = page.getByRole('heading', { name: 'What is unlimited for you' });
			await expect
				.poll(() =>
					heading.evaluate((h) => {
						const r = h.getBoundingClientRect();
						return r.top >= 0 && r.bottom <= innerHeight;
					}),
				)
				.toBe(true);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await page.locator('.cw-row', { hasText: 'Carat Video (LTX), text-to-video' }).click();
			const answer = page.locator('.cw-model .cw-status');
			await expect
				.poll(() =>
					answer.evaluate((h) => {
						const r = h.getBoundingClientRect();
						return r.top >= 0 && r.bottom <= innerHeight;
					}),
				)
				.toBe(true);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await context.close();
		},
	);

	it('keeps parameters that are not its own, silently, and hydrates', async () => {
		const page = await openChecker('?utm_source=x&constructor=y&__proto__=z&toString=w&plan=pro');
		await expect.poll(() => page.getByLabel('Plan', { exact: true }).inputValue()).toBe('pro');
		expect(await page.locator('.cw-problems, [role=alert]').count()).toBe(0);
		await page.getByLabel('Billing', { exact: true }).selectOption('annual');
		await expect.poll(() => new URL(page.url()).searchParams.get('billing')).toBe('annual');
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
			utm_source: 'x',
			constructor: 'y',
			__proto__: 'z',
			toString: 'w',
			plan: 'pro',
		});
		await page.context().close();
	});

	it.each([
		'/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/',
		'/docs/en/troubleshooting/usage-plan/promotion-overview/',
		'/docs/en/troubleshooting/faq/plus-plan-faq/',
	])('leaves the URL of %s alone while the reader only scrolls past its widget', async (path) => {
		const page = await (await site.browser.newContext(desktop)).newPage();
		await page.goto(`${site.origin}${path}`);
		await page.locator('.carat-widget').scrollIntoViewIfNeeded();
		await page.locator('.carat-widget astro-island:not([ssr])').waitFor({ state: 'attached' });
		await page.mouse.wheel(0, 4000);
		await page.waitForTimeout(300);
		expect(page.url()).toBe(`${site.origin}${path}`);
		await page.context().close();
	});

	it.each([
		'/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/',
		'/docs/en/troubleshooting/usage-plan/promotion-overview/',
	])('lists My benefits inside %s too', async (path) => {
		const page = await (await site.browser.newContext(desktop)).newPage();
		await page.goto(`${site.origin}${path}?plan=pro&billing=monthly&joined=2026-01-01&model=carat-video`);
		await page.locator('.carat-widget').scrollIntoViewIfNeeded();
		await expect.poll(() => modelStatus(page)).toBe('Unlimited');
		expect(await page.locator('.cw-group').count()).toBeGreaterThan(1);
		await page.context().close();
	});
});
