import { visit } from 'jsonc-parser';
import { RULE_FILE_NAMES, type RuleFileName } from '../schema/files.ts';

// The first step of validation, kept apart from everything that imports the committed data: a file that is not
// JSON must be reported by name and line before any module tries to import it.

/** Thrown when rule data is malformed; `problems` lists each as `content/rules/<file>: <where>: <what is wrong>`. */
export class RuleDataError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`Invalid rule data:\n  ${problems.join('\n  ')}`);
		this.name = 'RuleDataError';
		this.problems = problems;
	}

	/**
	 * A one-line summary; the problems are in `message`. Astro appends "Browser APIs are not available on the server"
	 * to any error whose `toString()` contains "document" or "window" (a grant's signup window, say).
	 */
	override toString(): string {
		return `${this.name}: ${this.problems.length} problem(s) in the rule data`;
	}
}

/** The path of a rule data file from the repository root. */
export const at = (file: RuleFileName) => `content/rules/${file}`;

/**
 * Every key repeated within one JSON object of `text` (already known to be valid JSON), with its 1-based line and the
 * object's path.
 */
export function duplicateKeys(text: string): { key: string; line: number; path: string }[] {
	const found: { key: string; line: number; path: string }[] = [];
	const open: Set<string>[] = [];
	visit(text, {
		onObjectBegin: () => void open.push(new Set()),
		onObjectEnd: () => void open.pop(),
		onObjectProperty: (key, _offset, _length, line, _column, path) => {
			const keys = open.at(-1)!;
			if (keys.has(key))
				found.push({
					key,
					line: line + 1,
					path:
						path()
							.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
							.join('')
							.replace(/^\./, '') || '(root)',
				});
			keys.add(key);
		},
	});
	return found;
}

/**
 * A path as `duplicateKeys` gives it (`grants[16].joined`), with the id of the list item first when it has one
 * (`grant "z-image-from-2025-12-17" (grants[16]).joined`, `models[3] (kling)`), as the other messages name items.
 */
function withId(json: unknown, path: string): string {
	const m = /^(\w+)\[(\d+)\](.*)$/.exec(path);
	if (!m) return path;
	const [, list, index, rest] = m as unknown as [string, string, string, string];
	const item = (json as Record<string, unknown[]> | undefined)?.[list]?.[Number(index)];
	const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
	if (typeof id !== 'string') return path;
	return list === 'grants'
		? `grant ${JSON.stringify(id)} (grants[${index}])${rest}`
		: `${list}[${index}] (${id})${rest}`;
}

/**
 * Parses the text of each rule data file. Throws `RuleDataError` naming the file (and the line, for invalid JSON)
 * when a file is missing, empty, not JSON, starts with a byte order mark, or repeats a key within one object.
 */
export function parseRuleFiles(texts: Partial<Record<RuleFileName, string>>): Record<RuleFileName, unknown> {
	const problems: string[] = [];
	const out = {} as Record<RuleFileName, unknown>;
	for (const file of RULE_FILE_NAMES) {
		const text = texts[file];
		if (text === undefined) problems.push(`${at(file)}: the file is missing`);
		else if (!text.trim()) problems.push(`${at(file)}:1: the file is empty; it must hold a JSON object`);
		else if (text.startsWith('\uFEFF'))
			problems.push(`${at(file)}:1: the file starts with a byte order mark (BOM); save it as UTF-8 without BOM`);
		else
			try {
				out[file] = JSON.parse(text);
				for (const { key, line, path } of duplicateKeys(text))
					problems.push(
						`${at(file)}:${line}: ${withId(out[file], path)}: key "${key}" appears twice in one object (JSON keeps only the last); remove one`,
					);
			} catch (e) {
				const message = (e as Error).message;
				const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
				const line = text.slice(0, position).split('\n').length;
				problems.push(`${at(file)}:${line}: not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
			}
	}
	if (problems.length) throw new RuleDataError(problems);
	return out;
}
