// Arithmetic on the calendar days the rules accept (`YYYY-MM-DD`, 2020-01-01 … 2099-12-31, plus benefit periods). It
// runs on UTC midnights, so that no time zone (the reader's, the build machine's) can move a day. Reading a day and
// "today" are day.ts's: the widgets need those before the engine loads, and this module belongs to the engine.

/** First and last calendar day the rules accept, `YYYY-MM-DD`. */
export const FIRST_DAY = '2020-01-01';
export const LAST_DAY = '2099-12-31';

const DAY_MS = 86_400_000;
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const two = (n: number) => String(n).padStart(2, '0');
// Years here are 2020 and later, so Date.UTC (which reads years 0–99 as 1900–1999) is safe.
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (date: Date) => `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;

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
