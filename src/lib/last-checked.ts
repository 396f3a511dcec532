import type { RuleSet } from '../rules/engine/compile.ts';
import type { ChangeEntry } from '../rules/schema/changes.ts';
import { ruleRefs } from '../rules/checks/rule-refs.ts';
import { rulesExport } from '../rules/checks/export.ts';
import { rules as committed } from '../rules/committed.ts';
import { changeLog } from '../rules/committed-changes.ts';

/**
 * When an article was last checked, from the rule data and the change log only (never a file's commit date). Dates
 * `YYYY-MM-DD`, one per article: its English and Korean pages show the same.
 */
export interface LastChecked {
	date: string;
	/**
	 * `article`: the latest `checked` of the rule rows the article states, or the date of a change-log entry touching
	 * them (or the whole rule set); `rules`: the article states no rule, and the date is the rule set's (rules.json
	 * `checked`).
	 */
	from: 'article' | 'rules';
}

/**
 * The last-checked date of every article that rules cite (`source.article`), and of the whole rule set: the latest
 * `checked` of the rows citing it, and the date of each change-log entry touching one of them (an entry naming no
 * rule touches every article).
 */
export function checkedDates(
	rules: RuleSet,
	log: readonly ChangeEntry[],
): { articles: Map<string, string>; all: string } {
	const articles = new Map<string, string>();
	const later = (article: string, date: string) => {
		if (date > (articles.get(article) ?? '')) articles.set(article, date);
	};
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (typeof value !== 'object' || value === null) return;
		const row = value as { source?: { article?: string }; checked?: string };
		if (row.source?.article && row.checked) later(row.source.article, row.checked);
		Object.values(value).forEach(visit);
	};
	visit(rules.data);
	const refs = ruleRefs(rules.data);
	for (const entry of log) {
		const touched = entry.rules.length ? entry.rules.map((id) => refs.get(id)?.source?.article) : [...articles.keys()];
		for (const article of touched) if (article) later(article, entry.date);
	}
	return { articles, all: rulesExport(rules.data, log).checked };
}

let cache: ReturnType<typeof checkedDates> | undefined;

/**
 * The day an article was last checked (committed rules and change log): its own date when rules cite it, else the rule
 * set's. `slug`: the article's id without the locale (`troubleshooting/usage-plan/unlimited-benefit-scope`).
 */
export function lastChecked(slug: string): LastChecked {
	cache ??= checkedDates(committed, changeLog);
	const date = cache.articles.get(slug);
	return date ? { date, from: 'article' } : { date: cache.all, from: 'rules' };
}
