import type { UiStrings } from './ui-strings.ts';

// The checker's only: kept out of fields.tsx, which the estimator page downloads too.

/**
 * A calendar day `YYYY-MM-DD` written the page's way (`Nov 23, 2026`, `2026년 11월 23일`), whatever the reader's time
 * zone.
 */
export function formatDay(iso: string, ui: UiStrings): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return ui.dateTemplate
		.replace('{y}', String(y))
		.replace('{mon}', ui.months?.[m - 1] ?? '')
		.replace('{m}', String(m))
		.replace('{d}', String(d));
}
