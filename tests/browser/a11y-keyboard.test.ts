import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from './harness.ts';
import { ASOF } from './scenarios.ts';
import { announcements, focused, LANGS, openWidget, recordAnnouncements, tabTo, type Lang } from './a11y.ts';

// The widgets' main tasks with the keyboard alone, in both languages: after every step, focus is on the control the
// step leads to, visible, never on the page body (WCAG 2.4.3, 3.2.2, 2.4.7).
const site = useSiteInBrowser({ beforeAll, afterAll });
const LANG_KEYS = Object.keys(LANGS) as Lang[];

const expectVisibleFocus = async (page: Page, what: Partial<Awaited<ReturnType<typeof focused>>>) => {
	const f = await focused(page);
	expect(f).toMatchObject(what);
	expect(f.visible).toBe(true);
	return f;
};

describe.each(LANG_KEYS)('the checker with the keyboard alone (%s)', (lang) => {
	const w = LANGS[lang];

	it('arrows through every model on the Model select, focus staying there while each answer changes in place', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			lang,
			w.checker,
			`?plan=premium&billing=annual&joined=2026-03-01&asof=${ASOF}`,
		);
		await page.locator('.cw-group').first().waitFor();
		await tabTo(page, (f) => f.id === 'aiu-model');
		const models = await page
			.locator('#aiu-model option')
			.evaluateAll((options) => options.slice(1).map((o) => o.textContent!));
		expect(models.length).toBeGreaterThan(20);
		for (const name of models) {
			await page.keyboard.press('ArrowDown');
			await expect.poll(() => page.locator('.cw-model .cw-status').textContent()).toContain(name);
			const f = await expectVisibleFocus(page, { id: 'aiu-model' });
			expect(f.outline).not.toBe('none');
		}
		// "Back" from an answer the select opened returns to the select.
		await tabTo(page, (f) => f.name === w.back);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-model').count()).toBe(0);
		await expectVisibleFocus(page, { id: 'aiu-model' });
		expect(await page.locator('#aiu-model').inputValue()).toBe('');
		await page.context().close();
	});

	it('opens an answer from a row (focus on its heading), leaves it (focus back on the row), copies a link (focus stays)', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			lang,
			w.checker,
			`?plan=premium&billing=annual&joined=2026-03-01&asof=${ASOF}`,
		);
		await page.locator('.cw-group').first().waitFor();
		// The third row, so that neither the first nor the last control of a group is the answer by chance.
		const rowIds = await page.locator('.cw-row').evaluateAll((rows) => rows.map((r) => r.id));
		const row = await tabTo(page, (f) => f.id === rowIds[2]);
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page).then((f) => f.tag)).toBe('H3');
		const heading = await expectVisibleFocus(page, { tag: 'H3' });
		expect(heading.name.startsWith(row.name.split(/ (until|about|약|\d)/)[0]!.trim())).toBe(true);
		expect(await page.locator(`[id="${rowIds[2]}"]`).getAttribute('aria-current')).toBe('true');
		await tabTo(page, (f) => f.name === w.back);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-model').count()).toBe(0);
		await expectVisibleFocus(page, { id: rowIds[2] });
		expect(await page.locator('.cw [aria-current]').count()).toBe(0);
		await tabTo(page, (f) => f.name === w.copy, { back: true });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-copied').textContent()).toBe(w.copied);
		await expectVisibleFocus(page, { name: w.copy });
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		await page.context().close();
	});
});

describe.each(LANG_KEYS)('the estimator with the keyboard alone (%s)', (lang) => {
	const w = LANGS[lang];
	const modelOf = (n: number) => ({ tag: 'SELECT', name: w.line(w.model, n) });

	it('adds a line (focus on its Model), removes lines (focus on the next line, then on Add), scrolls the table, copies a link', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			lang,
			w.estimator,
			'?plan=plus&line=carat-video~3&line=veo-3~2~~500',
			{ viewport: { width: 320, height: 800 } },
		);
		await page.locator('.cw-estimate').waitFor();
		await tabTo(page, (f) => f.name === w.add);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-line').count()).toBe(3);
		await expectVisibleFocus(page, modelOf(3));
		// Remove line 2: the line after it (now line 2) takes focus.
		const third = (await focused(page)).id;
		await tabTo(page, (f) => f.name === w.remove(2), { back: true });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-line').count()).toBe(2);
		await expectVisibleFocus(page, { ...modelOf(2), id: third });
		// Remove the last line: "Add a line" takes focus.
		await tabTo(page, (f) => f.name === w.remove(2));
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-line').count()).toBe(1);
		await expectVisibleFocus(page, { name: w.add });
		// The table's scroll box is a named region the keyboard reaches, and scrolls it at 320 px.
		const region = await tabTo(page, (f) => f.role === 'region');
		expect(region.name).not.toBe('');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('End');
		await tabTo(page, (f) => f.name === w.copy, { back: true });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-copied').textContent()).toBe(w.copied);
		await expectVisibleFocus(page, { name: w.copy });
		await page.context().close();
	});

	it('at the 50th line, "Add a line" disables itself: focus is on the new line and the limit is announced', async () => {
		const lines = Array.from({ length: 49 }, () => 'line=kling~1').join('&');
		const page = await openWidget(site.browser, site.origin, lang, w.estimator, `?plan=plus&${lines}`);
		await expect.poll(() => page.locator('.cw-line').count()).toBe(49);
		await expect.poll(() => page.locator('.cw [aria-live]').textContent()).toMatch(w.total);
		await recordAnnouncements(page);
		await tabTo(page, (f) => f.name === w.add, { max: 400 });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.cw-line').count()).toBe(50);
		await expectVisibleFocus(page, modelOf(50));
		expect(await page.getByRole('button', { name: w.add }).isDisabled()).toBe(true);
		await expect.poll(() => announcements(page).then((said) => said.length)).toBeGreaterThan(0);
		const said = await announcements(page);
		expect(said).toHaveLength(1);
		expect(said[0]).toContain(w.added(50));
		expect(said[0]).toContain(w.atMost);
		expect(said[0]).toMatch(w.total);
		await page.context().close();
		// Some 200 key presses: longer than the default timeout on a busy machine.
	}, 120_000);
});
