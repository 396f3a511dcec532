import type { RuleSet } from '../rules/engine/compile.ts';
import type { ChangeEntry } from '../rules/schema/changes.ts';
import type { Source } from '../rules/schema/common.ts';
import { FIELDS } from '../rules/schema/fields.ts';
import { BASE } from '../rules/schema/links.ts';
import { ruleRefs } from '../rules/checks/rule-refs.ts';
import { modelName } from '../rules/words/en.ts';
import { modelNameKo } from '../rules/words/ko.ts';
import { articleHeadings } from './article-headings.ts';
import type { Locale } from './locales.ts';

// Where a change-log entry points, in a locale: its anchor on the change page, the article sections of the rules it
// touches (the Korean section at the same place in the Korean article), and the checker filled in for a customer it
// affects. The change pages, the feeds, llms.txt and list_changes all read these.

/** An entry's links, site-relative (`/docs/en/…`). */
export interface ChangeLinks {
	/** The entry on its locale's change page: `/docs/en/changes/#2026-11-22-sources`. */
	page: string;
	/** The article sections of the rules it touches, each once, with what they are about (a model or plan name). */
	sections: { href: string; label: string }[];
	/** The checker with the affected customer's answers, when the entry names one. */
	checker?: string;
}

const headings = { en: articleHeadings('content/docs/en'), ko: articleHeadings('content/docs/ko') };

/** A rule's section in a locale: the Korean article's heading at the English heading's place, else the article. */
export function sectionHref(source: Source, locale: Locale): string {
	const page = `${BASE}/${locale}/${source.article}/`;
	const en = headings.en(source.article);
	const i = en?.indexOf(source.anchor) ?? -1;
	const anchor = locale === 'en' ? source.anchor : i >= 0 ? headings[locale](source.article)?.[i] : undefined;
	return anchor ? `${page}#${anchor}` : page;
}

/** The change page of a locale: `/docs/ko/changes/`. */
export const changesPage = (locale: Locale) => `${BASE}/${locale}/changes/`;

/** An entry's links in `locale` (see `ChangeLinks`). */
export function changeLinks(rules: RuleSet, entry: ChangeEntry, locale: Locale): ChangeLinks {
	const refs = ruleRefs(rules.data);
	const sections = new Map<string, string>();
	for (const id of entry.rules) {
		const ref = refs.get(id);
		if (!ref?.source) continue;
		const href = sectionHref(ref.source, locale);
		const label = ref.model
			? (locale === 'ko' ? modelNameKo : modelName)(rules, ref.model as never)
			: (rules.plans.get(id as never)?.name ?? id);
		sections.set(href, sections.has(href) ? `${sections.get(href)}, ${label}` : label);
	}
	const c = entry.customer;
	const params = c && new URLSearchParams(Object.entries(c).map(([k, v]) => [FIELDS[k as 'plan'].param!, v]));
	return {
		page: `${changesPage(locale)}#${entry.id}`,
		sections: [...sections].map(([href, label]) => ({ href, label })),
		...(params && { checker: `${BASE}/${locale}/tools/am-i-unlimited/?${params}` }),
	};
}
