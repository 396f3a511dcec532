import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { RuleSet } from '../rules/engine/compile.ts';
import type { ChangeEntry } from '../rules/schema/changes.ts';
import { SITE } from '../rules/schema/links.ts';
import { ENTRY_DATE } from '../rules/words/change-words.ts';
import { changeLinks } from './change-links.ts';
import { FEED_WORDS } from './change-feed.ts';
import type { Locale } from './locales.ts';

// The change log as Markdown (mdast), for the Markdown copy of the change pages and llms-full.txt: what the
// <ChangeLog /> component renders as HTML, newest first.

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const item = (children: PhrasingContent[]): ListItem => ({
	type: 'listItem',
	spread: false,
	children: [{ type: 'paragraph', children }],
});

/** Each entry of `log`, newest first, as `### date`, its summary and a list of its links (absolute URLs). */
export function changeLogNodes(rules: RuleSet, log: readonly ChangeEntry[], locale: Locale): RootContent[] {
	const words = FEED_WORDS[locale];
	const url = (href: string) => new URL(href, SITE).href;
	return log.toReversed().flatMap((entry): RootContent[] => {
		const links = changeLinks(rules, entry, locale);
		const list: List = {
			type: 'list',
			ordered: false,
			spread: false,
			children: [
				...links.sections.map((s) =>
					item([text(`${words.sections}: `), { type: 'link', url: url(s.href), children: [text(s.label)] }]),
				),
				...(links.checker ? [item([{ type: 'link', url: url(links.checker), children: [text(words.checker)] }])] : []),
			],
		};
		return [
			{ type: 'heading', depth: 3, children: [text(ENTRY_DATE[locale](entry.date))] },
			{ type: 'paragraph', children: [text(entry.summary[locale])] },
			...(list.children.length ? [list] : []),
		];
	});
}
