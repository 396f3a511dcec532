import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRules } from './rule-files.ts';
import { checkChangeLog } from './change-log.ts';
import { RuleDataError, describeIssue } from '../rules/checks/validate.ts';
import type { RuleSet } from '../rules/engine/compile.ts';
import { ExamplesFileSchema } from '../rules/schema/examples.ts';
import { exampleProblems } from '../rules/checks/examples.ts';
import { readAllArticles, type Article } from './mdx-articles.ts';
import { SectionsError, englishPages, readSections, sectionProblems } from './sections.ts';
import { jsonLine, lineOfId } from './json-lines.ts';
import {
	articleNumberProblems,
	numberProblems,
	grantShownProblems,
	statedValueProblems,
	strayTableProblems,
	tableProblems,
} from './prose-checks.ts';
import { describeMissing, missingTranslations } from './translations.ts';
import { rangeSnapshotCsv } from '../rules/checks/range-csv.ts';
import { pairingProblems } from './pairing-checks.ts';
import { DEFAULT_LOCALE } from './locales.ts';

// What `npm run check` checks and `astro build` refuses, one implementation: the rule data, the worked examples of
// content/rules/examples/, the sidebar's sections, and the articles against the data (rule tables, numbers, dates,
// stated values). Node only, no vitest: it runs in a couple of seconds. Every problem is one line,
// `file:line: what is wrong — what to do`.

/** The verdict ranges of the committed rules: reviewed with `npm run rules:diff`, accepted with `npm run snapshot`. */
export const RANGE_SNAPSHOT = 'content/rules/snapshots/verdict-ranges.csv';

/** The folder of the worked examples, from the repository root. */
export const EXAMPLES_DIR = 'content/rules/examples';

/** Thrown by the build when `checkContent` finds problems; `problems` are the lines `npm run check` prints. */
export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`The content has ${problems.length} problem(s) (the same as npm run check prints):\n${problems.join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
		// The problems say where to look; a stack trace of the check itself would bury them.
		this.stack = `${this.name}: ${this.message}`;
	}

	/**
	 * A one-line summary; the problems are in `message`. Astro appends "Browser APIs are not available on the server"
	 * to any error whose `toString()` contains "document" or "window".
	 */
	override toString(): string {
		return `${this.name}: ${this.problems.length} problem(s) in the content; run npm run check`;
	}
}

/** The result of `checkContent`. */
export interface ContentCheck {
	/** One line per problem; empty when the content is sound. */
	problems: string[];
	/** Pages not translated yet: they build (Starlight's fallback), so they are no problem, but the editor is told. */
	warnings: string[];
	/** What was checked, one line, for a run without problems. */
	summary: string;
	/** `false` when the rule data itself is broken (then nothing else was checked, and no page can be rendered). */
	rulesValid: boolean;
}

/**
 * A rule-data problem (`content/rules/x.json: grant "id" (grants[3]).field: …`) with the line of the item it names
 * (`content/rules/x.json:12: grant …`): how `npm run check`, the build and `npm run rules:diff` print it.
 */
export function withLine(problem: string, root: string): string {
	const m = /^(content\/rules\/[a-z-]+\.json): (.*)$/s.exec(problem);
	if (!m) return problem;
	const [, file, rest] = m as unknown as [string, string, string];
	const id = /^grants? "([^"]+)"/.exec(rest)?.[1] ?? /^\w+\[\d+\] \(([^)]+)\)/.exec(rest)?.[1];
	const path = join(root, file);
	const line = id && existsSync(path) ? lineOfId(readFileSync(path, 'utf8'), id) : 1;
	return `${file}:${line}: ${rest}`;
}

/** The problems of every `content/rules/examples/*.json` against `rules`. */
export function examplesProblems(rules: RuleSet, root = '.'): { problems: string[]; count: number } {
	const dir = join(root, EXAMPLES_DIR);
	const files = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	const problems: string[] = [];
	let count = 0;
	for (const name of files) {
		const file = `${EXAMPLES_DIR}/${name}`;
		const text = readFileSync(join(root, file), 'utf8');
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (e) {
			problems.push(`${file}:1: not valid JSON (${(e as Error).message}) — fix the syntax`);
			continue;
		}
		const parsed = ExamplesFileSchema.safeParse(json);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const path = issue.path as (string | number)[];
				const id =
					path[0] === 'examples'
						? (json as { examples: { id?: unknown }[] }).examples[path[1] as number]?.id
						: undefined;
				const where = `${typeof id === 'string' ? `example "${id}" ` : ''}(${path.join('.') || 'root'})`;
				const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as never)[k] : undefined), json);
				problems.push(
					`${file}:${jsonLine(text, path)}: ${where}: ${describeIssue(issue, value)} — see README, "Worked examples"`,
				);
			}
			continue;
		}
		count += parsed.data.examples.length;
		for (const p of exampleProblems(rules, parsed.data))
			problems.push(
				`${file}:${jsonLine(text, ['examples', p.index])}: example "${p.id}": ${p.problem} — if the rule change is meant, update "expected" of this entry; else fix the rule data`,
			);
	}
	return { problems, count };
}

/**
 * The range snapshot's lines that differ from the rules' verdict ranges, summed up in one line, and the models whose
 * verdicts change.
 */
