import { describe, expect, it } from 'vitest';
import { bodyFirstLine, INDEX_NOTE, markdownCopy, mdxToMarkdown } from './mdx-to-md.ts';
import { COPY_WORDS } from './copy-words.ts';

describe('mdxToMarkdown', () => {
	it.each([
		{
			name: 'drops imports and MDX comments',
			input:
				"import { Aside } from '@astrojs/starlight/components';\nimport AmIUnlimited from '@components/AmIUnlimited.astro';\n\nHello.{/* for editors */}",
			expected: 'Hello.',
		},
		{
			name: 'turns an Aside into a blockquote headed by its title',
			input: '<Aside type="tip" title="Low on credits?">\nUse **Agent 1.0**.\n</Aside>',
			expected: '> **Low on credits?**\n>\n> Use **Agent 1.0**.',
		},
		{
			name: 'heads an untitled Aside with its type',
			input: '<Aside type="caution">\nCareful.\n</Aside>',
			expected: '> **Caution**\n>\n> Careful.',
		},
		{
			name: 'turns a card grid into a list of absolute links',
			input:
				'<CardGrid>\n\t<LinkCard title="Promotion overview" href="/docs/en/x/" description="By window." />\n\t<LinkCard title="Other" href="https://carat.im/en/upgrade" />\n</CardGrid>',
			expected:
				'- [Promotion overview](https://carat.im/docs/en/x/): By window.\n- [Other](https://carat.im/en/upgrade)',
		},
		{
			name: 'turns a widget into a sentence and a link to its page',
			input: '<AmIUnlimited />',
			expected: expect.stringMatching(
				/^\*The interactive "Am I unlimited\?" checker .* Open \[the page in a browser\]\(https:\/\/carat\.im\/docs\/en\/tools\/am-i-unlimited\/\) to use it\.\*$/,
			),
		},
		{
			name: 'keeps the text of inline tags such as the Korean labels',
			input: '[My Credits(<span lang="ko">내 크레딧</span>)](https://carat.im/en/subscription)',
			expected: '[My Credits(내 크레딧)](https://carat.im/en/subscription)',
		},
		{
			name: 'turns details into a bold question and its answer',
			input: '<details>\n<summary>Is it free?</summary>\n\nYes.\n</details>',
			expected: '**Is it free?**\n\nYes.',
		},
		{
			name: 'makes site-relative links absolute and keeps tables',
			input: '| Model | Who |\n| --- | --- |\n| [Z Image](/docs/en/z/) | All |',
			expected: expect.stringMatching(
				/^\| Model +\| Who \|\n\| -+ \| --- \|\n\| \[Z Image\]\(https:\/\/carat\.im\/docs\/en\/z\/\) \| All \|$/,
			),
		},
	])('$name', ({ input, expected }) => {
		expect(mdxToMarkdown(input)).toEqual(expected);
	});

	it.each([
		{ href: '../sibling/', expected: 'https://carat.im/docs/en/group/sibling/' },
		{ href: '#a-heading', expected: 'https://carat.im/docs/en/group/page/#a-heading' },
		{ href: '/docs/en/x/', expected: 'https://carat.im/docs/en/x/' },
		{ href: 'https://example.com/a', expected: 'https://example.com/a' },
		{ href: 'mailto:help@carat.im', expected: 'mailto:help@carat.im' },
	])('resolves $href as the HTML page does', ({ href, expected }) => {
		// The copy lives at …/page.md, not …/page/: left relative, `../sibling/` would point one level too high.
		expect(mdxToMarkdown(`[x](${href})`, { page: 'https://carat.im/docs/en/group/page/' })).toBe(`[x](${expected})`);
	});

	it('never leaves JSX or ESM behind for an allowed component it has no Markdown form for', () => {
		const md = mdxToMarkdown(
			"import { Steps } from '@astrojs/starlight/components';\n\n<Steps>\nInside **text**.\n</Steps>\n\n{/* note */}",
		);
		expect(md).toBe('Inside **text**.');
	});

	it('refuses a component the article policy does not list', () => {
		expect(() => mdxToMarkdown('<Unknown foo="1">\nInside **text**.\n</Unknown>')).toThrow(
			'<Unknown> is not allowed in an article',
		);
	});
});

