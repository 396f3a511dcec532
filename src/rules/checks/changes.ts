import { ChangesFileSchema, CHANGES_FILE, type ChangeEntry } from '../schema/changes.ts';
import type { RuleSet } from '../engine/compile.ts';
import { inputProblems } from '../engine/input-checks.ts';
import { problemMessage } from '../words/en.ts';
import { RuleDataError } from './parse-files.ts';
import { ruleRefs } from './rule-refs.ts';
import { schemaCheck } from './schema-problems.ts';

// The change log checked against the rule data it describes: the schema, every rule id, the order of the dates, the
// customer of each entry; and whether its last entry is the data's fingerprint (the build and `npm run check` refuse
// rule data that changed without an entry).

/** The command that drafts the entry the change log lacks. */
export const DRAFT_COMMAND = 'npm run rules:diff -- --write';

/**
 * The change log (`content/rules/changes.json`, parsed JSON) checked against `rules`: its schema, each entry's id
 * once, a date never before the previous entry's, every rule id known, and its customer a valid checker input.
 * Returns the entries, oldest first. Throws `RuleDataError` naming the file and each entry (`changes[2]
 * (2026-12-02-z-image).rules: unknown rule id "z-imag"…`).
 */
export function validateChangeLog(parsed: unknown, rules: RuleSet): ChangeEntry[] {
	const { data, problems } = schemaCheck(CHANGES_FILE, ChangesFileSchema, parsed);
	if (!data) throw new RuleDataError(problems);
	const refs = ruleRefs(rules.data);
	const seen = new Set<string>();
	data.changes.forEach((entry, i) => {
		const where = `${CHANGES_FILE}: changes[${i}] (${entry.id})`;
		if (seen.has(entry.id)) problems.push(`${where}.id: "${entry.id}" appears twice; give each entry its own id`);
		seen.add(entry.id);
		const previous = data.changes[i - 1];
		if (previous && entry.date < previous.date)
			problems.push(
				`${where}.date: ${entry.date} is before the previous entry's date, ${previous.date} (${previous.id}); entries go oldest first`,
			);
		for (const id of entry.rules)
			if (!refs.has(id))
				problems.push(
					`${where}.rules: unknown rule id "${id}" (no plan, model, grant, cost or note of content/rules has it)`,
				);
		if (entry.customer)
			for (const p of inputProblems(rules, 'eligibility', entry.customer))
				problems.push(`${where}.customer: ${problemMessage(p)}`);
	});
	if (problems.length) throw new RuleDataError(problems);
	return data.changes;
}

/**
 * The problem when the rule data's `fingerprint` is not the last entry's (the data changed and no entry says so), else
 * `undefined`. The message names the command that drafts the entry.
 */
export function staleChangeLog(log: readonly ChangeEntry[], fingerprint: string): string | undefined {
	const last = log.at(-1)!;
	if (last.fingerprint === fingerprint) return undefined;
	return `${CHANGES_FILE}: the rule data differs from the last entry of the change log (${last.id}, ${last.fingerprint.slice(0, 15)}…; the data is ${fingerprint.slice(0, 15)}…). Every change to content/rules is logged: run \`npm run rules:diff\` to review it, then \`${DRAFT_COMMAND}\` to draft its entry, and polish its summaries.`;
}

/**
 * JSON with every object's keys sorted and no whitespace, so that the fingerprint ignores formatting and key order.
 */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}
