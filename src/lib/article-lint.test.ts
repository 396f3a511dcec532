import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mdxToJs, markdownToJs } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { articleProblems, formatProblems } from './article-lint.ts';
import { articlePolicy } from './satteri-article-policy.ts';
import { markdownCopy, mdxToMarkdown } from './mdx-to-md.ts';

const parseMdx = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
const IMPORTS = "import { Aside, LinkCard } from '@astrojs/starlight/components';\n\n";

// Each unsafe case starts on line 3, after the import block, so the reported line is checked too.
const REFUSED: { name: string; mdx: string; says: string; line?: number }[] = [
	{ name: 'an event handler on an image', mdx: '<img src="/docs/x.png" onerror="alert(1)" />', says: '<img onerror>: event-handler attributes' },
	{ name: 'a camel-case event handler on a component', mdx: '<LinkCard title="x" href="/docs/en/" onClick="steal()" />', says: '<LinkCard onClick>: event-handler' },
	{ name: 'a javascript: Markdown link', mdx: '[x](javascript:alert(1))', says: 'link javascript:alert(1): a javascript: URL runs code' },
	{ name: 'a javascript: URL hidden by case and a tab', mdx: '<a href="JaVa\tScRiPt:alert(1)">x</a>', says: '<a href>: a javascript: URL runs code' },
	{ name: 'a javascript: URL on a LinkCard', mdx: '<LinkCard title="x" href="javascript:alert(1)" />', says: '<LinkCard href>: a javascript: URL' },
	{ name: 'a data: image', mdx: '![x](data:image/svg+xml;base64,PHN2Zz4=)', says: 'image data:image/svg+xml;base64,PHN2Zz4=: a data: URL' },
	{ name: 'a data: link', mdx: '[x](data:text/html,<b>hi</b>)', says: 'a data: URL' },
	{ name: 'a script element', mdx: '<script>alert(1)</script>', says: '<script> is not allowed in an article' },
	{ name: 'an iframe', mdx: '<iframe src="/docs/en/" />', says: '<iframe> is not allowed in an article: it embeds another page' },
	{ name: 'an object', mdx: '<object data="/docs/x.pdf" />', says: '<object> is not allowed' },
	{ name: 'an embed', mdx: '<embed src="/docs/x.swf" />', says: '<embed> is not allowed' },
	{ name: 'an image from another origin', mdx: '![x](https://evil.example/pixel.png)', says: 'loads from another origin (https://evil.example)' },
	{ name: 'a protocol-relative image', mdx: '<img src="//evil.example/pixel.png" />', says: 'loads from another origin (https://evil.example)' },
	{ name: 'a video poster from another origin', mdx: '<video poster="https://cdn.example/p.jpg" />', says: '<video poster>: loads from another origin' },
	{ name: 'a srcset candidate from another origin', mdx: '<img src="/docs/a.png" srcset="/docs/a.png 1x, https://cdn.example/a2.png 2x" />', says: '<img srcset>: loads from another origin' },
	{ name: 'a reference-style image from another origin', mdx: '![x][pic]\n\n[pic]: https://evil.example/p.png', says: 'link definition [pic]: https://evil.example/p.png: loads from another origin', line: 5 },
	{ name: 'a style attribute', mdx: '<span style="color:red">x</span>', says: '<span style>: inline styles are refused' },
	{ name: 'a srcdoc attribute', mdx: '<div srcdoc="<script>alert(1)</script>" />', says: '<div srcdoc>: embeds a whole document' },
	{ name: 'a URL written as an expression', mdx: '<a href={"java" + "script:alert(1)"}>x</a>', says: '<a href>: a URL must be written as plain text' },
	{ name: 'a spread attribute', mdx: '<LinkCard {...props} />', says: '<LinkCard {…}>: a spread attribute' },
	{ name: 'a JavaScript expression', mdx: '{1 + 1}', says: '{1 + 1}: an article may not contain JavaScript expressions' },
	{ name: 'JSX inside an expression', mdx: '{<img src="x" onError={alert} />}', says: 'an article may not contain JavaScript expressions' },
	{ name: 'an export', mdx: 'export const Evil = () => null;', says: 'an article may import components, not export code' },
	{ name: 'an import from elsewhere', mdx: "import X from 'evil-package';", says: 'import from "evil-package": an article may import only from' },
];

