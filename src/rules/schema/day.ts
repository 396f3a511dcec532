// A calendar day as a form reads and checks it: is this text a real day, and what is today on the reader's calendar.
// Its own module because the widgets need it in their first download, before the rule engine loads, while the day
// arithmetic of calendar.ts belongs to the engine: a bundler puts a module whole into one chunk, so one module for
// both would put the engine's arithmetic into every widget page's first download.

/** `n` with leading zeros to `width` digits. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Midnight UTC of a day; unlike `Date.UTC`, years 0–99 stay themselves. Overflowing days roll over. */
export function utc(y: number, m: number, d: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	return date;
}

/** Is `value` a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not)? Any year. */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = utc(y, mo, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Today on the reader's own calendar, `YYYY-MM-DD`: the browser's local date, or in Node the process's (`TZ`).
 * Never the UTC date: at 00:30 in Seoul it is already the new day there.
 */
export function today(now: Date = new Date()): string {
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
