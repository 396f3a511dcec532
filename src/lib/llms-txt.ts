import { SECTIONS } from './sections.ts';
import { mdxToMarkdown, type BodySource } from './mdx-to-md.ts';
import { COPY_WORDS } from './copy-words.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { BASE, SITE } from '../rules/schema/links.ts';

type Page = {
	slug: string;
	locale?: Locale;
	title: string;
	description: string | undefined;
	body: string;
	url: string;
	markdownUrl: string;
	source?: BodySource;
};

/** A change-log entry as llms.txt lists it: its day, its English summary and its absolute URL on the change page. */
export interface LlmsChange {
	date: string;
	summary: string;
	url: string;
}

const entry = (p: Page) => `- [${p.title}](${p.markdownUrl})${p.description ? `: ${p.description}` : ''}`;
/** Where a locale's llms-full.txt is: the default locale's at the root, the others under their folder. */
const llmsFullUrl = (locale: Locale) => `${SITE}${BASE}/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}llms-full.txt`;
/** A locale's language in English: `ko` -> `Korean`. */
const languageName = (locale: Locale) => new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
/** Every slug in the reading order: the home page, then `SECTIONS`. */
const ORDER = ['', ...SECTIONS.flatMap((s) => s.slugs)];

/**
 * `/docs/llms.txt` (llmstxt.org): an H1, a blockquote summary, then H2 sections listing every page exactly once as
 * `- [Title](absolute .md URL): description`: the English pages grouped as in `SECTIONS`, then each other language's
 * pages in a section of their own (`## 한국어 (Korean)`), in the same order. A page without `locale` is English.
 * Then the rules (rules.json) and, under `## Rule changes`, the feeds and `changes` (the change log, newest first:
 * `- [2026-11-22](url): summary`). Throws when a page is in no section.
 */
export function buildLlmsTxt(pages: Page[], changes: readonly LlmsChange[] = []): string {
	const localeOf = (p: Page) => p.locale ?? DEFAULT_LOCALE;
	const unlisted = pages.filter((p) => !ORDER.includes(p.slug));
	if (unlisted.length)
		throw new Error(
			`llms.txt: add ${unlisted.map((p) => p.slug).join(', ')} to a section of content/docs/sections.json`,
		);
	const list = (locale: Locale, slugs: string[]) =>
		slugs.flatMap((s) => pages.filter((p) => localeOf(p) === locale && p.slug === s).map(entry)).join('\n');
	const others = (Object.keys(LOCALES) as Locale[]).filter(
		(l) => l !== DEFAULT_LOCALE && pages.some((p) => localeOf(p) === l),
	);
	const en = COPY_WORDS[DEFAULT_LOCALE];
	return (
		[
			`# ${en.name}`,
			`> ${en.summary}`,
			'Each page is listed once, as its Markdown copy; pages in other languages follow the English ones, each language in a section of its own. The rules behind every "is it unlimited?" answer are published as JSON.',
			`## Start here\n\n${list(DEFAULT_LOCALE, [''])}`,
			...SECTIONS.map((s) => `## ${s.label}\n\n${list(DEFAULT_LOCALE, s.slugs)}`),
			...others.map((l) => `## ${LOCALES[l].label} (${languageName(l)})\n\n${list(l, ORDER)}`),
			[
				'## Rules',
				'',
				`- [Rule data](${SITE}${BASE}/rules.json): plans, models, benefit rules with signup windows, credit costs and caveats, each with its source section and the date it was last checked`,
				`- [Rule data schema](${SITE}${BASE}/rules.schema.json): JSON Schema of rules.json`,
			].join('\n'),
			[
				'## Rule changes',
				'',
				`Every change to the rules, newest first; also as RSS feeds, in English (${SITE}${BASE}/en/changes.rss) and Korean (${SITE}${BASE}/ko/changes.rss), in rules.json (\`changes\`) and from the MCP tool list_changes.`,
				'',
				...changes.map((c) => `- [${c.date}](${c.url}): ${c.summary}`),
			].join('\n'),
			[
				'## Tools for agents',
				'',
				'The pages with the checker or the estimator register check_eligibility, list_benefits and estimate_credits with WebMCP. An MCP server, `npx carat-help-mcp` in a checkout of this site (stdio, or Streamable HTTP with `--http`), offers search_docs, get_page, every page as a resource, and the same three tools.',
				'',
				`- [Agent tools](${SITE}${BASE}/agent-tools.json): check_eligibility, list_benefits and estimate_credits: names, descriptions and the JSON Schema of each input`,
				`- [Agent Skill](${SITE}${BASE}/skill.md): when to use this help center, its tools, files and MCP server, and how to answer a customer (Korean: ${SITE}${BASE}/ko/skill.md)`,
			].join('\n'),
			[
				'## Optional',
				'',
				`- [All articles in one file](${llmsFullUrl(DEFAULT_LOCALE)}): every English page above, in Markdown`,
				...others.map(
					(l) =>
						`- [All ${languageName(l)} articles in one file](${llmsFullUrl(l)}): every ${languageName(l)} page above, in Markdown`,
				),
			].join('\n'),
		].join('\n\n') + '\n'
	);
}

/**
 * `/docs/llms-full.txt` (English) or `/docs/<locale>/llms-full.txt`: every page, in Markdown, in one file, each headed
 * by its title and URL.
 */
export function buildLlmsFull(pages: Page[], locale: Locale = DEFAULT_LOCALE): string {
	const { name, summary } = COPY_WORDS[locale];
	const parts = pages.map(
		(p) =>
			`# ${p.title}\n\nSource: ${p.url}\n\n${p.description ? `> ${p.description}\n\n` : ''}${mdxToMarkdown(p.body, { page: p.url, source: p.source })}`,
	);
	return `# ${name}\n\n> ${summary}\n\n${parts.join('\n\n---\n\n')}\n`;
}
