import { execFileSync } from 'node:child_process';
import { rules } from '../rules/committed.ts';

/** When an article was last checked, and how that is known. Dates `YYYY-MM-DD`. */
export interface LastChecked {
	date: string;
	/**
	 * `rules`: the latest `checked` of the rule rows the article states (checked against the live help center); `git`:
	 * the last commit that changed the article's file.
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

/** Date of the last commit per file under `dir` (one `git log` for all of them); empty outside a git checkout. */
function commitDates(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	try {
		const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', dir], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		for (const commit of log.split('\0').slice(1)) {
			const [date, ...files] = commit.trim().split('\n');
			for (const file of files) if (file && !out.has(file)) out.set(file, date!);
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
	const git = file && cache.git.get(file.replace(/^\.\//, ''));
	return git ? { date: git, from: 'git' } : undefined;
}
