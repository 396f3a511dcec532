import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Table } from 'mdast';

const DOCS = 'content/docs/en';

/** A table of an article: its header cells and its rows, as plain text, with the line of each row. */
export interface ArticleTable {
	header: string[];
	rows: { line: number; cells: string[] }[];
}

/** An article read for the prose test: id as in rule sources (`troubleshooting/usage-plan/x`), tables and prose. */
export interface Article {
	file: string;
	id: string;
	tables: ArticleTable[];
	/** Paragraphs, list items, headings and asides as plain text, with their line (tables excluded). */
	prose: { line: number; text: string }[];
}

/** Every `.mdx` article under content/docs/en, parsed with remark (MDX + GFM). */
export function readArticles(): Article[] {
	const files = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
	return files.map((rel) => {
		const file = join(DOCS, rel);
		const source = readFileSync(file, 'utf8');
		const offset = (source.match(/^---\n[\s\S]*?\n---\n/)?.[0].split('\n').length ?? 1) - 1;
		const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source.slice(source.indexOf('\n---\n', 4) + 5)) as Root;
		const tables: ArticleTable[] = [];
		const prose: Article['prose'] = [];
		visit(tree, (node) => {
			if (node.type === 'table') {
				const [head, ...rows] = (node as Table).children;
				tables.push({
					header: head!.children.map((c) => toString(c).trim()),
					rows: rows.map((r) => ({ line: r.position!.start.line + offset, cells: r.children.map((c) => toString(c).trim()) })),
				});
				return SKIP;
			}
			if (node.type === 'paragraph' || node.type === 'heading') {
				prose.push({ line: node.position!.start.line + offset, text: toString(node) });
				return SKIP;
			}
		});
		return { file, id: rel.replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''), tables, prose };
	});
}
