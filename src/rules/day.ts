// The part of calendar.ts a widget needs before its rule engine loads (reading a date from a link, today's date),
// in a module of its own so that the islands' first download does not carry the rest of the calendar.

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