describe('mdxToMarkdown on a Korean page', () => {
	const page = 'https://carat.im/docs/ko/troubleshooting/usage-plan/x/';
	it.each([
		{
			name: 'turns a widget into a Korean sentence linking the Korean tool page',
			input: '<CreditEstimator />',
			expected: expect.stringMatching(
				/^\*크레딧 계산기는 .* \[브라우저에서 페이지를 열어\]\(https:\/\/carat\.im\/docs\/ko\/tools\/credit-estimator\/\) 사용하세요\.\*$/,
			),
		},
		{
			name: 'heads an untitled Aside with its Korean type',
			input: '<Aside type="tip">\n에이전트 1.0을 쓰세요.\n</Aside>',
			expected: '> **팁**\n>\n> 에이전트 1.0을 쓰세요.',
		},
		{
			name: 'keeps an Aside title as written',
			input: '<Aside type="note" title="혜택은 바뀔 수 있어요">\n확인하세요.\n</Aside>',
			expected: '> **혜택은 바뀔 수 있어요**\n>\n> 확인하세요.',
		},
		{
			name: 'resolves a Korean fragment against the page',
			input: '[FAQ](../../faq/plus-plan-faq/#모델별-크레딧은-어디서-보나요)',
			expected:
				'[FAQ](https://carat.im/docs/ko/troubleshooting/faq/plus-plan-faq/#%EB%AA%A8%EB%8D%B8%EB%B3%84-%ED%81%AC%EB%A0%88%EB%94%A7%EC%9D%80-%EC%96%B4%EB%94%94%EC%84%9C-%EB%B3%B4%EB%82%98%EC%9A%94)',
		},
	])('$name', ({ input, expected }) => {
		expect(mdxToMarkdown(input, { page })).toEqual(expected);
	});
});

describe('markdownCopy', () => {
	it.each([
		{ url: 'https://carat.im/docs/en/x/', note: COPY_WORDS.en.indexNote },
		{ url: 'https://carat.im/docs/ko/x/', note: COPY_WORDS.ko.indexNote },
		{ url: 'https://carat.im/docs/ko/', note: COPY_WORDS.ko.indexNote },
		{ url: undefined, note: COPY_WORDS.en.indexNote },
	])('starts a copy of $url with the index note in its language', ({ url, note }) => {
		expect(markdownCopy({ title: 'T', body: 'B', ...(url && { url }) }).startsWith(`${note}\n\n# T`)).toBe(true);
		expect(note).toContain('https://carat.im/docs/llms.txt');
	});

	it('starts with the llms.txt blockquote, then the title and description', () => {
		const md = markdownCopy({ title: 'T', description: 'D', body: 'Body.' });
		expect(md.startsWith(`${INDEX_NOTE}\n\n# T\n\n> D\n\nBody.`)).toBe(true);
		expect(INDEX_NOTE).toContain('https://carat.im/docs/llms.txt');
	});

	it('resolves relative links against the page URL it is given', () => {
		const md = markdownCopy({ title: 'T', body: '[s](../sibling/)', url: 'https://carat.im/docs/en/group/page/' });
		expect(md).toContain('[s](https://carat.im/docs/en/group/sibling/)');
	});
});

describe('bodyFirstLine', () => {
	it.each([
		{ raw: '---\ntitle: T\n---\nBody.\n', body: 'Body.\n', line: 4 },
		{ raw: '---\ntitle: T\n---\n\nBody.', body: '\nBody.', line: 4 },
		{ raw: 'Body.', body: 'Body.', line: 1 },
		{ raw: 'something else', body: 'Body.', line: 1 },
	])('finds line $line', ({ raw, body, line }) => {
		expect(bodyFirstLine(raw, body)).toBe(line);
	});
});
