import { execFileSync } from 'node:child_process';
import { rules } from '../rules/committed.ts';

/**
 * When an article was last checked, and how that is known. Dates `YYYY-MM-DD`, one per article: its English and
 * Korean pages show the same.
 */
export interface LastChecked {
	date: string;
	/**
	 * `rules`: the latest `checked` of the rule rows the article states (checked against the live help center); `git`:
	 * the last commit that changed the article's file in either language.
	 */
	from: 'rules' | 'git';
}

/**
 * Latest `checked` date per article slug, over every rule row (model default, grant, cost, note, plan start) whose
 * `source.article` is that article.
 */
function checkedByArticle(): Map<string, string> {
	const out = new Map<string, string>();
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (typeof value !== 'object' || value === null) return;
		const row = value as { source?: { article?: string }; checked?: string };
		if (row.source?.article && row.checked && row.checked > (out.get(row.source.article) ?? ''))
			out.set(row.source.article, row.checked);
		Object.values(value).forEach(visit);
	};
	visit(rules.data);
	return out;
}

/**
 * An article's slug from its file path under `content/docs/<locale>/`, the same for both languages:
 * `content/docs/ko/tools/am-i-unlimited.mdx` -> `tools/am-i-unlimited`, `content/docs/en/index.mdx` -> `` (the home
 * page, as Starlight's id `en` gives it). `undefined` for a path outside the articles.
 */
export function articleSlug(file: string): string | undefined {
	const m = /^(?:\.\/)?content\/docs\/[a-z]{2}\/(.+)\.mdx?$/.exec(file);
	return m ? m[1]!.replace(/(?:^|\/)index$/, '') : undefined;
}

/**
 * Date of the last commit per article slug under `dir`, over both languages' files (one `git log` for all of them), so
 * an article and its translation show one date; empty outside a git checkout.
 */
function commitDates(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	try {
		const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', dir], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		for (const commit of log.split('\0').slice(1)) {
			const [date, ...files] = commit.trim().split('\n');
			for (const file of files) {
				const slug = file && articleSlug(file);
				if (slug !== undefined && !out.has(slug)) out.set(slug, date!);
			}
		}
	} catch {
		// Not a git checkout (a copy of the project, a tarball): the pages show the rule data's dates only.
	}
	return out;
}

let cache: { rules: Map<string, string>; git: Map<string, string> } | undefined;

/**
 * The day an article was last checked: from the rule data when rules cite it, else from git, else `undefined`.
 * `slug`: the article's id without the locale (`troubleshooting/usage-plan/unlimited-benefit-scope`); `file`: its
 * path from the project root (`content/docs/en/….mdx`).
 */
export function lastChecked(slug: string, file: string | undefined): LastChecked | undefined {
	cache ??= { rules: checkedByArticle(), git: commitDates('content/docs') };
	const rules = cache.rules.get(slug);
	if (rules) return { date: rules, from: 'rules' };
	const git = cache.git.get((file && articleSlug(file)) ?? slug);
	return git ? { date: git, from: 'git' } : undefined;
}
