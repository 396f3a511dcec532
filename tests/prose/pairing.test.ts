import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readArticles, type Article } from '../../src/lib/mdx-articles.ts';
import { LOCALE_KEYS, DEFAULT_LOCALE } from '../../src/lib/locales.ts';
import { factsOf } from '../../src/lib/facts.ts';

// A translation says what its English page says: the same outline, the same rule tables and widgets under the same
// headings, the same pages linked, the same numbers and dates. So an English page changed in a way its Korean page must
// follow fails here until the Korean page follows (and the rule tables and numbers of both are checked against the data
// by prose-data.test.ts). An English page not translated yet is no failure: it builds with Starlight's fallback and the
// build and `npm run check` name the file to write (src/lib/translations.ts); a translation without its English page
// is.
const english = readArticles(`content/docs/${DEFAULT_LOCALE}`);
const others = LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE);
const mdxFiles = (locale: string) =>
	readdirSync(`content/docs/${locale}`, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.sort();

/** The heading index (0 before the first heading, n after the nth) a line falls under. */
const sectionOf = (article: Article, line: number) => article.outline.filter((h) => h.line < line).length;
const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Widgets (components imported from `@components/`) in order, each with the section it stands in. */
function widgets(article: Article): string[] {
	const names = [...article.source.matchAll(/^import (\w+) from '@components\//gm)].map((m) => m[1]!);
	if (!names.length) return [];
	return [...article.source.matchAll(new RegExp(`<(${names.join('|')})\\b`, 'g'))].map(
		(m) => `${m[1]} in section ${sectionOf(article, lineAt(article.source, m.index))}`,
	);
}

/**
 * The pages of this site an article links to, without locale, query or fragment (`troubleshooting/faq/plus-plan-faq/`).
 */
const linkedPages = (article: Article) =>
	[...new Set([...article.source.matchAll(/\/docs\/[a-z]{2}\/([^)"'#?\s]*)/g)].map((m) => m[1]!))].sort();

/** Every number with a unit and every date of the article's prose and tables, as `kind value`. */
function facts(article: Article): string[] {
	const texts = [
		...article.prose.map((p) => p.text),
		...article.tables.flatMap((t) => t.rows.map((r) => r.cells.join(' | '))),
	];
	return [...new Set(texts.flatMap((t) => factsOf(t, article.locale)).map((f) => `${f.kind} ${f.value}`))].sort();
}

describe.each(others)('every page in English and in %s', (locale) => {
	const translated = readArticles(`content/docs/${locale}`);
	// Every page that exists in both languages.
	const pairs = english.flatMap((en) => {
		const other = translated.find((t) => t.id === en.id);
		return other ? [[en.id || 'home', en, other] as const] : [];
	});

	it('has no translation without its English page', () => {
		const inEnglish = new Set(mdxFiles(DEFAULT_LOCALE));
		expect(mdxFiles(locale).filter((f) => !inEnglish.has(f))).toEqual([]);
	});

	it('compares the pages that exist in both languages', () => {
		expect(pairs.length).toBe(mdxFiles(locale).length);
		expect(pairs.length).toBeGreaterThan(0);
	});

	it.each(pairs)('%s: the same outline (heading depths, in order)', (_, en, other) => {
		expect(
			other.outline.map((h) => '#'.repeat(h.depth)),
			`${other.file} vs ${en.file}`,
		).toEqual(en.outline.map((h) => '#'.repeat(h.depth)));
	});

	it.each(pairs)('%s: the same rule tables under the same headings', (_, en, other) => {
		const tables = (a: Article) => a.markers.map((m) => `${m.spec} in section ${sectionOf(a, m.line)}`);
		expect(tables(other), `${other.file}: copy the rules-table markers of ${en.file}, then npm run fix`).toEqual(
			tables(en),
		);
	});

	it.each(pairs)('%s: the same widgets under the same headings', (_, en, other) => {
		expect(widgets(other), `${other.file} vs ${en.file}`).toEqual(widgets(en));
	});

	it.each(pairs)('%s: links to the same pages, each in its own language', (_, en, other) => {
		expect(linkedPages(other), `${other.file} vs ${en.file}`).toEqual(linkedPages(en));
		expect(
			other.source.match(/\/docs\/[a-z]{2}\//g)?.filter((p) => p !== `/docs/${locale}/`) ?? [],
			`${other.file} links pages of another language`,
		).toEqual([]);
	});

	it.each(pairs)('%s: states the same numbers and dates', (_, en, other) => {
		const [stated, translated] = [facts(en), facts(other)];
		const difference = {
			[`only in ${en.file}`]: stated.filter((f) => !translated.includes(f)),
			[`only in ${other.file}`]: translated.filter((f) => !stated.includes(f)),
		};
		expect(difference).toEqual({ [`only in ${en.file}`]: [], [`only in ${other.file}`]: [] });
	});
});
