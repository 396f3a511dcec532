import { isCalendarDate } from '../rules/calendar.ts';

/** What a query parameter may hold: one of `values`, a `YYYY-MM-DD` date, or a whole number of credits ≥ 0. */
export type ParamSpec = Record<string, { values?: readonly string[]; date?: true; credits?: true; repeat?: true }>;

/** Parameters read from a URL: accepted values by name (repeatable ones as lists), and one message per rejected one. */
export interface ReadParams {
	values: Record<string, string>;
	lists: Record<string, string[]>;
	/** Messages naming the parameter and its value, e.g. `Ignored "model": "<script>" is not a model this page knows.` */
	problems: string[];
}

function valid(spec: ParamSpec[string], value: string): boolean {
	if (spec.values) return spec.values.includes(value);
	if (spec.date) return isCalendarDate(value);
	if (spec.credits) return /^\d{1,9}$/.test(value);
	return true;
}

/**
 * Reads `search` (`?plan=premium&…`) against `spec`. Unknown parameters and invalid values are left out and
 * reported in `problems`; nothing is thrown. Messages quote the raw value as text, so callers must render them as
 * text (Preact does), never as HTML.
 */
export function readParams(search: string, spec: ParamSpec): ReadParams {
	const out: ReadParams = { values: {}, lists: {}, problems: [] };
	for (const [name, raw] of new URLSearchParams(search)) {
		const shown = JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
		const s = spec[name];
		if (!s) out.problems.push(`Ignored unknown parameter "${name}".`);
		else if (s.repeat) (out.lists[name] ??= []).push(raw);
		else if (!valid(s, raw)) out.problems.push(`Ignored "${name}": ${shown} is not ${s.date ? 'a date written YYYY-MM-DD' : s.credits ? 'a whole number of credits' : `one of ${s.values!.join(', ')}`}.`);
		else out.values[name] = raw;
	}
	return out;
}

/** Builds `?a=1&b=2` from the set values (empty and undefined ones are left out), then the repeated ones. */
export function writeParams(values: Record<string, string | undefined>, lists: Record<string, string[]> = {}): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
	for (const [name, list] of Object.entries(lists)) for (const value of list) params.append(name, value);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** Replaces the address bar's query with `search` without adding a history entry (the URL is the state). */
export function replaceSearch(search: string): void {
	if (location.search === search) return;
	history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}
