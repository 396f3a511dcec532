import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readAllArticles } from './mdx-articles.ts';
import { loadRules } from './rule-files.ts';
import { parseTableSpec, ruleTable, tableMarkdown } from '../rules/checks/tables.ts';

/** What `fixTables` did: the articles it rewrote (with how many tables each), and markers it could not read. */
export interface FixResult {
	rewritten: { file: string; tables: number }[];
	/** `file:line: rules-table marker: what is wrong — what to do`. */
	problems: string[];
}

/**
 * `npm run fix`: rewrites every rule table of the articles under `root` from its rule data. A table is asked for by a
 * marker, an MDX comment right before it, e.g. {/* rules-table unlimited kind=image *\/}; the table under it is
 * replaced (or added), in the article's language. Validates the data first, as the build does: throws
 * `RuleDataError` and writes nothing when the data is broken.
 */
export function fixTables(root = '.'): FixResult {
	const rules = loadRules(root);
	const result: FixResult = { rewritten: [], problems: [] };
	for (const article of readAllArticles(join(root, 'content/docs'))) {
		const file = relative(root, article.file);
		let text = article.source;
		let tables = 0;
		// Edit from the end, so that earlier offsets stay valid.
		for (const marker of [...article.markers].reverse()) {
			const spec = parseTableSpec(marker.spec);
			if (typeof spec === 'string') {
				result.problems.push(`${file}:${marker.line}: rules-table marker: ${spec} — fix the marker`);
				continue;
			}
			const markdown = tableMarkdown(ruleTable(rules, spec, article.locale));
			const next = marker.table
				? text.slice(0, marker.table.start) + markdown + text.slice(marker.table.end)
				: `${text.slice(0, marker.end)}\n\n${markdown}${text.slice(marker.end)}`;
			if (next !== text) tables++;
			text = next;
		}
		if (text !== article.source) {
			writeFileSync(article.file, text);
			result.rewritten.push({ file, tables });
		}
	}
	return result;
}
