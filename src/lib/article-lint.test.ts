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
const LOCALES = ['en', 'ko'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const IMPORTS = "import { Aside, LinkCard } from '@astrojs/starlight/components';\n\n";

// Each unsafe case starts on line 3, after the import block, so the reported line is checked too.
const REFUSED: { name: string; mdx: string; says: string; line?: number }[] = [
	{
		name: 'an event handler on an image',
		mdx: '<img src="/docs/x.png" onerror="alert(1)" />',
		says: '<img onerror>: event-handler attributes',
	},
	{
		name: 'a camel-case event handler on a component',
		mdx: '<LinkCard title="x" href="/docs/en/" onClick="steal()" />',
		says: '<LinkCard onClick>: event-handler',
	},
	{
		name: 'a javascript: Markdown link',
		mdx: '[x](javascript:alert(1))',
		says: 'link javascript:alert(1): a javascript: URL runs code',
	},
	{
		name: 'a javascript: URL hidden by case and a tab',
		mdx: '<a href="JaVa\tScRiPt:alert(1)">x</a>',
		says: '<a href>: a javascript: URL runs code',
	},
	{
		name: 'a javascript: URL on a LinkCard',
		mdx: '<LinkCard title="x" href="javascript:alert(1)" />',
		says: '<LinkCard href>: a javascript: URL',
	},
	{
		name: 'a data: image',
		mdx: '![x](data:image/svg+xml;base64,PHN2Zz4=)',
		says: 'image data:image/svg+xml;base64,PHN2Zz4=: a data: URL',
	},
	{ name: 'a data: link', mdx: '[x](data:text/html,<b>hi</b>)', says: 'a data: URL' },
	{ name: 'a script element', mdx: '<script>alert(1)</script>', says: '<script> is not allowed in an article' },
	{
		name: 'an iframe',
		mdx: '<iframe src="/docs/en/" />',
		says: '<iframe> is not allowed in an article: it embeds another page',
	},
	{ name: 'an object', mdx: '<object data="/docs/x.pdf" />', says: '<object> is not allowed' },
	{ name: 'an embed', mdx: '<embed src="/docs/x.swf" />', says: '<embed> is not allowed' },
	{
		name: 'an image from another origin',
		mdx: '![x](https://evil.example/pixel.png)',
		says: 'loads from another origin (https://evil.example)',
	},
	{
		name: 'a protocol-relative image',
		mdx: '<img src="//evil.example/pixel.png" />',
		says: 'loads from another origin (https://evil.example)',
	},
	{
		name: 'a video poster from another origin',
		mdx: '<video poster="https://cdn.example/p.jpg" />',
		says: '<video poster>: loads from another origin',
	},
	{
		name: 'a srcset candidate from another origin',
		mdx: '<img src="/docs/a.png" srcset="/docs/a.png 1x, https://cdn.example/a2.png 2x" />',
		says: '<img srcset>: loads from another origin',
	},
	{
		name: 'a reference-style image from another origin',
		mdx: '![x][pic]\n\n[pic]: https://evil.example/p.png',
		says: 'link definition [pic]: https://evil.example/p.png: loads from another origin',
		line: 5,
	},
	{
		name: 'a style attribute',
		mdx: '<span style="color:red">x</span>',
		says: '<span style>: inline styles are refused',
	},
	{
		name: 'a srcdoc attribute',
		mdx: '<div srcdoc="<script>alert(1)</script>" />',
		says: '<div srcdoc>: embeds a whole document',
	},
	{
		name: 'a URL written as an expression',
		mdx: '<a href={"java" + "script:alert(1)"}>x</a>',
		says: '<a href>: a {…} expression is not allowed',
	},
	{ name: 'a spread attribute', mdx: '<LinkCard {...props} />', says: '<LinkCard {…}>: a spread attribute' },
	{
		name: 'a JavaScript expression',
		mdx: '{1 + 1}',
		says: '{1 + 1}: an article may not contain JavaScript expressions',
	},
	{
		name: 'JSX inside an expression',
		mdx: '{<img src="x" onError={alert} />}',
		says: 'an article may not contain JavaScript expressions',
	},
	{
		name: 'an export',
		mdx: 'export const Evil = () => null;',
		says: 'an article may import components, not export code',
	},
	{
		name: 'an import from elsewhere',
		mdx: "import X from 'evil-package';",
		says: 'import from "evil-package" (evil-package): an article may import only from',
	},
	// Issue 21: the holes a probe found in the deny-list, and their neighbours.
	{
		name: 'set:html on an element',
		mdx: '<div set:html="<img src=x onerror=alert(1)><meta http-equiv=refresh content=\'30;url=https://example.org/\'>" />',
		says: '<div set:html>: an Astro set: directive writes HTML',
	},
	{ name: 'set:text on a span', mdx: '<span set:text="x" />', says: '<span set:text>: an Astro set: directive' },
	{
		name: 'set:html on a Fragment',
		mdx: '<Fragment set:html="<img src=x onerror=alert(1)>" />',
		says: '<Fragment> is not allowed in an article: articles may use only Aside',
	},
	{
		name: 'a Node call in an attribute',
		mdx: "<span title={globalThis.process.getBuiltinModule('node:fs').writeFileSync('/tmp/x','x')}>x</span>",
		says: '<span title>: a {…} expression is not allowed',
	},
	{
		name: 'an expression in a component prop',
		mdx: '<Aside title={process.cwd()}>x</Aside>',
		says: '<Aside title>: a {…} expression is not allowed',
	},
	{
		name: 'an expression as a child',
		mdx: '<Aside>{process.cwd()}</Aside>',
		says: '{process.cwd()}: an article may not contain JavaScript expressions',
	},
	{
		name: 'an expression inside text',
		mdx: 'Built in {process.cwd()}.',
		says: '{process.cwd()}: an article may not contain JavaScript expressions',
	},
	{
		name: 'an import climbing out of @components',
		mdx: "import { CSP } from '@components/../lib/csp.ts';",
		says: 'import from "@components/../lib/csp.ts" (src/lib/csp.ts): an article may import only',
	},
	{
		name: 'an import of a non-widget component',
		mdx: "import X from '@components/PageActions.astro';",
		says: 'import from "@components/PageActions.astro" (src/components/PageActions.astro)',
	},
	{
		name: 'a widget import with a query',
		mdx: "import AmIUnlimited from '@components/AmIUnlimited.astro?raw';",
		says: 'import from "@components/AmIUnlimited.astro?raw"',
	},
	{
		name: 'a Starlight component renamed',
		mdx: "import { Code as CardGrid } from '@astrojs/starlight/components';",
		says: 'import of CardGrid: an article may import only',
	},
	{
		name: 'an unlisted Starlight component',
		mdx: "import { Code } from '@astrojs/starlight/components';",
		says: 'import of Code: an article may import only',
	},
	{ name: 'an unknown component', mdx: '<Evil />', says: '<Evil> is not allowed in an article' },
	{ name: 'a member component', mdx: '<Evil.Thing />', says: '<Evil.Thing> is not allowed in an article' },
	{ name: 'a fragment', mdx: '<>x</>', says: '<> is not allowed in an article' },
	{
		name: 'a client directive',
		mdx: '<AmIUnlimited client:load />',
		says: '<AmIUnlimited client:load>: Astro directives are not allowed',
	},
	{
		name: 'an is:raw directive',
		mdx: '<span is:raw>x</span>',
		says: '<span is:raw>: Astro directives are not allowed',
	},
	{
		name: 'a meta refresh',
		mdx: '<meta http-equiv="refresh" content="0;url=https://example.org/" />',
		says: '<meta> is not allowed in an article: it can redirect the page',
	},
	{ name: 'a noscript element', mdx: '<noscript><p>x</p></noscript>', says: '<noscript> is not allowed in an article' },
	{
		name: 'an element off the list',
		mdx: '<marquee>x</marquee>',
		says: '<marquee> is not allowed in an article: only the elements listed',
	},
	{
		name: 'a form',
		mdx: '<form action="https://evil.example/"><button>Go</button></form>',
		says: '<form> is not allowed in an article: it sends',
	},
	{
		name: 'an attribute off the list',
		mdx: '<span data-x="1">x</span>',
		says: '<span data-x>: not an allowed attribute',
	},
	{
		name: 'a prop off the component’s list',
		mdx: '<LinkCard title="x" href="/docs/en/" target="_top" />',
		says: '<LinkCard target>: not an allowed attribute',
	},
];

const ALLOWED = [
	{
		name: 'Starlight components and the Korean label span',
		mdx: '<Aside type="tip" title="Hi">\n[My Credits(<span lang="ko">내 크레딧</span>)](https://carat.im/en/subscription)\n</Aside>',
	},
	{
		name: 'a link card to another article',
		mdx: '<LinkCard title="x" href="/docs/en/tools/am-i-unlimited/" description="d" />',
	},
	{ name: 'details and summary', mdx: '<details>\n<summary>Q?</summary>\n\nA.\n</details>' },
	{
		name: 'links to other sites and mail',
		mdx: '[a](https://example.com/x) [b](mailto:help@carat.im) [c](../sibling/#id)',
	},
	{ name: 'an image from this site', mdx: '![x](/docs/images/a.png) <img src="https://carat.im/docs/a.png" alt="" />' },
	{ name: 'a reference-style link to another site', mdx: '[x][ref]\n\n[ref]: https://example.com/' },
	{ name: 'an MDX comment', mdx: '{/* a note for editors */}' },
	{ name: 'a widget', mdx: "import AmIUnlimited from '@components/AmIUnlimited.astro';\n\n<AmIUnlimited />" },
	{ name: 'a rules-table marker', mdx: '{/* rules-table unlimited kind=image */}' },
	{
		name: 'an aria attribute and a bare attribute',
		mdx: '<details open aria-label="Q">\n<summary>Q?</summary>\n\nA.\n</details>',
	},
];

describe('article HTML policy', () => {
	describe.each(REFUSED)('refuses $name', ({ mdx, says, line = 3 }) => {
		it('in the lint over remark’s mdast, at its line', () => {
			const problems = articleProblems(parseMdx(`${IMPORTS}${mdx}`));
			expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining(says));
			expect(problems.find((p) => p.message.includes(says))!.line).toBe(line);
		});

		it.each(LOCALES)('in the build’s Sätteri plugin, naming the file and line (content/docs/%s)', (locale) => {
			const fileURL = pathToFileURL(join(process.cwd(), `content/docs/${locale}/x.mdx`));
			const compile = () =>
				mdxToJs(`---\ntitle: X\n---\n${IMPORTS}${mdx}\n`, { fileURL, mdastPlugins: [articlePolicy()] });
			expect(compile).toThrow(/Unsafe HTML in an article/);
			expect(compile).toThrow(new RegExp(`content/docs/${locale}/x\\.mdx:${line + 3}:\\d+: [^\\n]*${escape(says)}`));
		});

		it('and never copies it into a Markdown copy', () => {
			expect(() =>
				markdownCopy({ title: 'T', body: `${IMPORTS}${mdx}`, source: { file: 'content/docs/en/x.mdx', firstLine: 4 } }),
			).toThrow(`content/docs/en/x.mdx:${line + 3}:`);
		});
	});

	it.each(ALLOWED)('allows $name', ({ mdx }) => {
		expect(articleProblems(parseMdx(`${IMPORTS}${mdx}`))).toEqual([]);
		expect(() =>
			mdxToJs(`${IMPORTS}${mdx}`, {
				fileURL: pathToFileURL(join(process.cwd(), 'content/docs/en/x.mdx')),
				mdastPlugins: [articlePolicy()],
			}),
		).not.toThrow();
	});

	// Raw HTML of a .md article, as parse5 (and so the browser) reads it; each case's problem is on `line` of the file.
	const RAW_HTML_REFUSED = [
		{ name: 'a script tag', md: 'Text.\n\n<script>alert(1)</script>', says: '<script> is not allowed', line: 3 },
		{
			name: 'an event handler on the second line of a block',
			md: 'Text.\n\n<p>\n<img src="/docs/a.png" onerror="x()">\n</p>',
			says: '<img onerror>',
			line: 4,
		},
		{
			name: 'the noscript differential inline: the noscript',
			md: 'Text.\n\n<noscript><p title="</noscript><img src=x onerror=alert(2)>"></p></noscript>',
			says: '<noscript> is not allowed',
			line: 3,
		},
		{
			name: 'the noscript differential inline: its raw text',
			md: 'Text.\n\n<noscript><p title="</noscript><img src=x onerror=alert(2)>"></p></noscript>',
			says: 'unfinished HTML (eof-in-element-that-can-contain-only-text)',
			line: 3,
		},
		{
			name: 'the noscript differential in a block: the img the browser sees',
			md: 'Text.\n\n<div><noscript><p title="</noscript><img src=x onerror=alert(2)>"></p></noscript></div>',
			says: '<img onerror>',
			line: 3,
		},
		{
			name: 'a meta refresh behind a noscript',
			md: 'Text.\n\n<div><noscript><p title="</noscript><meta http-equiv=refresh content=0;url=https://example.org/>"></p></noscript></div>',
			says: '<meta> is not allowed',
			line: 3,
		},
		{
			name: 'a textarea swallowing what follows',
			md: 'Text <textarea> and more.',
			says: '<textarea> is not allowed',
			line: 1,
		},
		{
			name: 'a meta refresh',
			md: '<meta http-equiv="refresh" content="0;url=https://example.org/">',
			says: '<meta> is not allowed',
			line: 1,
		},
		{
			name: 'a tag left open',
			md: 'Text.\n\n<div title="x\nonmouseover=alert(1)',
			says: 'unfinished HTML (eof-in-',
			line: 3,
		},
		{
			name: 'a comment left open',
			md: 'Text.\n\n<!-- a note\n\n<img src=x onerror=alert(1)>',
			says: 'unfinished HTML (eof-in-comment)',
			line: 3,
		},
		{
			name: 'an inline tag off the list',
			md: 'Text with <marquee>x</marquee> inside.',
			says: '<marquee> is not allowed',
			line: 1,
		},
		{
			name: 'an attribute off the list',
			md: '<div data-x="1">\n\nx\n\n</div>',
			says: '<div data-x>: not an allowed attribute',
			line: 1,
		},
		{
			name: 'a set:html attribute',
			md: '<div set:html="<img src=x onerror=alert(1)>"></div>',
			says: '<div set:html>: an Astro set: directive',
			line: 1,
		},
		{
			name: 'an event handler in uppercase',
			md: '<P ONCLICK="x()">x</P>',
			says: '<p onclick>: event-handler',
			line: 1,
		},
	];

	describe.each(RAW_HTML_REFUSED)('reads the raw HTML of a .md article: $name', ({ md, says, line }) => {
		it('in the lint over remark’s mdast', () => {
			const problems = articleProblems(unified().use(remarkParse).parse(md) as Root);
			expect(problems).toContainEqual(expect.objectContaining({ line, message: expect.stringContaining(says) }));
		});
		it.each(LOCALES)('in the build’s Sätteri plugin (content/docs/%s)', (locale) => {
			const fileURL = pathToFileURL(join(process.cwd(), `content/docs/${locale}/x.md`));
			const compile = () => markdownToJs(`---\ntitle: X\n---\n${md}`, { fileURL, mdastPlugins: [articlePolicy()] });
			expect(compile).toThrow(new RegExp(`content/docs/${locale}/x\\.md:${line + 3}:\\d+: [^\\n]*${escape(says)}`));
		});
	});

	it.each([
		{ name: 'an HTML comment', md: 'Text.\n\n<!-- editor note -->\n\nMore.' },
		{
			name: 'details, summary and a Korean label span',
			md: '<details>\n<summary>Q?</summary>\n\n[내 크레딧](https://carat.im/) <span lang="ko">내 크레딧</span>\n\n</details>',
		},
		{ name: 'an image from this site', md: '<img src="/docs/a.png" alt="a" width="10">' },
	])('allows $name in a .md article', ({ md }) => {
		expect(articleProblems(unified().use(remarkParse).parse(md) as Root)).toEqual([]);
		for (const locale of LOCALES)
			expect(() =>
				markdownToJs(md, {
					fileURL: pathToFileURL(join(process.cwd(), `content/docs/${locale}/x.md`)),
					mdastPlugins: [articlePolicy()],
				}),
			).not.toThrow();
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
