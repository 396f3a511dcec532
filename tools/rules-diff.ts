// npm run rules:diff [ref] [--lang ko] [--write | --amend]: what the rule data in the working tree changes for
// customers, compared with git `ref` (default HEAD): verdicts (one line per model, audience, signup range and verdict
// change), costs, limits, prices, notes, names and any other field, then the article lines that name a changed model,
// for review. `--write` appends the drafted change-log entry (content/rules/changes.json) the build asks for;
// `--amend` only sets the last entry's fingerprint to the data's (for an entry not yet published, e.g. the first one
// after a field was added to every rule). Invalid data: the messages of `npm run check`, exit code 1.
import { parseArgs } from 'node:util';
import { loadRules, readRuleTextsAt } from '../src/lib/rule-files.ts';
import { writeChangeLogEntry } from '../src/lib/change-log.ts';
import { withLine } from '../src/lib/content-check.ts';
import { readAllArticles } from '../src/lib/mdx-articles.ts';
import { parseRuleFiles, validateRuleData, RuleDataError } from '../src/rules/checks/validate.ts';
import { ruleChanges } from '../src/rules/checks/diff.ts';
import { changedModels } from '../src/rules/checks/draft.ts';
import { CHANGE_WORDS } from '../src/rules/words/change-words.ts';
import { CHANGES_FILE } from '../src/rules/schema/changes.ts';
import { today } from '../src/rules/schema/day.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { lang: { type: 'string', default: 'en' }, write: { type: 'boolean' }, amend: { type: 'boolean' } },
});
const ref = positionals[0] ?? 'HEAD';
try {
	if (values.lang !== 'en' && values.lang !== 'ko') throw new Error(`--lang: "${values.lang}" is not en or ko`);
	const words = CHANGE_WORDS[values.lang];
	let before;
	try {
		before = validateRuleData(parseRuleFiles(readRuleTextsAt(ref)));
	} catch (e) {
		if (e instanceof RuleDataError) throw new RuleDataError(e.problems.map((p) => `${ref}: ${p}`));
		throw new Error(`"${ref}" is not a commit of this repository (try HEAD, main or a commit id).`, { cause: e });
	}
	const after = loadRules();
	const changes = ruleChanges(before, after);
	const lines = changes.map((c) => words.line({ before, after }, c, true));
	console.log(
		lines.length ? `${words.heading(ref, lines.length)}\n${lines.map((l) => `  ${l}`).join('\n')}` : words.none(ref),
	);
	// The article sentences that name a changed model (by any of its names), outside the tables `npm run fix` writes.
	const names = changedModels(changes, before, after).flatMap((id) =>
		[before, after].flatMap((r) => {
			const m = r.models.get(id);
			// `Carat Video (LTX)` is also written `Carat Video (LTX model)` or `Carat Video`.
			return (m ? [m.name, ...(m.names?.ko ? [m.names.ko] : [])] : []).map((n) => n.replace(/\s*\(.*\)$/, ''));
		}),
	);
	if (names.length) {
		// A whole name: `X` is not in `LTX`; a Korean particle may follow (`Nanobanana 2는`).
		const patterns = [...new Set(names)].map(
			(n) => new RegExp(`(?<![A-Za-z0-9])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`),
		);
		const found = readAllArticles().flatMap((a) =>
			a.prose
				.filter((p) => patterns.some((n) => n.test(p.text)))
				.map((p) => `  ${a.file}:${p.line}: ${p.text.length > 100 ? `${p.text.slice(0, 99)}…` : p.text}`),
		);
		if (found.length) console.log(`\n${words.review(found.length)}\n${found.join('\n')}`);
	}
	if (values.write || values.amend) {
		const id = writeChangeLogEntry('.', before, { date: today(), amend: !!values.amend });
		if (id === undefined) console.log(`\n${CHANGES_FILE}: the last entry already has this data's fingerprint.`);
		else console.log(`\n${(values.amend ? words.amended : words.drafted)(CHANGES_FILE, id)}`);
	}
} catch (e) {
	// Invalid data: the lines `npm run check` prints for it.
	if (e instanceof RuleDataError) for (const p of e.problems) console.error(withLine(p, '.'));
	else console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
