import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { parse as parseJs } from 'acorn';
import { Parser } from 'htmlparser2';
import { visit } from 'unist-util-visit';
import { elementProblems, urlProblem, type Attribute } from './html-policy.ts';

/** One thing an article may not contain, where it is (1-based line and column of the text as parsed). */
export interface ArticleProblem {
	line: number;
	column: number;
	message: string;
}

/** Where an article may import components from: Starlight's and this project's reviewed ones. */
export const ALLOWED_IMPORTS = ['@astrojs/starlight/components', '@components/'];

/** The node types the lint reads; every other node is passed over. */
export const CHECKED_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'link', 'image', 'definition', 'imageReference'] as const;

type Where = { line: number; column: number };
const whereOf = (node: { position?: { start: Where } | undefined }): Where => ({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });

/** JavaScript as an article holds it (ESM lines or one `{…}` expression), parsed with acorn; `undefined` when unreadable. */
function parseJavaScript(code: string) {
	try {
		return parse(code);
	} catch {
		return undefined;
	}
}
const parse = (code: string) => parseJs(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });

/** ESM lines, at each statement's own line: only `import` from `ALLOWED_IMPORTS`; no `export`, which could define a component. */
function esmProblems(code: string, at: Where): ArticleProblem[] {
	const program = parseJavaScript(code);
	if (!program) return [{ ...at, message: 'this import/export block is not JavaScript the lint can read' }];
	return program.body.flatMap((statement) => {
		const where = { line: at.line + statement.loc!.start.line - 1, column: statement.loc!.start.column + 1 };
		if (statement.type !== 'ImportDeclaration') return [{ ...where, message: 'an article may import components, not export code' }];
		const from = String(statement.source.value);
		if (ALLOWED_IMPORTS.some((prefix) => from === prefix || (prefix.endsWith('/') && from.startsWith(prefix)))) return [];
		return [{ ...where, message: `import from "${from}": an article may import only from ${ALLOWED_IMPORTS.join(' or ')}` }];
	});
}

/** Raw HTML (an `html` node of a `.md` article), read with htmlparser2, each tag at its own line. */
function rawHtmlProblems(html: string, at: Where): ArticleProblem[] {
	const problems: ArticleProblem[] = [];
	const parser: Parser = new Parser({
		onopentag(name, attribs) {
			const before = html.slice(0, parser.startIndex).split('\n');
			const where = { line: at.line + before.length - 1, column: before.length > 1 ? before.at(-1)!.length + 1 : at.column + parser.startIndex };
			for (const message of elementProblems(name, Object.entries(attribs).map(([n, value]) => ({ name: n, value })))) problems.push({ ...where, message });
		},
	});
	parser.end(html);
	return problems;
}

const attributeOf = (a: MdxJsxAttribute): Attribute => ({ name: a.name, value: typeof a.value === 'string' ? a.value : a.value == null ? undefined : null });

/** A node as the lint reads it: an mdast node from remark, or its twin from Sätteri (same shapes). */
type Checked = Extract<Nodes, { type: (typeof CHECKED_TYPES)[number] }>;

/**
 * Checks one article node at a time, in any order (remark's `visit` or Sätteri's per-type visitors), and reports
 * every unsafe thing in it: forbidden elements (`<script>`, `<iframe>`, `<object>`, `<embed>`, …), event-handler
 * attributes, `javascript:` and `data:` URLs, images and embeds loaded from another origin (a reference-style image
 * through its definition), `{…}` expressions and spread attributes (they could render any of these unseen), and
 * imports from outside `ALLOWED_IMPORTS`. The rules on elements and URLs are in html-policy.ts.
 */
export class ArticleChecker {
	#problems: ArticleProblem[] = [];
	#definitions = new Map<string, { url: string; at: Where }>();
	#images = new Set<string>();

	/** Checks one node; any node type outside `CHECKED_TYPES` is ignored. */
	check(node: Checked | Nodes): void {
		const at = whereOf(node);
		const add = (message: string) => this.#problems.push({ ...at, message });
		switch (node.type) {
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? 'fragment';
				const attributes = node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
				if (attributes.some((a) => a.type === 'mdxJsxExpressionAttribute')) add(`<${name} {…}>: a spread attribute cannot be checked; write each attribute out`);
				elementProblems(name, attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [attributeOf(a)] : []))).forEach(add);
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				// `{/* a comment */}` holds no statement; anything else could render HTML the lint cannot see.
				if (parseJavaScript(node.value)?.body.length !== 0) add(`{${node.value.trim()}}: an article may not contain JavaScript expressions`);
				break;
			case 'mdxjsEsm':
				this.#problems.push(...esmProblems(node.value, at));
				break;
			case 'html':
				this.#problems.push(...rawHtmlProblems(node.value, at));
				break;
			case 'link':
			case 'image': {
				const problem = urlProblem(node.url, node.type === 'image');
				if (problem) add(`${node.type} ${node.url}: ${problem}`);
				break;
			}
			case 'definition':
				this.#definitions.set(node.identifier, { url: node.url, at });
				break;
			case 'imageReference':
				this.#images.add(node.identifier);
				break;
		}
	}

	/** Every problem found so far, by line; definitions are judged here, once it is known which ones images use. */
	problems(): ArticleProblem[] {
		const fromDefinitions = [...this.#definitions].flatMap(([id, { url, at }]) => {
			const problem = urlProblem(url, this.#images.has(id));
			return problem ? [{ ...at, message: `link definition [${id}]: ${url}: ${problem}` }] : [];
		});
		return [...this.#problems, ...fromDefinitions].sort((a, b) => a.line - b.line || a.column - b.column);
	}
}

/** Every unsafe thing in an article's mdast (remark-parse + remark-mdx, or remark for `.md`); see `ArticleChecker`. */
export function articleProblems(tree: Root): ArticleProblem[] {
	const checker = new ArticleChecker();
	visit(tree, (node) => checker.check(node));
	return checker.problems();
}

/**
 * The lint's report: a heading saying what to do, then one `file:line:column: message` line per problem. `firstLine`
 * is the file line the parsed text starts on (a body parsed without its frontmatter starts below it).
 */
export function formatProblems(file: string, problems: ArticleProblem[], firstLine = 1): string {
	const lines = problems.map((p) => `${file}:${p.line + firstLine - 1}:${p.column}: ${p.message}`);
	return `Unsafe HTML in an article; remove it or use a component from src/components:\n${lines.join('\n')}`;
}
