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
}

/** The path of a rule data file from the repository root. */
export const at = (file: RuleFileName) => `content/rules/${file}`;

/**
 * Parses the text of each rule data file. Throws `RuleDataError` naming the file (and the line, for invalid JSON)
 * when a file is missing, empty or not JSON.
 */
export function parseRuleFiles(texts: Partial<Record<RuleFileName, string>>): Record<RuleFileName, unknown> {
	const problems: string[] = [];
	const out = {} as Record<RuleFileName, unknown>;
	for (const file of RULE_FILE_NAMES) {
		const text = texts[file];
		if (text === undefined) problems.push(`${at(file)}: the file is missing`);
		else if (!text.trim()) problems.push(`${at(file)}:1: the file is empty; it must hold a JSON object`);
		else
			try {
				out[file] = JSON.parse(text);
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
