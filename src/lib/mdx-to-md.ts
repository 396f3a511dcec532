import { markdownToMdast, mdxToMdast } from 'satteri';
import { unified, type Processor } from 'unified';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { toString } from 'mdast-util-to-string';
import type { BlockContent, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ArticlePolicyError, articleProblems } from './article-lint.ts';
import { COPY_WORDS, copyWordsFor, type CopyWords } from './copy-words.ts';
import { BASE, SITE } from '../rules/schema/links.ts';
import { closeCjkEmphasis } from './cjk-emphasis.ts';
import { changeLogNodes } from './change-markdown.ts';
import { localeOf } from './locales.ts';
import { rules } from '../rules/committed.ts';
import { changeLog } from '../rules/committed-changes.ts';

/** Where the site lives; links become absolute so that a Markdown copy works anywhere. */
/** The page a body is resolved against when none is given: the help center's root. */
const ROOT = `${SITE}${BASE}/`;

/** What each interactive widget becomes in an English Markdown copy (each locale's: copy-words.ts). */
export const WIDGETS = COPY_WORDS.en.widgets;

/**
 * The blockquote every English Markdown copy starts with, pointing to the llms.txt index (each locale's:
 * copy-words.ts).
 */
export const INDEX_NOTE = COPY_WORDS.en.indexNote;

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const attr = (node: Jsx, name: string): string | undefined => {
	const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	return typeof a?.value === 'string' ? a.value : undefined;
};
/** A link as written in the article, made absolute against the HTML page it is on (`../x/`, `/docs/x/`, `#id`). */
const absolute = (url: string, page: string) =>
	/^[a-z][a-z\d+.-]*:/i.test(url) ? url : (URL.parse(url, page)?.href ?? url);
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const para = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

function linkCardItem(node: Jsx, page: string): ListItem {
	const description = attr(node, 'description');
	return {
		type: 'listItem',
		spread: false,
		children: [
			para(
				{ type: 'link', url: absolute(attr(node, 'href') ?? '', page), children: [text(attr(node, 'title') ?? '')] },
				...(description ? [text(`: ${description}`)] : []),
			),
		],
	};
}

