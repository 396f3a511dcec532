import { describe, expect, it } from 'vitest';
import { readSections, sectionProblems, type Section } from '../../src/lib/sections.ts';

// The sidebar's sections are content (content/docs/sections.json): a page in no section, a listed page that does not
// exist, or a page listed twice is one line naming the file, the line and what to add or remove.
const pages = new Map([
	['', 'content/docs/en/index.mdx'],
	['tools/am-i-unlimited', 'content/docs/en/tools/am-i-unlimited.mdx'],
	['troubleshooting/faq/notes', 'content/docs/en/troubleshooting/faq/notes.md'],
]);
const sections = (...slugs: string[]): Section[] => [{ label: 'Tools', translations: { ko: '도구' }, slugs }];

describe('sectionProblems', () => {
	it('reads the committed sections, both labels of each', () => {
		const committed = readSections();
		expect(committed.map((s) => [s.label, s.translations.ko])).toContainEqual(['FAQ', '자주 묻는 질문']);
	});
	it.each([
		[['tools/am-i-unlimited', 'troubleshooting/faq/notes'], []],
		[
			['tools/am-i-unlimited'],
			[
				'content/docs/en/troubleshooting/faq/notes.md:1: the page is in no section — add "troubleshooting/faq/notes" to a section\'s "pages" in content/docs/sections.json',
			],
		],
		[
			['tools/am-i-unlimited', 'troubleshooting/faq/notes', 'tools/nope'],
			[
				expect.stringMatching(
					/^content\/docs\/sections\.json:\d+: "tools\/nope" is listed but there is no content\/docs\/en\/tools\/nope\.mdx \(or \.md\)/,
				),
			],
		],
		[
			['tools/am-i-unlimited', 'troubleshooting/faq/notes', 'tools/am-i-unlimited'],
			[expect.stringMatching(/^content\/docs\/sections\.json:\d+: "tools\/am-i-unlimited" is listed twice/)],
		],
	])('%j', (slugs, problems) => {
		expect(sectionProblems(sections(...slugs), pages)).toEqual(problems);
	});
});
