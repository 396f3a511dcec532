import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { htmlFiles } from '../../src/lib/site-links.ts';
import { changeLog } from '../../src/rules/committed-changes.ts';

// The change log as the built site publishes it: the pages, the feeds (parsed with a feed library), the head link of
// every page, llms.txt and rules.json. The first entry is written out by hand from content/rules/changes.json.

const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const FIRST = {
	id: '2026-11-22-sources',
	en: { date: 'Nov 22, 2026', summary: 'checked against the live pages on Nov 22, 2026: the plans' },
	ko: { date: '2026년 11월 22일', summary: '2026년 11월 22일에 Carat 도움말 센터 문서와 대조해' },
};
const LOCALES = ['en', 'ko'] as const;

describe.each(LOCALES)('the %s change log', (locale) => {
	it('has a page listing the entries newest first, each anchored by its id, and a Markdown copy', () => {
		const html = read(`${locale}/changes/index.html`);
		expect(html).toContain(`<h3 id="${FIRST.id}"`);
		expect(html).toContain(`<time datetime="2026-11-22">${FIRST[locale].date}</time>`);
		expect(html).toContain(FIRST[locale].summary);
		const ids = [...html.matchAll(/<h3 id="(\d{4}-\d{2}-\d{2}[^"]*)"/g)].map((m) => m[1]);
		expect(ids).toEqual(changeLog.map((e) => e.id).toReversed());
		expect(html).toContain(`href="/docs/${locale}/changes.rss"`);
		// In the sidebar of every page, as the other articles are.
		expect(read(`${locale}/about/accessibility/index.html`)).toContain(`href="/docs/${locale}/changes/"`);
		const md = read(`${locale}/changes.md`);
		expect(md).toContain(`### ${FIRST[locale].date}`);
		expect(md).toContain(FIRST[locale].summary);
	});

	it('has an RSS feed a feed library reads: title, language, one item per entry with its date and link', () => {
		const feed = parseFeed(read(`${locale}/changes.rss`));
		expect(feed.meta.type).toBe('rss');
		expect(feed.language).toBe(locale);
		expect(feed.url).toBe(`https://carat.im/docs/${locale}/changes/`);
		expect(feed.items.map((i) => i.url)).toEqual(
			changeLog.toReversed().map((e) => `https://carat.im/docs/${locale}/changes/#${e.id}`),
		);
		const first = feed.items.at(-1)!;
		expect(first.title).toBe(FIRST[locale].date);
		expect(first.published?.toISOString()).toBe('2026-11-22T12:00:00.000Z');
		expect(first.description).toContain(FIRST[locale].summary);
	});

	it('is linked from the head of every page in that language', () => {
		const pages = htmlFiles('dist').filter((f) => f.startsWith(`dist/${locale}/`));
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages)
			expect(readFileSync(page, 'utf8'), page).toMatch(
				new RegExp(
					`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="/docs/${locale}/changes.rss"`,
				),
			);
	});
});

describe('the change log for agents', () => {
	it('llms.txt lists every entry with its date, English summary and anchor', () => {
		const llms = read('llms.txt');
		expect(llms).toContain('## Rule changes');
		expect(llms).toContain(
			`- [2026-11-22](https://carat.im/docs/en/changes/#${FIRST.id}): The rules as the Carat help center's articles`,
		);
		expect(llms).toContain('https://carat.im/docs/ko/changes.rss');
	});
	it('rules.json carries the change log as `changes`, and `checked` is no earlier than its last entry', () => {
		const rules = JSON.parse(read('rules.json'));
		expect(rules.changes).toEqual(changeLog);
		expect(rules.changes[0]).toMatchObject({ id: FIRST.id, date: '2026-11-22', rules: [] });
		expect(rules.checked >= changeLog.at(-1)!.date).toBe(true);
	});
});