function snapshotProblems(rules: RuleSet, root: string): { problems: string[]; models: string[] } {
	const path = join(root, RANGE_SNAPSHOT);
	const before = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
	const after = rangeSnapshotCsv(rules).split('\n');
	const [gone, added] = [before.filter((l) => !after.includes(l)), after.filter((l) => !before.includes(l))];
	if (!gone.length && !added.length) return { problems: [], models: [] };
	const first = before.findIndex((l) => !after.includes(l));
	const line = first < 0 ? before.length : first + 1;
	return {
		problems: [
			`${RANGE_SNAPSHOT}:${line}: the verdicts changed (${gone.length} range line(s) go, ${added.length} come; first: "${added[0] ?? gone[0]}") — check with npm run rules:diff that this is what you meant, re-read the sentences named above, then npm run snapshot`,
		],
		models: [...new Set([...gone, ...added].map((l) => l.split(',')[2]!).filter(Boolean))],
	};
}

/**
 * Sentences (English and Korean) that name a model whose verdicts change: prose the tables do not rewrite ("Kling
 * always uses credits"), for the editor to re-read before accepting the snapshot. Warnings, not problems: most such
 * sentences stay true.
 */
function staleSentenceWarnings(rules: RuleSet, articles: Article[], models: string[]): string[] {
	const names = rules.data.models.filter((m) => models.includes(m.id)).map((m) => ({ name: m.name, ko: m.names?.ko }));
	return articles.flatMap((a) =>
		a.prose.flatMap((p) => {
			const named = names.find((n) => p.text.includes(n.name) || (n.ko && p.text.includes(n.ko)));
			return named
				? [
						`${a.file}:${p.line}: names ${named.name}, whose verdicts change — re-read it: does it still hold? (npm run snapshot accepts the change)`,
					]
				: [];
		}),
	);
}

/**
 * Checks the content under `root` as `npm run check` and `astro build` do: the rule data (validated, with the line of
 * the item a problem names), the worked examples, the sections, the rule tables, numbers and dates of every article
 * and the values each source article must state; with `snapshot`, also the range snapshot (`npm run check` does; the
 * build does not: the snapshot is the editor's review, not the site). Never throws for bad content: every problem is
 * a line of the result.
 */
export function checkContent(root = '.', options: { snapshot: boolean } = { snapshot: false }): ContentCheck {
	const problems: string[] = [];
	let rules: RuleSet;
	try {
		rules = loadRules(root);
	} catch (e) {
		if (!(e instanceof RuleDataError)) throw e;
		return {
			problems: e.problems.map((p) => withLine(p, root)),
			warnings: [],
			summary: 'rule data invalid: nothing else checked',
			rulesValid: false,
		};
	}
	// A rule changed without its change-log entry (or a broken entry): the same message as the build's.
	try {
		checkChangeLog(root, rules);
	} catch (e) {
		if (!(e instanceof RuleDataError)) throw e;
		problems.push(...e.problems.map((p) => withLine(p, root)));
	}
	const articles: Article[] = readAllArticles(join(root, 'content/docs')).map((a) => ({
		...a,
		file: relative(root, a.file),
	}));
	try {
		const sections = readSections(root);
		problems.push(...sectionProblems(sections, englishPages(root), root));
	} catch (e) {
		if (!(e instanceof SectionsError)) throw e;
		problems.push(...e.problems);
	}
	const examples = examplesProblems(rules, root);
	problems.push(...examples.problems);
	for (const article of articles)
		problems.push(
			...tableProblems(rules, article),
			...strayTableProblems(rules, article),
			...articleNumberProblems(rules, article),
		);
	problems.push(...grantShownProblems(rules, articles), ...statedValueProblems(rules, articles));
	problems.push(
		...pairingProblems(
			articles.filter((a) => a.locale === DEFAULT_LOCALE),
			articles.filter((a) => a.locale !== DEFAULT_LOCALE),
		),
	);
	// The readings of derived figures are prose too: a figure in them must be the data's.
	const credits = join(root, 'content/rules/credits.json');
	for (const m of rules.data.credits.monthlyCredits)
		for (const locale of ['en', 'ko'] as const)
			for (const p of numberProblems(rules, m.basis.reading[locale], locale))
				problems.push(
					`content/rules/credits.json:${lineOfId(readFileSync(credits, 'utf8'), m.basis.reading[locale], locale)}: monthlyCredits ${m.plan} basis.reading.${locale}: ${p} — write the reading without figures (the answers give them from "derived" and the cost)`,
				);
	const warnings = missingTranslations(join(root, 'content/docs')).map((m) =>
		describeMissing({ ...m, from: relative(root, m.from), file: relative(root, m.file) }),
	);
	if (options.snapshot) {
		const changed = snapshotProblems(rules, root);
		problems.push(...changed.problems);
		warnings.push(...staleSentenceWarnings(rules, articles, changed.models));
	}
	return {
		problems,
		warnings,
		rulesValid: true,
		summary: `${rules.data.grants.length} grants over ${rules.data.models.length} models, ${examples.count} worked examples, ${articles.length} articles: rule data, examples, sections, rule tables, numbers and dates, both languages alike`,
	};
}

/**
 * `npm run snapshot`: rewrites the range snapshot under `root` from its rule data, but only while every other content
 * check passes. Returns the problems that stopped it (nothing written), or whether the file changed.
 */
export function acceptRangeSnapshot(root = '.'): { problems: string[]; written: boolean } {
	const { problems } = checkContent(root, { snapshot: false });
	if (problems.length) return { problems, written: false };
	const path = join(root, RANGE_SNAPSHOT);
	const after = rangeSnapshotCsv(loadRules(root));
	if (existsSync(path) && readFileSync(path, 'utf8') === after) return { problems: [], written: false };
	writeFileSync(path, after);
	return { problems: [], written: true };
}