/** Turns one MDX JSX element into plain Markdown nodes, in the words of the page's locale. */
function fromJsx(node: Jsx, page: string, words: CopyWords): RootContent[] {
	const name = node.name ?? '';
	const widget = words.widgets[name];
	const [before, linkText, after] = words.openPage;
	if (widget)
		return [
			para({
				type: 'emphasis',
				children: [
					text(`${widget.does}${before}`),
					{ type: 'link', url: absolute(widget.path, page), children: [text(linkText)] },
					text(after),
				],
			}),
		];
	// The change log, entry by entry, in the page's language (the component renders the same on the page).
	if (name === 'ChangeLog') return changeLogNodes(rules, changeLog, localeOf(page) ?? 'en');
	if (name === 'Aside') {
		const label = attr(node, 'title') ?? words.asides[attr(node, 'type') ?? 'note'] ?? words.asides.note!;
		return [
			{
				type: 'blockquote',
				children: [
					para({ type: 'strong', children: [text(label)] }),
					...(convert(node.children, page, words) as BlockContent[]),
				],
			},
		];
	}
	if (name === 'LinkCard')
		return [{ type: 'list', ordered: false, spread: false, children: [linkCardItem(node, page)] }];
	if (name === 'CardGrid') {
		const cards = node.children.filter(
			(c): c is Jsx => (c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'LinkCard',
		);
		return [{ type: 'list', ordered: false, spread: false, children: cards.map((card) => linkCardItem(card, page)) }];
	}
	if (name === 'details') {
		// A one-line <summary> is parsed as inline JSX inside a paragraph.
		const isSummary = (c: Nodes) => 'name' in c && c.name === 'summary';
		const summary = node.children.find(
			(c) => isSummary(c) || (c.type === 'paragraph' && c.children.length === 1 && isSummary(c.children[0]!)),
		);
		const rest = node.children.filter((c) => c !== summary);
		return [
			para({ type: 'strong', children: [text(summary ? toString(summary) : words.details)] }),
			...convert(rest, page, words),
		];
	}
	return convert(node.children, page, words); // e.g. <span lang="ko">: keep the text, drop the tag
}

function convert(nodes: Nodes[], page: string, words: CopyWords): RootContent[] {
	return nodes.flatMap((node): RootContent[] => {
		switch (node.type) {
			case 'mdxjsEsm':
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				return [];
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				return fromJsx(node, page, words);
			default:
				if (node.type === 'link') node.url = absolute(node.url, page);
				if ('children' in node) (node as { children: Nodes[] }).children = convert(node.children, page, words);
				return [node as RootContent];
		}
	});
}

/**
 * Bold next to Hangul printed as written (`**[혜택 사용중]**에서`), for readers of the CJK-friendly emphasis the page
 * uses, instead of the character reference (`**[혜택 사용중]**&#xC5D0;서`) plain CommonMark would need.
 */
function cjkFriendlyPrinting(this: Processor) {
	const data = this.data();
	(data.toMarkdownExtensions ??= []).push(cjkFriendlyToMarkdown());
}
const printer = unified()
	.use(remarkGfm)
	.use(cjkFriendlyPrinting)
	.use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-' });

/**
 * Where a body comes from: its file (a `.md` file is read as Markdown, anything else as MDX) and the file line the
 * body starts on (after the frontmatter), for error messages.
 */
export interface BodySource {
	file: string;
	firstLine: number;
}

/** Whether the body of `source` is Markdown (a `.md` article: HTML comments and raw HTML) rather than MDX. */
const isMarkdown = (source: BodySource | undefined) => source?.file.endsWith('.md') ?? false;

/** The file line `body` starts on when it is the tail of the file's text `raw` (after the frontmatter); else 1. */
export function bodyFirstLine(raw: string, body: string): number {
	return raw.endsWith(body) ? raw.slice(0, raw.length - body.length).split('\n').length : 1;
}

/**
 * Renders an article's MDX body as plain Markdown: no `import`/`export`, no JSX. Asides become blockquotes, card
 * grids lists of links, `<details>` a bold question and its answer, widgets a sentence and a link, and
 * links absolute URLs, resolved against `page`: the URL of the HTML page the body is on (default: the help center's
 * root), so that `../x/` and `#id` point where they point on that page. What it adds is in the language of `page`
 * (`/docs/ko/…` -> Korean; see copy-words.ts).
 * Throws, naming `source` file and line, when the body breaks the article HTML policy (article-lint.ts), so that no
 * Markdown copy carries what the HTML page may not.
 */
export function mdxToMarkdown(
	body: string,
	{ page = ROOT, source }: { page?: string; source?: BodySource } = {},
): string {
	const key = `${page}\n${isMarkdown(source)}\n${body}`;
	let markdown = converted.get(key);
	if (markdown === undefined) converted.set(key, (markdown = convertBody(body, page, source)));
	return markdown;
}

/**
 * Conversions already made, by page URL and body: each article is converted once per build although its Markdown
 * copy and llms-full.txt both need it. The key is the input itself, so an edited article is converted afresh.
 */
const converted = new Map<string, string>();

function convertBody(body: string, page: string, source: BodySource | undefined): string {
	// Parsed by Sätteri, the parser Astro renders the HTML page with (so the copy reads the article as the page does,
	// and about 15 times faster than remark-parse + remark-mdx); printed by remark-stringify.
	const file = source?.file ?? '(article body)';
	// Emphasis next to Hangul read the CJK-friendly way, as on the page (satteri-cjk-emphasis.ts).
	const tree = closeCjkEmphasis(parseBody(body, file, isMarkdown(source), () => source?.firstLine ?? 1));
	const problems = articleProblems(tree);
	if (problems.length) throw new ArticlePolicyError(file, problems, source?.firstLine);
	const children = tree.children.filter(
		(node) => !(node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())),
	);
	return printer.stringify({ type: 'root', children: convert(children, page, copyWordsFor(page)) }).trim();
}

/**
 * A body as Markdown (`markdown`) or MDX. Sätteri's parse errors (`3:1: Unexpected character…`) are thrown again as
 * `file:line:column: …`, the line counted from the file (`firstLine` gives the file line the body starts on; read only
 * on an error).
 */
function parseBody(body: string, file: string, markdown: boolean, firstLine: () => number): Root {
	try {
		return (markdown ? markdownToMdast(body) : mdxToMdast(body)) as Root;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const at = /^(\d+):(\d+):\s*/.exec(message);
		const where = at ? `${Number(at[1]) + firstLine() - 1}:${at[2]}` : `${firstLine()}:1`;
		throw new Error(`${file}:${where}: ${at ? message.slice(at[0].length) : message}`, { cause: error });
	}
}

/**
 * The Markdown copy of a page: the llms.txt blockquote (in the page's language), `# title`, the description as a
 * blockquote, then the body, its links resolved against `url` (the HTML page's absolute URL) when given. Throws like
 * `mdxToMarkdown`.
 */
export function markdownCopy(page: {
	title: string;
	description?: string | undefined;
	body: string;
	url?: string;
	source?: BodySource;
}): string {
	const description = page.description ? `\n\n> ${page.description}` : '';
	return `${copyWordsFor(page.url).indexNote}\n\n# ${page.title}${description}\n\n${mdxToMarkdown(page.body, { page: page.url, source: page.source })}\n`;
}
