import { describe, expect, it } from 'vitest';
import { buildLlmsFull } from './llms-txt.ts';
import { markdownCopy } from './mdx-to-md.ts';
import type { Locale } from './locales.ts';

// A `.md` article is read as Markdown by its Markdown copy and llms-full.txt, as by its page (issue 21: it was read
// as MDX, so an HTML comment failed llms-full.txt with a line counted from the body and no file). Every error names
// the article's file and the line of the file, frontmatter counted: each body here starts on file line 5.
const FIRST_LINE = 5;
const page = (locale: Locale, file: string, body: string) => ({
	slug: 'troubleshooting/faq/x',
	locale,
	title: 'X',
	description: 'D',
	body,
	url: `https://carat.im/docs/${locale}/troubleshooting/faq/x/`,
	markdownUrl: `https://carat.im/docs/${locale}/troubleshooting/faq/x.md`,
	source: { file: `content/docs/${locale}/${file}`, firstLine: FIRST_LINE },
});

describe.each<Locale>(['en', 'ko'])('a .md article in content/docs/%s', (locale) => {
	const body =
		'Before.\n\n<!-- editor note: check the price -->\n\n<details>\n<summary>Q?</summary>\n\nAnswer.\n\n</details>\n\nAfter.';

	it('builds its Markdown copy and llms-full.txt with an HTML comment in it, leaving the comment out', () => {
		const copy = markdownCopy(page(locale, 'x.md', body));
		expect(copy).toContain('Before.');
		expect(copy).toContain('After.');
		expect(copy).toContain('<summary>Q?</summary>');
		expect(copy).not.toContain('editor note');
		expect(buildLlmsFull([page(locale, 'x.md', body)], locale)).toContain('After.');
	});

	it.each([
		{
			name: 'an HTML comment in an .mdx article',
			file: 'x.mdx',
			body: 'Text.\n\n<!-- note -->',
			says: `x.mdx:${FIRST_LINE + 2}:1: Unexpected character`,
		},
		{
			name: 'a script tag in a .md article',
			file: 'x.md',
			body: 'Text.\n\nMore.\n\n<script>alert(1)</script>',
			says: `x.md:${FIRST_LINE + 4}:1: <script> is not allowed`,
		},
		{
			name: 'the noscript differential in a .md article',
			file: 'x.md',
			body: 'Text.\n\n<noscript><p title="</noscript><img src=x onerror=alert(2)>"></p></noscript>',
			says: `x.md:${FIRST_LINE + 2}:1: <noscript> is not allowed`,
		},
	])('names the file and its own line for $name, in the copy and in llms-full.txt', ({ file, body: bad, says }) => {
		const expected = `content/docs/${locale}/${says}`;
		expect(() => markdownCopy(page(locale, file, bad))).toThrow(expected);
		expect(() => buildLlmsFull([page(locale, file, bad)], locale)).toThrow(expected);
	});
});
