import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from './harness.ts';
import { announcements, LANGS, openWidget, recordAnnouncements, type Lang } from './a11y.ts';

// What screen readers hear from the widgets' live regions: one polite announcement per settled answer, whatever the
// typing speed (half-typed years such as 0002-03-10 are never announced), "Copied" each time, a line added with the
// new total. A recorder in the page counts every text the regions take.
const site = useSiteInBrowser({ beforeAll, afterAll });

// A date typed digit by digit passes through the years 0002, 0020 and 0202 (out of range) before 2026. 60 ms between
// keys is a fast typist; 800 ms is slower than the widgets' settling time, so each half-typed year settles.
const PACES = [60, 800];

/** Leaves the focused date field with Tab (which may stop on the field's calendar button first). */
async function leaveField(page: Page) {
	const field = await page.evaluate(() => document.activeElement!.id);
	for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement!.id)) === field; i++)
		await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement!.id)).not.toBe(field);
}

/** Types a signup date into the field `label`, at `delay` ms between keys, and leaves the field. */
async function typeDate(page: Page, label: string, digits: string, delay: number) {
	await page.getByLabel(label, { exact: true }).click();
	await page.keyboard.type(digits, { delay });
	await leaveField(page);
}

const settledSaid = async (page: Page) => {
	await expect.poll(() => announcements(page).then((said) => said.length), { timeout: 15_000 }).toBeGreaterThan(0);
	return announcements(page);
};

describe.each(Object.keys(LANGS) as Lang[])('live regions (%s)', (lang) => {
	const w = LANGS[lang];

	it.each(PACES)(
		'checker: a signup date typed at %i ms a key is announced once, as the answer',
		async (delay) => {
			const page = await openWidget(
				site.browser,
				site.origin,
				lang,
				w.checker,
				'?plan=premium&billing=annual&asof=2026-11-22',
			);
			await recordAnnouncements(page);
			await typeDate(page, w.joined, '03102026', delay);
			await page.locator('.cw-group').first().waitFor();
			const said = await settledSaid(page);
			expect(said).toHaveLength(1);
			expect(said[0]).toMatch(w.summary);
			await page.context().close();
		},
		60_000,
	);

	it.each(PACES)(
		'estimator: a signup date typed at %i ms a key is announced once, as the total',
		async (delay) => {
			const page = await openWidget(site.browser, site.origin, lang, w.estimator, '?plan=premium');
			await page.locator('.cw-error').waitFor();
			await expect.poll(() => page.locator('.cw [aria-live]').textContent()).not.toBe('');
			await recordAnnouncements(page);
			await typeDate(page, w.joined, '03102026', delay);
			await page.locator('.cw-estimate').waitFor();
			const said = await settledSaid(page);
			expect(said).toHaveLength(1);
			expect(said[0]).toMatch(w.total);
			await page.context().close();
		},
		60_000,
	);

	it('a wrong date is announced once, when the field is left', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			lang,
			w.checker,
			'?plan=premium&billing=annual&asof=2026-11-22',
		);
		await recordAnnouncements(page);
		await page.getByLabel(w.joined, { exact: true }).click();
		await page.keyboard.type('03102019', { delay: 800 });
		await page.locator('.cw-error').waitFor();
		expect(await announcements(page)).toEqual([]);
		await leaveField(page);
		const said = await settledSaid(page);
		expect(said).toEqual([await page.locator('.cw-error').textContent()]);
		expect(said[0]!.startsWith(w.joined)).toBe(true);
		await page.context().close();
	}, 60_000);

	it('opening a model announces its name with its answer', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			lang,
			w.checker,
			'?plan=premium&billing=annual&joined=2026-03-01&asof=2026-11-22',
		);
		await page.locator('.cw-group').first().waitFor();
		await expect.poll(() => page.locator('.cw [aria-live]').textContent()).toMatch(w.summary);
		await recordAnnouncements(page);
		const row = page.locator('.cw-row').nth(1);
		const name = (await row.evaluate((r) => r.firstChild!.textContent!)).trim();
		await row.click();
		const said = await settledSaid(page);
		expect(said).toHaveLength(1);
		expect(said[0]).toContain(name);
		await page.context().close();
	});

	it('a second "Copied" is announced again', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			lang,
			w.checker,
			'?plan=premium&billing=annual&joined=2026-03-01&asof=2026-11-22',
		);
		await page.locator('.cw-group').first().waitFor();
		await recordAnnouncements(page);
		const copy = page.getByRole('button', { name: w.copy });
		await copy.click();
		await expect.poll(() => announcements(page)).toEqual([w.copied]);
		await copy.click();
		await expect.poll(() => announcements(page)).toEqual([w.copied, w.copied]);
		await page.context().close();
	});

	it('adding a line announces the line and the new total, once', async () => {
		const page = await openWidget(site.browser, site.origin, lang, w.estimator, '?plan=plus');
		await expect.poll(() => page.locator('.cw [aria-live]').textContent()).toMatch(w.total);
		await recordAnnouncements(page);
		await page.getByRole('button', { name: w.add }).click();
		await expect.poll(() => page.locator('.cw-line').count()).toBe(2);
		const said = await settledSaid(page);
		expect(said).toHaveLength(1);
		expect(said[0]!.startsWith(w.added(2))).toBe(true);
		// The total the table now shows (two lines of Carat Video), in the same sentence.
		const total = (await page.locator('.cw-estimate tfoot td').last().textContent())!.replace(/^(about|약) /, '');
		expect(said[0]).toMatch(w.total);
		expect(said[0]).toContain(total);
		await page.context().close();
	});
});
