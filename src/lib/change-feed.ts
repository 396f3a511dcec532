import type { RSSOptions } from '@astrojs/rss';
import type { RuleSet } from '../rules/engine/compile.ts';
import type { ChangeEntry } from '../rules/schema/changes.ts';
import { BASE, SITE } from '../rules/schema/links.ts';
import { ENTRY_DATE } from '../rules/words/change-words.ts';
import { changeLinks, changesPage } from './change-links.ts';
import type { Locale } from './locales.ts';

// The RSS feed of the change log, one per locale (`/docs/en/changes.rss`, `/docs/ko/changes.rss`), written by
// @astrojs/rss; every page's head links its locale's feed.

/** Where a locale's feed is: `/docs/ko/changes.rss`. */
export const feedPath = (locale: Locale) => `${BASE}/${locale}/changes.rss`;

/** The feed's title and description, and the words of an item's links, per locale. */
export const FEED_WORDS: Record<Locale, { title: string; description: string; sections: string; checker: string }> = {
	en: {
		title: 'Carat Help: rule changes',
		description:
			'Every change to the rules behind Carat Help (unlimited models, credit costs, limits, notes), with its date and the articles it touches.',
		sections: 'Articles',
		checker: 'Check a customer it affects',
	},
	ko: {
		title: 'Carat 도움말: 규칙 변경 기록',
		description:
			'Carat 도움말의 규칙(무제한 모델, 크레딧 비용, 한도, 유의 사항)이 바뀔 때마다 날짜와 관련 문서를 함께 기록해요.',
		sections: '관련 문서',
		checker: '영향을 받는 회원으로 확인하기',
	},
};

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The feed of `log` in `locale`, newest first: each entry's date and summary, a link to it on the change page, and its
 * article sections and checker link as HTML `content`. An item's `pubDate` is noon UTC of the entry's day, so that
 * feed readers show that day in every time zone from UTC-11 to UTC+11.
 */
export function feedOptions(rules: RuleSet, log: readonly ChangeEntry[], locale: Locale): RSSOptions {
	const words = FEED_WORDS[locale];
	const url = (href: string) => new URL(href, SITE).href;
	return {
		title: words.title,
		description: words.description,
		site: `${SITE}${changesPage(locale)}`,
		customData: `<language>${locale}</language>`,
		items: log.toReversed().map((entry) => {
			const links = changeLinks(rules, entry, locale);
			const list = [
				...links.sections.map((s) => `<li><a href="${url(s.href)}">${escape(s.label)}</a></li>`),
				...(links.checker ? [`<li><a href="${url(links.checker)}">${escape(words.checker)}</a></li>`] : []),
			];
			return {
				title: ENTRY_DATE[locale](entry.date),
				link: url(links.page),
				pubDate: new Date(`${entry.date}T12:00:00Z`),
				description: entry.summary[locale],
				content: `<p>${escape(entry.summary[locale])}</p>${list.length ? `<ul>${list.join('')}</ul>` : ''}`,
			};
		}),
	};
}
