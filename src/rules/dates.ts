import { addDays as addDaysToDate, addYears, subDays } from 'date-fns';

// Dates are handled as local-midnight Date objects only inside this module, so that date-fns arithmetic
// never crosses a day boundary because of the machine's time zone; everything outside sees `YYYY-MM-DD`.
function toDate(iso: string): Date {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(y!, m! - 1, d!);
}
function toIso(date: Date): string {
	const p = (n: number, w = 2) => String(n).padStart(w, '0');
	return `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Is `value` a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not)? */
export function isCalendarDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}

/** `iso` (`YYYY-MM-DD`) moved by `days` (may be negative), `YYYY-MM-DD`. */
export function addDays(iso: string, days: number): string {
	return toIso(addDaysToDate(toDate(iso), days));
}

// Verdicts ask for the same few dates again and again (the grid evaluates each signup day thousands of times).
function memo(fn: (key: string) => string): (key: string) => string {
	const cache = new Map<string, string>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = fn(key)));
		return value;
	};
}

const lastDay = memo((key) => {
	const [start, years] = key.split('|');
	return toIso(subDays(addYears(toDate(start!), Number(years)), 1));
});
/** Last day of a benefit that starts on `start` and lasts `years` whole years: 2026-03-10 + 1 year -> 2027-03-09. */
export function lastDayOfYears(start: string, years: number): string {
	return lastDay(`${start}|${years}`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2026-02-25` -> `Feb 25, 2026`, the way the articles write dates. */
export const formatDate: (iso: string) => string = memo((iso) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${MONTHS[m! - 1]} ${d}, ${y}`;
});
