import { describe, expect, it } from 'vitest';
import { readArticles, type Article } from '../../src/lib/mdx-articles.ts';
import { LOCALE_KEYS, DEFAULT_LOCALE } from '../../src/lib/locales.ts';
import { pairProblems, pairingProblems } from '../../src/lib/pairing-checks.ts';

// A translation says what its English page says (src/lib/pairing-checks.ts, which `npm run check` and the build run):
// the same outline, rule tables and widgets under the same headings, the same pages linked, the same numbers and
// dates. An English page not translated yet is no failure; a translation without its English page is.
const english = readArticles(`content/docs/${DEFAULT_LOCALE}`);
const others = LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE);

describe.each(others)('every page in English and in %s', (locale) => {
	const translated = readArticles(`content/docs/${locale}`);
	it('compares the pages that exist in both languages', () => {
		expect(translated.filter((t) => english.some((e) => e.id === t.id)).length).toBeGreaterThan(0);
	});
	it.each(translated.map((t) => [t.file, t] as const))('%s says what its English page says', (_, page) => {
		expect(pairingProblems(english, [page])).toEqual([]);
	});
});

describe('pairProblems', () => {
	const faq = (locale: 'en' | 'ko') =>
		readArticles(`content/docs/${locale}`).find((a) => a.id === 'troubleshooting/faq/plus-plan-faq')!;
	const changed = (a: Article, source: Partial<Article>): Article => ({ ...a, ...source });
	it('names a figure only one language states', () => {
		const ko = faq('ko');
		const prose = ko.prose.map((p) => ({ ...p, text: p.text.replace('303개', '304개') }));
		expect(pairProblems(faq('en'), changed(ko, { prose })).join('\n')).toMatch(
			/^content\/docs\/ko\/troubleshooting\/faq\/plus-plan-faq\.mdx:1: the numbers and dates differ .*only in the English page: generations 303; only here: generations 304\)/,
		);
	});
	it('names a heading the translation lacks, at its line', () => {
		const ko = faq('ko');
		expect(pairProblems(faq('en'), changed(ko, { outline: ko.outline.slice(0, -1) }))[0]).toMatch(
			/plus-plan-faq\.mdx:\d+: its headings .* are not those of content\/docs\/en\/troubleshooting\/faq\/plus-plan-faq\.mdx/,
		);
	});
	it('names a translation without its English page', () => {
		const ko = changed(faq('ko'), {
			id: 'troubleshooting/faq/refunds',
			file: 'content/docs/ko/troubleshooting/faq/refunds.mdx',
		});
		expect(pairingProblems(english, [ko])).toEqual([
			'content/docs/ko/troubleshooting/faq/refunds.mdx:1: there is no English page for it (content/docs/en/troubleshooting/faq/refunds.mdx) — write the English page first, or remove this one',
		]);
	});
});
