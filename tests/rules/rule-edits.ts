import { expect } from 'vitest';
import { parseRuleFiles, validateRuleData, RuleDataError } from '../../src/rules/checks/validate.ts';
import { readRuleTexts } from '../../src/lib/rule-files.ts';
import { articleHeadings } from '../../src/lib/article-headings.ts';
import type { RuleFileName } from '../../src/rules/schema/rule-data.ts';

/** The committed rule files' texts, by name (some may be edited as text). */
export type Texts = Partial<Record<RuleFileName, string>>;
/** A rule file's parsed JSON, edited freely by a test. */
export type Json = Record<string, any>;

const headings = articleHeadings();

/**
 * The problems the build finds in a broken copy of the committed rule data (`[]` when it accepts it): `edit` changes
 * the parsed files, or `editText` the texts themselves (for JSON syntax). Validated as the build validates, source
 * headings included; fails the test if anything other than `RuleDataError` is thrown.
 */
export function problemsAfter(
	edit: (files: Record<RuleFileName, Json>) => void,
	editText?: (texts: Texts) => void,
): string[] {
	const texts = readRuleTexts();
	if (editText) editText(texts);
	else {
		const files = Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, JSON.parse(t!)])) as Record<
			RuleFileName,
			Json
		>;
		edit(files);
		for (const f of Object.keys(files) as RuleFileName[]) texts[f] = JSON.stringify(files[f], null, 2);
	}
	try {
		validateRuleData(parseRuleFiles(texts), headings);
		return [];
	} catch (e) {
		expect(e).toBeInstanceOf(RuleDataError);
		return (e as RuleDataError).problems;
	}
}
