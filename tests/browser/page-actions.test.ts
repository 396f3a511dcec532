import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { desktop, useSiteInBrowser } from './harness.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';
import { assistantPrompt } from '../../src/lib/page-actions.ts';
import { formatDate } from '../../src/rules/words/en.ts';

// The page actions under every article's title: "Copy page" puts the Markdown copy on the clipboard, "View as
// Markdown" links to it, "Open in ChatGPT/Claude" ask the assistant to read it; and the date it was last checked.

const site = useSiteInBrowser({ beforeAll, afterAll });

// Every page with a title (the splash home page has a hero instead, and the 404 page no Markdown copy).
const ARTICLES = htmlFiles('dist')
	.filter((f) => f.startsWith('dist/en/') && f !== 'dist/en/index.html')
	.map((f) => ({
		path: `/docs/${f.slice('dist/'.length).replace(/index\.html$/, '')}`,
		md: f.replace(/^dist\//, '').replace(/\/index\.html$/, '.md'),
	}));

it('finds the articles', () => expect(ARTICLES.length).toBeGreaterThan(10));

describe.each(ARTICLES)('$path', ({ path, md }) => {
	it('"Copy page" copies the Markdown copy, exactly', async () => {
		const context = await site.browser.newContext({ ...desktop, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site.origin}${path}`);
		await page.getByRole('button', { name: 'Copy page' }).click();
		await page.getByRole('status').filter({ hasText: 'Page copied as Markdown.' }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(`dist/${md}`, 'utf8'));
		await context.close();
	});

	it('links to its Markdown copy and asks ChatGPT and Claude to read it; shows when it was last checked', async () => {
		const html = readFileSync(`dist/${md.replace(/\.md$/, '/index.html')}`, 'utf8');
		const href = (label: string) =>
			html.match(new RegExp(`<a href="([^"]+)"[^>]*>${label}</a>`))?.[1]?.replaceAll('&amp;', '&');
		expect(href('View as Markdown')).toBe(`/docs/${md}`);
		const prompt = assistantPrompt(`https://carat.im/docs/${md}`);
		expect(new URL(href('Open in ChatGPT')!).searchParams.get('q')).toBe(prompt);
		expect(new URL(href('Open in Claude')!).searchParams.get('q')).toBe(prompt);
		const date = html.match(/<time datetime="(\d{4}-\d{2}-\d{2})"[^>]*>([^<]+)<\/time>/);
		expect(date && [date[2], /(Last|Rules last) checked against the Carat help center/.test(html)]).toEqual([
			formatDate(date![1]!),
			true,
		]);
	});
});
