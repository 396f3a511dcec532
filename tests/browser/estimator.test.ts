import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, holdIsland, useSiteInBrowser } from './harness.ts';
import { PLUS } from './scenarios.ts';

const site = useSiteInBrowser({ beforeAll, afterAll });

async function openEstimator(path = '/docs/en/tools/credit-estimator/', query = '') {
	const page = await (await site.browser.newContext(desktop)).newPage();
	await page.goto(`${site.origin}${path}${query}`);
	await page.locator('.carat-widget').scrollIntoViewIfNeeded();
	await page.getByLabel('Plan', { exact: true }).waitFor();
	return page;
}

describe('credit estimator', () => {
	it('reproduces the FAQ without asking for a signup date: Plus + Carat Video, about N videos from the monthly credits', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('plus');
		const result = page.locator('.cw-result');
		await expect
			.poll(() => result.textContent())
			.toContain(`buys about ${PLUS.videos} generations of Carat Video (LTX)`);
		expect(await result.textContent()).toContain(`1 × about ${PLUS.cost}`);
		expect(await page.locator('#ce-bal-hint').textContent()).toContain(
			`reads Plus's monthly credits as about ${PLUS.credits}`,
		);
		// An empty balance stays empty (the plan's credits are used, and said in the hint), so it can be typed into.
		await page.getByLabel('Credit balance').fill('66');
		await page.getByLabel('Credit balance').fill('');
		await page.waitForTimeout(900);
		expect(await page.getByLabel('Credit balance').inputValue()).toBe('');
		await page.context().close();
	});

	it('asks for a signup date only when a line depends on it', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('premium');
		const result = page.locator('.cw-result');
		await expect
			.poll(() => result.textContent())
			.toContain('Signup date: needed to price Carat Video (LTX) on Premium');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-03-10');
		await expect.poll(() => result.textContent()).toContain('1 × 0: unlimited for you');
		await page.context().close();
	});

	it.each([
		['Count, line 1', '1e3', 'Count, line 1: "1e3" is not a whole number from 1 to 100,000'],
		['Count, line 1', '1.0', 'Count, line 1: "1.0" is not a whole number from 1 to 100,000'],
		['Credit balance', '1000000000', 'Credit balance: "1000000000" is not a whole number from 0 to 100,000,000'],
	])(
		'refuses %s = %s with a message naming the field, and the link reopens the same message',
		async (label, value, message) => {
			const page = await openEstimator();
			await page.getByLabel('Plan', { exact: true }).selectOption('plus');
			await page.getByLabel(label, { exact: true }).fill(value);
			await expect.poll(() => page.locator('.cw-error').textContent()).toBe(message);
			const fresh = await openEstimator('/docs/en/tools/credit-estimator/', new URL(page.url()).search);
			await expect.poll(() => fresh.locator('.cw-error').textContent()).toBe(message);
			expect(await fresh.getByLabel(label, { exact: true }).inputValue()).toBe(value);
			await page.context().close();
			await fresh.context().close();
		},
	);

	it('keeps what the reader entered before the island hydrated (a slow phone)', async () => {
		const page = await (await site.browser.newContext(desktop)).newPage();
		const release = await holdIsland(page, 'CreditEstimatorIsland');
		await page.goto(`${site.origin}/docs/en/tools/credit-estimator/`);
		await page.getByLabel('Plan', { exact: true }).selectOption('plus');
		await page.getByLabel('Count, line 1', { exact: true }).fill('10');
		expect(await page.locator('astro-island[ssr]').count()).toBe(1);
		release();
		await expect.poll(() => page.locator('.cw-result').textContent()).toContain(`10 × about ${PLUS.cost}`);
		expect(new URL(page.url()).searchParams.get('plan')).toBe('plus');
		expect(new URL(page.url()).searchParams.get('line')).toMatch(/~10(~|$)/);
		await page.context().close();
	});

	it('opens a 25,000-credit estimate from its link as 25,000 credits', async () => {
		const page = await openEstimator(
			'/docs/en/tools/credit-estimator/',
			'?plan=plus&billing=monthly&line=veo-3~25~~1000',
		);
		await expect.poll(() => page.locator('.cw-estimate tfoot').textContent()).toContain('25,000');
		await page.context().close();
	});

	// 1,000 lines: a longer address exceeds what the test server (and most servers) accept in a request line.
	it('stops adding lines at 50, and a link with 1,000 lines opens at once with 50', async () => {
		const query = `?plan=plus&${Array.from({ length: 1_000 }, () => 'line=kling~1').join('&')}`;
		const page = await openEstimator('/docs/en/tools/credit-estimator/', query);
		await expect.poll(() => page.locator('.cw-line').count(), { timeout: 5000 }).toBe(50);
		expect(await page.locator('.cw-problems').textContent()).toContain('Ignored 950 lines of the link');
		expect(await page.getByRole('button', { name: 'Add a line' }).isDisabled()).toBe(true);
		await page.context().close();
	});

	it.each([375, 320])('fits a %i px phone inside the Plus FAQ, every control on screen', async (width) => {
		const context = await site.browser.newContext({
			...desktop,
			viewport: { width, height: 812 },
			isMobile: true,
			hasTouch: true,
		});
		const page = await context.newPage();
		await page.goto(
			`${site.origin}/docs/en/troubleshooting/faq/plus-plan-faq/?plan=plus&line=carat-video~3&line=veo-3~2~~500`,
		);
		await page.locator('.carat-widget').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('.cw-estimate').count()).toBe(1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		const overflowing = await page
			.locator('.carat-widget button, .carat-widget select, .carat-widget input')
			.evaluateAll(
				(els, w) => els.filter((el) => el.getBoundingClientRect().right > w).map((el) => el.textContent || el.id),
				width,
			);
		expect(overflowing).toEqual([]);
		await context.close();
	});

	it('marks an unpublished cost as unknown, with the app steps, and prices it once entered', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('plus');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-01-05');
		await page.getByRole('button', { name: 'Add a line' }).click();
		await page.getByLabel('Model, line 2').selectOption('veo-3');
		const result = page.locator('.cw-result');
		await expect.poll(() => result.textContent()).toContain('Unknown: enter the cost the app shows');
		// The app steps once under the table, with the ✨ drawn (no emoji glyph), and not in the row.
		expect(await result.textContent()).toContain('go to Home(홈), tap the Sparkle icon');
		expect(await result.textContent()).not.toContain('✨');
		expect(await result.locator('p .carat-icon').count()).toBe(1);
		expect(await result.locator('tbody').textContent()).not.toContain('Sparkle icon');
		expect(await result.textContent()).toContain('Not priced: Google Veo 3');
		await page.getByLabel('Credits each, line 2').fill('1000');
		await expect.poll(() => result.textContent()).toContain('1 × 1,000 (the cost you entered)');
		await page.getByRole('button', { name: 'Remove line 2' }).click();
		await expect.poll(() => result.textContent()).not.toContain('Google Veo 3');
		await page.context().close();
	});

	it('prices unlimited lines at 0 and keeps the state in the URL', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('pro');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-01-05');
		await page.getByLabel('Count, line 1').fill('40');
		const result = page.locator('.cw-result');
		await expect.poll(() => result.textContent()).toContain('40 × 0: unlimited for you');
		const url = page.url();
		expect(decodeURIComponent(url)).toContain('line=carat-video~40');
		const fresh = await openEstimator('/docs/en/tools/credit-estimator/', new URL(url).search);
		await expect.poll(() => fresh.locator('.cw-result').textContent()).toBe(await result.textContent());
		await page.context().close();
		await fresh.context().close();
	});

	it('ignores a bad line parameter with a message', async () => {
		const page = await openEstimator(
			'/docs/en/tools/credit-estimator/',
			'?plan=plus&line=<img src=x onerror=alert(1)>~2',
		);
		await expect.poll(() => page.locator('.cw-problems').textContent()).toContain('Ignored a line of the link');
		expect(await page.locator('.carat-widget img').count()).toBe(0);
		await page.context().close();
	});

	it('is inside the Plus plan FAQ too', async () => {
		const page = await openEstimator(
			'/docs/en/troubleshooting/faq/plus-plan-faq/',
			'?plan=plus&billing=monthly&joined=2026-01-05',
		);
		await expect.poll(() => page.locator('.cw-result').textContent()).toContain(`about ${PLUS.videos} generations`);
		await page.context().close();
	});
});
