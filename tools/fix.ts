// npm run fix: rewrites every rule table of the articles from the rule data (src/lib/fix-tables.ts), in each
// article's language. Validates the data first, as the build does, and changes nothing when the data is broken.
import { fixTables } from '../src/lib/fix-tables.ts';
import { RuleDataError } from '../src/rules/checks/validate.ts';

try {
	const { rewritten, problems } = fixTables();
	for (const { file, tables } of rewritten)
		console.log(`${file}: rewrote ${tables} rule table${tables === 1 ? '' : 's'}`);
	for (const p of problems) console.error(p);
	console.log(
		rewritten.length
			? `${rewritten.length} article(s) updated from content/rules.`
			: 'Every rule table already matches content/rules.',
	);
	if (problems.length) process.exit(1);
} catch (e) {
	if (!(e instanceof RuleDataError)) throw e;
	for (const p of e.problems) console.error(p);
	console.error('Nothing was rewritten: fix the rule data first.');
	process.exit(1);
}
