import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { RULE_FILES, type RuleFileName } from '../rules/schema/rule-data.ts';
import type { RuleSet } from '../rules/engine/compile.ts';
import { parseRuleFiles, validateRuleData } from '../rules/checks/validate.ts';
import { articleHeadings } from './article-headings.ts';
import { readRuleTexts } from './rule-texts.ts';

// The rule data read from disk or from git (Node only), validated the way the build validates it.

export { readRuleTexts } from './rule-texts.ts';
const FILES = Object.keys(RULE_FILES) as RuleFileName[];

/** The text of each rule data file at git `ref` (e.g. `HEAD`). Throws when `ref` is not a commit of the repository. */
export function readRuleTextsAt(ref: string, root = '.'): Partial<Record<RuleFileName, string>> {
	execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, stdio: 'pipe' });
	return Object.fromEntries(
		FILES.map((f) => {
			try {
				return [
					f,
					execFileSync('git', ['show', `${ref}:content/rules/${f}`], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
				];
			} catch {
				return [f, undefined];
			}
		}),
	);
}

/**
 * Reads and validates the rule data under `root` as `astro build` does: JSON, schemas, ids, windows, overlaps,
 * dead grants, and every `source` against the headings of `content/docs/en`; returns it compiled. Throws
 * `RuleDataError`.
 */
export function loadRules(root = '.'): RuleSet {
	return validateRuleData(parseRuleFiles(readRuleTexts(root)), articleHeadings(join(root, 'content/docs/en')));
}
