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

/** How long a benefit lasts from its first day: whole years, months and days (at least one of them). */
export interface Duration {
	years?: number | undefined;
	months?: number | undefined;
	days?: number | undefined;
}

/**
 * Last day of a benefit that starts on `start` and lasts `lasts`: the same date `years` years and `months` months
 * later, then `days` days later, minus one day (2026-03-10 + 1 year -> 2027-03-09; + 6 months -> 2026-09-09; + 10 days
 * -> 2026-03-19). Where that month has no such date (Feb 29 in a common year, Jan 31 + 1 month), the same date is the
 * first day of the next month, so the benefit lasts through the month's last day (2028-02-29 + 1 year -> 2029-02-28;
 * 2027-01-31 + 1 month -> 2027-02-28; 2028-01-31 + 1 month -> 2028-02-29).
 */
export function lastDayOf(start: string, lasts: Duration): string {
	const [y, m, d] = parts(start);
	const months = m - 1 + (lasts.months ?? 0) + 12 * (lasts.years ?? 0);
	const year = y + Math.floor(months / 12);
	const month = (months % 12) + 1;
	const sameDate = utc(year, month, d);
	// A missing date (Feb 30) rolls over into the next month; the first day of that month is the date wanted here.
	const date = sameDate.getUTCMonth() === month - 1 ? fromUtc(sameDate) : fromUtc(utc(year, month + 1, 1));
	return addDays(date, (lasts.days ?? 0) - 1);
}

/**
 * Last day of a benefit that starts on `start` and lasts `years` years: the day before the `years`th anniversary
 * (2026-03-10 + 1 year -> 2027-03-09). From Feb 29 the anniversary in a common year is Mar 1, so the benefit lasts
 * through Feb 28 (2028-02-29 + 1 -> 2029-02-28): never fewer than 365 days a year. `lastDayOf` with years only.
 */
export function lastDayOfYears(start: string, years: number): string {
	return lastDayOf(start, { years });
}
