import { describe, expect, it } from 'vitest';
import { readArticles } from './mdx-articles.ts';
import { headingAnchors } from './article-headings.ts';

describe('headingAnchors', () => {
	it('gives repeated headings numbered anchors, and reads headings with code, links, emphasis and JSX', () => {
		const source =
			'---\ntitle: X\n---\n## FAQ\n\n## FAQ\n\n### The `credits` [field](/docs/en/)\n\n## *Max* <span lang="ko">맥스</span> plan\n';
		expect(headingAnchors(source)).toEqual(['faq', 'faq-1', 'the-credits-field', 'max-맥스-plan']);
	});

	it('finds, for every article, the anchors the rule tooling (remark) finds', () => {
		const articles = readArticles();
		expect(articles.length).toBeGreaterThan(5);
		for (const article of articles) expect(headingAnchors(article.source), article.file).toEqual(article.headings);
	});
});
