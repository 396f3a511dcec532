import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from './project-copy.ts';

// A `.md` article (Markdown, not MDX) with an HTML comment builds in both languages: its page, its Markdown copy and
// llms-full.txt all read it as Markdown (issue 21: llms-full.txt read it as MDX and failed on the comment).
const SLUG = 'troubleshooting/faq/editor-notes';
const article = (title: string, text: string) =>
	`---\ntitle: ${title}\ndescription: ${title}.\n---\n\n${text}\n\n<!-- editor note: checked with support -->\n\n<details>\n<summary>${title}?</summary>\n\n${text}\n\n</details>\n`;
const TEXT = { en: 'Plain Markdown words.', ko: '마크다운으로 쓴 글이에요.' };

let copy: ProjectCopy;
let result: { status: number | null; output: string };
beforeAll(() => {
	copy = copyProject();
	writeFileSync(join(copy.dir, `content/docs/en/${SLUG}.md`), article('Editor notes', TEXT.en));
	writeFileSync(join(copy.dir, `content/docs/ko/${SLUG}.md`), article('편집 메모', TEXT.ko));
	// The page's section is content: one more id in content/docs/sections.json.
	const sections = join(copy.dir, 'content/docs/sections.json');
	const json = JSON.parse(readFileSync(sections, 'utf8'));
	json.sections.find((s: { label: { en: string } }) => s.label.en === 'FAQ').pages.push(SLUG);
	writeFileSync(sections, JSON.stringify(json, null, 2));
	result = copy.build();
}, 180_000);
afterAll(() => copy?.remove());

describe('astro build with a .md article holding an HTML comment', () => {
	it('succeeds', () => {
		expect(result.status, result.output).toBe(0);
	});

	it.each([
		{ locale: 'en', llmsFull: 'llms-full.txt' },
		{ locale: 'ko', llmsFull: 'ko/llms-full.txt' },
	] as const)('writes its $locale page, Markdown copy and llms-full.txt', ({ locale, llmsFull }) => {
		const read = (file: string) => readFileSync(join(copy.dir, 'dist', file), 'utf8');
		expect(read(`${locale}/${SLUG}/index.html`)).toContain(TEXT[locale]);
		expect(read(`${locale}/${SLUG}.md`)).toContain(TEXT[locale]);
		expect(read(`${locale}/${SLUG}.md`)).not.toContain('editor note');
		expect(read(llmsFull)).toContain(TEXT[locale]);
	});
});
