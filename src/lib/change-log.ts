import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANGES_FILE, type ChangeEntry } from '../rules/schema/changes.ts';
import type { RuleFileName } from '../rules/schema/rule-data.ts';
import type { RuleSet } from '../rules/engine/compile.ts';
import { canonicalJson, staleChangeLog, validateChangeLog } from '../rules/checks/changes.ts';
import { RuleDataError, duplicateKeys, parseRuleFiles } from '../rules/checks/parse-files.ts';
import { loadRules, readRuleTexts } from './rule-files.ts';
import { ruleChanges } from '../rules/checks/diff.ts';
import { draftEntry } from '../rules/checks/draft.ts';

// The change log read from disk (Node only) and the rule data's fingerprint: what the build, `npm run check` and
// `npm run rules:diff` compare.

/**
 * The fingerprint of parsed rule data files (by name): `sha256:` + the SHA-256 of their canonical JSON (keys sorted,
 * no whitespace), so reformatting a file or reordering keys changes nothing, and any value changed does.
 */
export function ruleFingerprint(files: Record<RuleFileName, unknown>): string {
	return `sha256:${createHash('sha256').update(canonicalJson(files)).digest('hex')}`;
}

/** The parsed JSON of `content/rules/changes.json` under `root`. Throws `RuleDataError` naming the file and line. */
export function readChangeLogJson(root = '.'): unknown {
	const file = join(root, CHANGES_FILE);
	if (!existsSync(file))
		throw new RuleDataError([`${CHANGES_FILE}: the file is missing; it holds the change log of the rule data`]);
	const text = readFileSync(file, 'utf8');
	try {
		const value: unknown = JSON.parse(text);
		const twice = duplicateKeys(text);
		if (twice.length)
			throw new RuleDataError(
				twice.map(
					(d) => `${CHANGES_FILE}:${d.line}: ${d.path}: key "${d.key}" appears twice in one object; remove one`,
				),
			);
		return value;
	} catch (e) {
		if (e instanceof RuleDataError) throw e;
		throw new RuleDataError([`${CHANGES_FILE}: not valid JSON: ${(e as Error).message}`]);
	}
}

/** The change log under `root`, checked against `rules` (see `validateChangeLog`). Throws `RuleDataError`. */
export function loadChangeLog(rules: RuleSet, root = '.'): ChangeEntry[] {
	return validateChangeLog(readChangeLogJson(root), rules);
}

/**
 * The fingerprint check of the build and `npm run check`: the rule data (`rules`, else loaded from `root`) and its
 * change log under `root` validated,
 * then the last entry's fingerprint compared with the data's. Throws `RuleDataError` when the data, the log, or their
 * agreement is wrong (the message names `npm run rules:diff -- --write`); returns the change log.
 */
export function checkChangeLog(root = '.', rules: RuleSet = loadRules(root)): ChangeEntry[] {
	const log = loadChangeLog(rules, root);
	const stale = staleChangeLog(log, ruleFingerprint(parseRuleFiles(readRuleTexts(root))));
	if (stale) throw new RuleDataError([stale]);
	return log;
}

/**
 * `npm run rules:diff -- --write` (and `--amend`): under `root`, appends the change log entry drafted from the change
 * `before` -> the rules under `root` (dated `date`, `YYYY-MM-DD`, the reader's day), or with `amend` only sets the
 * last entry's fingerprint to the data's. Returns the id of the entry written, or `undefined` when the last entry
 * already has the data's fingerprint (nothing to write). Throws `RuleDataError` (nothing written) when the data or
 * the log is invalid.
 */
export function writeChangeLogEntry(
	root: string,
	before: RuleSet,
	{ date, amend = false }: { date: string; amend?: boolean },
): string | undefined {
	const after = loadRules(root);
	const log = loadChangeLog(after, root);
	const fingerprint = ruleFingerprint(parseRuleFiles(readRuleTexts(root)));
	if (!amend && log.at(-1)!.fingerprint === fingerprint) return undefined;
	if (amend) log.at(-1)!.fingerprint = fingerprint;
	else log.push(draftEntry(before, after, ruleChanges(before, after), { date, fingerprint, log }));
	// Checked again before anything is written: nothing half-written is kept.
	validateChangeLog({ changes: log }, after);
	writeFileSync(join(root, CHANGES_FILE), `${JSON.stringify({ changes: log }, null, 2)}\n`);
	return log.at(-1)!.id;
}
