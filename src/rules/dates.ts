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

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}

/** `iso` (`YYYY-MM-DD`) moved by `days` (may be negative), `YYYY-MM-DD`. */
export function addDays(iso: string, days: number): string {
	return toIso(addDaysToDate(toDate(iso), days));
}

/** Last day of a benefit that starts on `start` and lasts `years` whole years: 2026-03-10 + 1 year -> 2027-03-09. */
export function lastDayOfYears(start: string, years: number): string {
	return toIso(subDays(addYears(toDate(start), years), 1));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2026-02-25` -> `Feb 25, 2026`, the way the articles write dates. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${MONTHS[m! - 1]} ${d}, ${y}`;
}
