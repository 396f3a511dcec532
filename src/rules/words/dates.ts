// How each language writes a calendar day: the one formatter per locale, for the rule words, the widgets (before
// their engine loads, so a leaf) and the page actions. Not `Intl.DateTimeFormat`: its output varies with the
// browser's ICU data and creating one is a long task on a phone.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dates = new Map<string, string>();

/** `2026-02-25` -> `Feb 25, 2026`, the way the articles write dates. */
export function formatDate(iso: string): string {
	let text = dates.get(iso);
	if (text === undefined) {
		const [y, m, d] = iso.split('-').map(Number);
		dates.set(iso, (text = `${MONTHS[m! - 1]} ${d}, ${y}`));
	}
	return text;
}

/** `2026-02-25` -> `2026년 2월 25일`, the way the Korean articles write dates. */
export function formatDateKo(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}년 ${m}월 ${d}일`;
}

/**
 * Two days as a Korean range, leaving out what the second repeats: `2025년 11월 21일~30일`, `2025년 11월 21일~12월
 * 5일`, `2025년 12월 21일~2026년 1월 5일`.
 */
export function formatRangeKo(from: string, through: string): string {
	const [y1, m1] = from.split('-').map(Number);
	const [y2, m2, d2] = through.split('-').map(Number);
	const end = y1 !== y2 ? formatDateKo(through) : m1 !== m2 ? `${m2}월 ${d2}일` : `${d2}일`;
	return `${formatDateKo(from)}~${end}`;
}

/** The date formatter of each locale. */
export const DATE_FORMATS: Record<'en' | 'ko', (iso: string) => string> = { en: formatDate, ko: formatDateKo };
