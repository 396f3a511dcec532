import { describe, expect, it } from 'vitest';
import { readArticles } from './mdx-articles.ts';
import { headingAnchors } from './article-headings.ts';

describe('headingAnchors', () => {
	it('gives repeated headings numbered anchors, and reads headings with code, links, emphasis and JSX', () => {
		const source =
			'---\ntitle: X\n---\n## FAQ\n\n## FAQ\n\n### The `credits` [field](/docs/en/)\n\n## *Max* <span lang="ko">맥스</span> plan\n';
		expect(headingAnchors(source)).toEqual(['faq', 'faq-1', 'the-credits-field', 'max-맥스-plan']);
	});

	it('places, in every article, as many headings as the rule tooling (remark) finds, each at its line', () => {
		const articles = readArticles();
		expect(articles.length).toBeGreaterThan(5);
		for (const article of articles) {
			expect(article.outline.length, article.file).toBe(headingAnchors(article.source).length);
			const lines = article.source.split('\n');
			for (const { line } of article.outline) expect(lines[line - 1], article.file).toMatch(/^#{1,6} /);
		}
	});
});
