import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FILES, type RuleFileName } from '../rules/schema/rule-data.ts';

/** The text of each rule data file under `<root>/content/rules/` (`undefined` when a file is missing). */
export function readRuleTexts(root = '.'): Partial<Record<RuleFileName, string>> {
	const file = (f: string) => join(root, 'content/rules', f);
	return Object.fromEntries(
		(Object.keys(RULE_FILES) as RuleFileName[]).map((f) => [
			f,
			existsSync(file(f)) ? readFileSync(file(f), 'utf8') : undefined,
		]),
	);
}
