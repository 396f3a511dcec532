import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import { headingAnchors } from './article-headings.ts';
import type { Heading, Nodes, Root, Table } from 'mdast';
import { tableLocaleOf, type TableLocale } from '../rules/words/table-words.ts';
import { LOCALE_KEYS } from './locales.ts';

// Articles as the rule tooling reads them (Node only): headings with the anchors Astro gives them, tables with the
// `rules-table` marker before them, and prose. Used by `npm run fix` and the prose test; the build's source check
// reads only headings (article-headings.ts).

/** A table of an article, plain-text cells, with its lines and its place in the file. */
export interface ArticleTable {
	header: string[];
	rows: { line: number; cells: string[] }[];
	/** First line of the table. */
	line: number;
	/** Character offsets of the table in the file. */
	start: number;
	end: number;
	/** Anchor of the nearest heading above the table (`''` before the first heading). */
	section: string;
}

/** A `{/* rules-table … *\/}` marker, the text after `rules-table`, and the table right after it (if any). */
export interface TableMarker {
	spec: string;
	line: number;
	/** Character offset just after the marker. */
	end: number;
	table?: ArticleTable;
}

/** An article of `content/docs/<locale>/`. */
export interface Article {
	/** Path from the repository root, e.g. `content/docs/en/troubleshooting/faq/plus-plan-faq.mdx`. */
	file: string;
	/**
	 * Id as rule sources name it: `troubleshooting/faq/plus-plan-faq` (`''` for the home page); the same in every locale.
	 */
	id: string;
	/** The language of its words (the folder under `content/docs/`): rule tables are written in it. */
	locale: TableLocale;
	source: string;
	/** Heading anchors, in order, e.g. `unlimited-image-models`. */
	headings: string[];
	/** Depth (2 for `##`) and line of each heading, in the order of `headings`. */
	outline: { depth: number; line: number }[];
	tables: ArticleTable[];
	markers: TableMarker[];
	/** Paragraphs and headings as plain text, with their line (tables excluded). */
	prose: { line: number; text: string }[];
}

const MARKER = /^\s*\/\*\s*rules-table\b([\s\S]*?)\*\/\s*$/;
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses one article's MDX source (frontmatter included); its locale comes from `file` (see `tableLocaleOf`). */
export function parseArticle(file: string, id: string, source: string): Article {
	const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? '';
	const lineOffset = frontmatter.split('\n').length - 1;
	const tree = parser.parse(source.slice(frontmatter.length)) as Root;
	// The anchors come from the one heading reader (article-headings.ts), the one the build checks `source` with; this
	// walk only places them.
	const anchors = headingAnchors(source, file.endsWith('.md'));
	const article: Article = {
		file,
		id,
		locale: tableLocaleOf(file),
		source,
		headings: [],
		outline: [],
		tables: [],
		markers: [],
		prose: [],
	};
	let section = '';
	const markerBefore = new Map<Nodes, TableMarker>();
	const line = (node: Nodes) => node.position!.start.line + lineOffset;
	visitParents(tree, (node, parents) => {
		if (node.type === 'heading') {
			section = anchors[article.headings.length] ?? '';
			article.headings.push(section);
			article.outline.push({ depth: (node as Heading).depth, line: line(node) });
		}
		if (node.type === 'table') {
			const [head, ...rows] = (node as Table).children;
			const table: ArticleTable = {
				header: head!.children.map((c) => toString(c).trim()),
				rows: rows.map((r) => ({ line: line(r), cells: r.children.map((c) => toString(c).trim()) })),
				line: line(node),
				start: node.position!.start.offset! + frontmatter.length,
				end: node.position!.end.offset! + frontmatter.length,
				section,
			};
			article.tables.push(table);
			const marker = markerBefore.get(node);
			if (marker) marker.table = table;
			return SKIP;
		}
		if (node.type === 'mdxFlowExpression') {
			const m = MARKER.exec(node.value);
			const parent = parents.at(-1) as { children: Nodes[] } | undefined;
			if (m && parent) {
				const marker: TableMarker = {
					spec: m[1]!.trim(),
					line: line(node),
					end: node.position!.end.offset! + frontmatter.length,
				};
				const next = parent.children[parent.children.indexOf(node) + 1];
				if (next?.type === 'table') markerBefore.set(next, marker);
				article.markers.push(marker);
			}
		}
		if (node.type === 'paragraph' || node.type === 'heading') {
			article.prose.push({ line: line(node), text: toString(node) });
			return SKIP;
		}
	});
	return article;
}

/** Every `.mdx` article under `dir` (default `content/docs/en`), parsed. */
export function readArticles(dir = 'content/docs/en'): Article[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((rel) =>
			parseArticle(
				join(dir, rel),
				rel.replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''),
				readFileSync(join(dir, rel), 'utf8'),
			),
		);
}

/** Every article of every locale (`content/docs/en/`, `content/docs/ko/`, …), English first. */
export function readAllArticles(root = 'content/docs'): Article[] {
	return LOCALE_KEYS.flatMap((locale) => readArticles(join(root, locale)));
}
