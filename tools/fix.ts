// npm run fix: rewrites every rule table of the articles from the rule data. A table is asked for by a marker,
// an MDX comment right before it, e.g. {/* rules-table unlimited kind=image */}; the table under it is replaced
// (or added), in the article's language (content/docs/ko/ gets Korean words). Validates the data first, as the build
// does, and changes nothing when the data is broken.
import { writeFileSync } from 'node:fs';
import { readAllArticles } from '../src/lib/mdx-articles.ts';
import { loadRules } from '../src/lib/rule-files.ts';
import { RuleDataError } from '../src/rules/checks/validate.ts';
import { parseTableSpec, ruleTable, tableMarkdown } from '../src/rules/checks/tables.ts';

try {
	const rules = loadRules();
	const problems: string[] = [];
	let changed = 0;
	for (const article of readAllArticles()) {
		let text = article.source;
		let tables = 0;
		// Edit from the end, so that earlier offsets stay valid.
		for (const marker of [...article.markers].reverse()) {
			const spec = parseTableSpec(marker.spec);
			if (typeof spec === 'string') {
				problems.push(`${article.file}:${marker.line}: rules-table marker: ${spec}`);
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
			changed++;
			console.log(`${article.file}: rewrote ${tables} rule table${tables === 1 ? '' : 's'}`);
		}
	}
	for (const p of problems) console.error(p);
	console.log(
		changed ? `${changed} article(s) updated from content/rules.` : 'Every rule table already matches content/rules.',
	);
	if (problems.length) process.exit(1);
} catch (e) {
	if (!(e instanceof RuleDataError)) throw e;
	console.error(`${e.message}\nNothing was rewritten: fix the rule data first.`);
	process.exit(1);
}
