import { isCalendarDate } from '../rules/schema/day.ts';
import type { LinkWords } from './ui-strings.ts';

/** A value from a link as a message quotes it: in double quotes, cut at 60 characters. */
export const quoted = (raw: string) => JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

/** `template` with each `{key}` replaced by `vars[key]`. */
export const fill = (template: string, vars: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (all, key: string) => (key in vars ? String(vars[key]) : all));

/**
 * What a query parameter may hold: one of `values`, a `YYYY-MM-DD` date, a text of at most `maxLength` characters, or a
 * repeated free value; `label` names it in messages.
 */
export type ParamSpec = Record<
	string,
	{
		label?: string;
		values?: readonly string[];
		/** Other spellings of `values`, keyed in lower case (`sora` -> `sora-2`): read as the value they name. */
		aliases?: Record<string, string>;
		date?: true;
		maxLength?: number;
		repeat?: true;
	}
>;

/** Parameters read from a URL: accepted values by name (repeatable ones as lists), and one message per rejected one. */
export interface ReadParams {
	values: Record<string, string>;
	lists: Record<string, string[]>;
	/**
	 * Messages naming the field by its label, the parameter and its value, e.g. `Ignored Model ("model" in the link):
	 * "<script>" is not one of plus, premium, …`.
	 */
	problems: string[];
}

function valid(spec: ParamSpec[string], value: string): boolean {
	if (spec.values) return spec.values.includes(value);
	if (spec.date) return isCalendarDate(value);
	if (spec.maxLength !== undefined) return value.length <= spec.maxLength;
	return true;
}

/**
 * Reads `search` (`?plan=premium&…`) against `spec`, wording problems with `words` (the page's `ui.link`). Invalid
 * values of the widget's own parameters are left out and
 * reported in `problems`; other parameters (`utm_source`, `constructor`…) are none of the widget's business and are
 * ignored silently. Nothing is thrown. Messages quote the raw value as text, so callers must render them as text
 * (Preact does), never as HTML.
 */
export function readParams(search: string, spec: ParamSpec, words: LinkWords): ReadParams {
	const out: ReadParams = { values: {}, lists: {}, problems: [] };
	for (const [name, raw] of new URLSearchParams(search)) {
		const shown = quoted(raw);
		// Own properties only: `constructor` or `__proto__` must not reach Object.prototype.
		if (!Object.hasOwn(spec, name)) continue;
		const s = spec[name]!;
		const value = s.aliases?.[raw.toLowerCase()] ?? raw;
		if (s.repeat) (out.lists[name] ??= []).push(raw);
		else if (!valid(s, value)) {
			const expected = s.date
				? words.date
				: s.maxLength !== undefined
					? fill(words.maxText, { max: s.maxLength })
					: fill(words.oneOf, { values: s.values!.join(', ') });
			out.problems.push(fill(words.ignored, { field: s.label ?? name, name, value: shown, expected }));
		} else out.values[name] = value;
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

/**
 * Replaces the widget's own parameters (those of `spec`) in the address bar with those of `search`, keeping every
 * other parameter as it was, without adding a history entry (the URL is the state).
 */
export function replaceSearch(search: string, spec: ParamSpec): void {
	const params = new URLSearchParams(location.search);
	for (const name of Object.keys(spec)) params.delete(name);
	for (const [name, value] of new URLSearchParams(search)) params.append(name, value);
	const next = params.size ? `?${params}` : '';
	if (location.search === next) return;
	history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
}