const ALLOWED = [
	{ name: 'Starlight components and the Korean label span', mdx: '<Aside type="tip" title="Hi">\n[My Credits(<span lang="ko">내 크레딧</span>)](https://carat.im/en/subscription)\n</Aside>' },
	{ name: 'a link card to another article', mdx: '<LinkCard title="x" href="/docs/en/tools/am-i-unlimited/" description="d" />' },
	{ name: 'details and summary', mdx: '<details>\n<summary>Q?</summary>\n\nA.\n</details>' },
	{ name: 'links to other sites and mail', mdx: '[a](https://example.com/x) [b](mailto:help@carat.im) [c](../sibling/#id)' },
	{ name: 'an image from this site', mdx: '![x](/docs/images/a.png) <img src="https://carat.im/docs/a.png" alt="" />' },
	{ name: 'a reference-style link to another site', mdx: '[x][ref]\n\n[ref]: https://example.com/' },
	{ name: 'an MDX comment', mdx: '{/* a note for editors */}' },
	{ name: 'a widget with a client directive', mdx: "import AmIUnlimited from '@components/AmIUnlimited.astro';\n\n<AmIUnlimited client:visible />" },
];

describe('article HTML policy', () => {
	describe.each(REFUSED)('refuses $name', ({ mdx, says, line = 3 }) => {
		it('in the lint over remark’s mdast, at its line', () => {
			const problems = articleProblems(parseMdx(`${IMPORTS}${mdx}`));
			expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining(says));
			expect(problems.find((p) => p.message.includes(says))!.line).toBe(line);
		});

		it('in the build’s Sätteri plugin, naming the file and line', () => {
			const fileURL = pathToFileURL(join(process.cwd(), 'content/docs/en/x.mdx'));
			const compile = () => mdxToJs(`---\ntitle: X\n---\n${IMPORTS}${mdx}\n`, { fileURL, mdastPlugins: [articlePolicy()] });
			expect(compile).toThrow(/Unsafe HTML in an article/);
			expect(compile).toThrow(new RegExp(`content/docs/en/x\\.mdx:${line + 3}:\\d+: [^\\n]*${says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		});

		it('and never copies it into a Markdown copy', () => {
			expect(() => markdownCopy({ title: 'T', body: `${IMPORTS}${mdx}`, source: { file: 'content/docs/en/x.mdx', firstLine: 4 } })).toThrow(`content/docs/en/x.mdx:${line + 3}:`);
		});
	});

	it.each(ALLOWED)('allows $name', ({ mdx }) => {
		expect(articleProblems(parseMdx(`${IMPORTS}${mdx}`))).toEqual([]);
		expect(() => mdxToJs(`${IMPORTS}${mdx}`, { fileURL: pathToFileURL(join(process.cwd(), 'content/docs/en/x.mdx')), mdastPlugins: [articlePolicy()] })).not.toThrow();
	});

	it.each([
		{ name: 'a script tag', md: 'Text.\n\n<script>alert(1)</script>', says: '<script> is not allowed', line: 3 },
		{ name: 'an event handler on the second line of a block', md: 'Text.\n\n<p>\n<img src="/docs/a.png" onerror="x()">\n</p>', says: '<img onerror>', line: 4 },
	])('reads the raw HTML of a .md article: $name', ({ md, says, line }) => {
		const problems = articleProblems(unified().use(remarkParse).parse(md) as Root);
		expect(problems).toContainEqual(expect.objectContaining({ line, message: expect.stringContaining(says) }));
		const fileURL = pathToFileURL(join(process.cwd(), 'content/docs/en/x.md'));
		expect(() => markdownToJs(md, { fileURL, mdastPlugins: [articlePolicy()] })).toThrow(`content/docs/en/x.md:${line}:`);
	});

	it('leaves Markdown outside content/docs alone (it is not an article)', () => {
		const fileURL = pathToFileURL(join(process.cwd(), 'src/pages/x.mdx'));
		expect(() => mdxToJs('{1 + 1}', { fileURL, mdastPlugins: [articlePolicy()] })).not.toThrow();
	});

	it('reports every problem of a file at once, in line order', () => {
		const problems = articleProblems(parseMdx('[a](javascript:a)\n\n<script />\n\n<img src="x" onload="y" />'));
		expect(problems.map((p) => p.line)).toEqual([1, 3, 5]);
		expect(formatProblems('content/docs/en/x.mdx', problems, 5).split('\n').slice(1)).toEqual([
			expect.stringMatching(/^content\/docs\/en\/x\.mdx:5:1: link javascript:a/),
			expect.stringMatching(/^content\/docs\/en\/x\.mdx:7:1: <script>/),
			expect.stringMatching(/^content\/docs\/en\/x\.mdx:9:1: <img onload>/),
		]);
	});

	it('keeps mdxToMarkdown working on safe bodies', () => {
		expect(mdxToMarkdown('Plain **text**.')).toBe('Plain **text**.');
	});
});
