import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from './harness.ts';
import { LANGS, openWidget, type Lang } from './a11y.ts';

// The widgets in the states a reader reaches (an open answer, an estimate with lines), at a 320 px phone and a
// 1280 px desktop, in light and dark mode and in forced colors: axe finds nothing; field borders reach 3:1 (1.4.11).
const site = useSiteInBrowser({ beforeAll, afterAll });

const STATES = (lang: Lang) => [
	{
		widget: 'checker',
		path: LANGS[lang].checker,
		ready: '.cw-model',
		search: '?plan=premium&billing=annual&joined=2026-03-01&model=nanobanana-2&asof=2026-11-22',
	},
	{
		widget: 'estimator',
		path: LANGS[lang].estimator,
		search: '?plan=plus&line=carat-video~3&line=veo-3~2',
		ready: '.cw-estimate',
	},
];
const MODES = [
	{ mode: 'light', options: { colorScheme: 'light' as const } },
	{ mode: 'dark', options: { colorScheme: 'dark' as const } },
	{ mode: 'forced colors', options: { forcedColors: 'active' as const } },
];

const axeViolations = async (page: Page) => {
	const { violations } = await new AxeBuilder({ page }).include('.carat-widget').analyze();
	return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

describe.each(Object.keys(LANGS) as Lang[])('axe (%s)', (lang) => {
	const cases = STATES(lang).flatMap((s) => [320, 1280].flatMap((width) => MODES.map((m) => ({ ...s, ...m, width }))));
	it.each(cases)('$widget at $width px, $mode: 0 violations', async ({ path, search, ready, width, options }) => {
		const viewport = { width, height: 900 };
		const page = await openWidget(site.browser, site.origin, lang, path, search, { viewport, ...options });
		await page.locator(ready).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

/** WCAG contrast ratio of two opaque `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (css: string) => {
		const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		const [r, g, b] = css
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map((v) => linear(Number(v) / 255)) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

describe('field borders', () => {
	it('computes contrast as WCAG does', () => {
		expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
		expect(contrast('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBeCloseTo(4.54, 2);
	});

	it.each(['light', 'dark'] as const)(
		'reach 3:1 against the widget and the field backgrounds in %s mode',
		async (mode) => {
			const options = { colorScheme: mode };
			const page = await openWidget(site.browser, site.origin, 'en', LANGS.en.estimator, '?plan=plus', options);
			await page.locator('.cw-estimate').waitFor();
			const colours = await page.locator('.carat-widget').evaluate((widget) => ({
				widget: getComputedStyle(widget).backgroundColor,
				fields: [...widget.querySelectorAll('select, input')].map((f) => {
					const style = getComputedStyle(f);
					return { id: f.id, border: style.borderTopColor, inside: style.backgroundColor };
				}),
			}));
			expect(colours.fields.length).toBeGreaterThan(3);
			for (const f of colours.fields) {
				const ratios = { against: contrast(f.border, colours.widget), inside: contrast(f.border, f.inside) };
				expect(ratios.against, f.id).toBeGreaterThanOrEqual(3);
				expect(ratios.inside, f.id).toBeGreaterThanOrEqual(3);
			}
			await page.context().close();
		},
	);
});
