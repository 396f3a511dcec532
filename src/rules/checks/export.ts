import * as z from 'zod/mini';
import { toJSONSchema } from 'zod';
import { RuleDataSchema, type RuleData } from '../schema/rule-data.ts';
import { IsoDateSchema } from '../schema/common.ts';
import { ChangeEntrySchema, type ChangeEntry } from '../schema/changes.ts';
import { DOCS_PATH, SITE } from '../schema/links.ts';

/** `/docs/rules.json`: the rule data as validated, plus a version and the day it was last checked. */
export const RulesExportSchema = z.strictObject({
	/** Fingerprint of the rule data (FNV-1a of its JSON, hex); changes whenever any value changes. */
	version: z.string(),
	/**
	 * The day the rules were last checked or changed, `YYYY-MM-DD`: the latest `checked` date among the rows or date of
	 * the change log.
	 */
	checked: IsoDateSchema,
	/** Base URL that every `source` (article + anchor) resolves against: `${sourceBase}${article}/#${anchor}`. */
	sourceBase: z.string(),
	...RuleDataSchema.shape,
	/** The change log (content/rules/changes.json), oldest first: what changed in the rules, when, and which rules. */
	changes: z.array(ChangeEntrySchema),
});
export type RulesExport = z.infer<typeof RulesExportSchema>;

function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h.toString(16).padStart(8, '0');
}

/** Latest `checked` date (`YYYY-MM-DD`) anywhere in the data. */
export function lastChecked(data: RuleData): string {
	return [...JSON.stringify(data).matchAll(/"checked":"(\d{4}-\d{2}-\d{2})"/g)]
		.map((m) => m[1]!)
		.sort()
		.at(-1)!;
}

/** The object served as `/docs/rules.json`: the rule data and its change log `changes` (oldest first). */
export function rulesExport(data: RuleData, changes: readonly ChangeEntry[]): RulesExport {
	const latest = [lastChecked(data), ...changes.map((c) => c.date)].sort().at(-1)!;
	return {
		version: fnv1a(JSON.stringify(data)),
		checked: latest,
		sourceBase: `${SITE}${DOCS_PATH}`,
		...data,
		changes: [...changes],
	};
}

/** JSON Schema (draft 2020-12) of `/docs/rules.json`, generated from the zod schemas. */
export function rulesJsonSchema(): object {
	return {
		...toJSONSchema(RulesExportSchema, { io: 'input' }),
		$id: `${SITE}/docs/rules.schema.json`,
		title: 'Carat Help rule data',
	};
}
