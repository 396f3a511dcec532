// `list_changes`: the change log of the rules for agents (the MCP server), with the same input checks and messages as
// the rule tools (`inputProblems`, form `changes`), and the links of the change pages.
import { inputProblems } from '../rules/engine/input-checks.ts';
import type { RuleSet } from '../rules/engine/compile.ts';
import type { ChangeEntry } from '../rules/schema/changes.ts';
import { wordsFor } from '../rules/words/by-locale.ts';
import { changeLinks } from '../lib/change-links.ts';
import { absolute, type ToolResult } from './tools.ts';

/** What `list_changes` answers with: entries newest first, each in the asked locale with absolute links. */
export interface ListedChange {
	id: string;
	/** The day of the change, `YYYY-MM-DD`. */
	date: string;
	summary: string;
	/** Ids of the rules it touches (empty: the whole rule set). */
	rules: string[];
	/** The entry on the change page. */
	url: string;
	sections: { url: string; label: string }[];
	/** The checker filled in for a customer the change affects. */
	checker?: string;
}

/**
 * `list_changes` (`{ since?: 'YYYY-MM-DD', locale?: 'en' | 'ko' }`): the entries of `log` dated `since` or later
 * (every entry without it), newest first. Never throws: bad input gets the widgets' messages (`isError`).
 */
export const listChangesTool = {
	name: 'list_changes' as const,
	title: 'Rule changes',
	description:
		'What changed in the Carat help center rules (unlimited models, credit costs, limits, notes), newest first: each change with its date, a summary, the rule ids it touches, links to the article sections and to the checker filled in for an affected customer. ' +
		'Give since (YYYY-MM-DD) for the changes from that day on; set locale to ko for Korean.',
	form: 'changes' as const,
	run(rules: RuleSet, log: readonly ChangeEntry[], input: unknown): ToolResult {
		const raw = (typeof input === 'object' && input) || {};
		const locale = (raw as { locale?: unknown }).locale === 'ko' ? 'ko' : 'en';
		const problems = inputProblems(rules, 'changes', input);
		if (problems.length)
			return {
				content: [{ type: 'text', text: problems.map((p) => wordsFor(locale).problem(p)).join('\n') }],
				isError: true,
			};
		const since = (raw as { since?: string }).since ?? '';
		const changes = log
			.filter((e) => e.date >= since)
			.toReversed()
			.map((e): ListedChange => {
				const links = changeLinks(rules, e, locale);
				return {
					id: e.id,
					date: e.date,
					summary: e.summary[locale],
					rules: [...e.rules],
					url: absolute(links.page),
					sections: links.sections.map((s) => ({ url: absolute(s.href), label: s.label })),
					...(links.checker && { checker: absolute(links.checker) }),
				};
			});
		const result = { since: since || null, locale, changes };
		return { content: [{ type: 'text', text: JSON.stringify(result, null, 2) }], structuredContent: result };
	},
};
