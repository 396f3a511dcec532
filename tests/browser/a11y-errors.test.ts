import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from './harness.ts';
import { LANGS, openWidget, type Lang } from './a11y.ts';

// Every message about a field is tied to that field in the accessibility tree (1.3.1, 3.3.1): the field is invalid
// and its description holds the message (besides its hint), in both languages.
const site = useSiteInBrowser({ beforeAll, afterAll });

interface TreeField {
	name: string;
	invalid: string | undefined;
	description: string;
}

/** The widget's form fields as Chromium's accessibility tree gives them to screen readers. */
async function treeFields(page: Page, names: string[]): Promise<TreeField[]> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
		nodes: {
			ignored: boolean;
			role?: { value: string };
			name?: { value: string };
			description?: { value: string };
			properties?: { name: string; value: { value: unknown } }[];
		}[];
	};
	await cdp.detach();
	return nodes
		.filter(
			(n) =>
				!n.ignored &&
				names.includes(n.name?.value ?? '') &&
				!['LabelText', 'StaticText', 'generic', 'InlineTextBox'].includes(n.role?.value ?? ''),
		)
		.map((n) => ({
			name: n.name!.value,
			invalid: n.properties?.find((p) => p.name === 'invalid')?.value.value as string | undefined,
			description: n.description?.value ?? '',
		}));
}

const CASES = (lang: Lang) => {
	const w = LANGS[lang];
	return [
		{
			what: 'a signup date out of range (checker)',
			path: w.checker,
			search: '?plan=pro&billing=monthly&joined=2019-12-31',
			field: w.joined,
		},
		{
			what: 'an As of date out of range (checker)',
			path: w.checker,
			search: '?plan=pro&billing=monthly&joined=2026-01-01&asof=2100-01-01',
			field: w.asOf,
		},
		{
			what: 'a signup date out of range (estimator)',
			path: w.estimator,
			search: '?plan=premium&joined=2019-12-31',
			field: w.joined,
		},
		{
			what: 'a count that is no whole number',
			path: w.estimator,
			search: '?plan=plus&line=carat-video~1e3',
			field: w.line(w.count, 1),
		},
		{
			what: 'a cost that is no whole number',
			path: w.estimator,
			search: '?plan=plus&line=carat-video~1&line=veo-3~2~~1e3',
			field: w.line(w.cost, 2),
		},
		{ what: 'a balance above the limit', path: w.estimator, search: '?plan=plus&bal=1000000000', field: w.balance },
	];
};

describe.each(Object.keys(LANGS) as Lang[])('errors tied to their fields (%s)', (lang) => {
	const w = LANGS[lang];

	it.each(CASES(lang))('$what: the field is invalid and described by the message', async ({ path, search, field }) => {
		const page = await openWidget(site.browser, site.origin, lang, path, search);
		const error = page.locator('.cw-error');
		await error.waitFor();
		const message = (await error.textContent())!;
		expect(message.startsWith(field)).toBe(true);
		const fields = await treeFields(page, [
			w.joined,
			w.asOf,
			w.balance,
			w.line(w.count, 1),
			w.line(w.count, 2),
			w.line(w.cost, 1),
			w.line(w.cost, 2),
		]);
		const tied = fields.find((f) => f.name === field);
		expect(tied).toMatchObject({ invalid: 'true' });
		expect(tied!.description).toContain(message);
		// Every invalid field says why; every valid one is not marked.
		for (const f of fields) expect(f.invalid === 'true', f.name).toBe(f.description.includes(message));
		// The hint stays in the description beside the message.
		const hint = await page.getByLabel(field, { exact: true }).evaluate((el) => el.getAttribute('aria-describedby'));
		if (hint?.includes('-hint')) expect(hint.split(' ')).toHaveLength(2);
		await page.context().close();
	});

	it('a corrected count is no longer invalid, and its description loses the message', async () => {
		const page = await openWidget(site.browser, site.origin, lang, w.estimator, '?plan=plus&line=carat-video~1e3');
		await page.locator('.cw-error').waitFor();
		await page.getByLabel(w.line(w.count, 1), { exact: true }).fill('3');
		await page.getByLabel(w.line(w.count, 1), { exact: true }).blur();
		await page.locator('.cw-estimate').waitFor();
		const [count] = await treeFields(page, [w.line(w.count, 1)]);
		expect(count).toMatchObject({ invalid: 'false', description: '' });
		await page.context().close();
	});
});
