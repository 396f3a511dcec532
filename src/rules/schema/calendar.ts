// Calendar days written `YYYY-MM-DD`. Arithmetic runs on UTC midnights, so that no time zone (the reader's, the
// build machine's) can move a day; "today" is the one value read from the local clock.

/** `n` with leading zeros to `width` digits. */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Midnight UTC of a day; unlike `Date.UTC`, years 0–99 stay themselves. Overflowing days roll over. */
function utc(y: number, m: number, d: number): Date {
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

/** First and last calendar day the rules accept, `YYYY-MM-DD`. */
export const FIRST_DAY = '2020-01-01';
export const LAST_DAY = '2099-12-31';

const DAY_MS = 86_400_000;
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const fromUtc = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** Is the calendar day `iso` within `FIRST_DAY` … `LAST_DAY`? */
export function inDateRange(iso: string): boolean {
	return iso >= FIRST_DAY && iso <= LAST_DAY;
}

/** `iso` moved by `days` calendar days (may be negative), `YYYY-MM-DD`. */
export function addDays(iso: string, days: number): string {
	const [y, m, d] = parts(iso);
	return fromUtc(new Date(utc(y, m, d).getTime() + days * DAY_MS));
}

/**
 * Last day of a benefit that starts on `start` and lasts `years` years: the day before the `years`th anniversary
 * (2026-03-10 + 1 year -> 2027-03-09). From Feb 29 the anniversary in a common year is Mar 1, so the benefit lasts
 * through Feb 28 (2028-02-29 + 1 -> 2029-02-28): never fewer than 365 days a year.
 */
export function lastDayOfYears(start: string, years: number): string {
	const [y, m, d] = parts(start);
	// Feb 29 of a common year rolls over to Mar 1, which is the anniversary wanted here.
	return addDays(fromUtc(utc(y + years, m, d)), -1);
}
