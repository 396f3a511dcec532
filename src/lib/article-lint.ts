import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { ImportDeclaration } from 'acorn';
import { parse as parseJs } from 'acorn';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { COMPONENTS, elementProblems, STARLIGHT_COMPONENTS, urlProblem, type Attribute } from './html-policy.ts';

/** One thing an article may not contain, where it is (1-based line and column of the text as parsed). */
export interface ArticleProblem {
	line: number;
	column: number;
	message: string;
}

/** The node types the lint reads; every other node is passed over. */
export const CHECKED_TYPES = [
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
	'html',
	'link',
	'image',
	'definition',
	'imageReference',
] as const;

type Where = { line: number; column: number };
const whereOf = (node: { position?: { start: Where } | undefined }): Where => ({
	line: node.position?.start.line ?? 0,
	column: node.position?.start.column ?? 0,
});

/**
 * JavaScript as an article holds it (ESM lines or one `{…}` expression), parsed with acorn; `undefined` when
 * unreadable.
 */
function parseJavaScript(code: string) {
	try {
		return parse(code);
	} catch {
		return undefined;
	}
}
const parse = (code: string) => parseJs(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });

/**
 * The module an import specifier names, resolved as Vite resolves the project's alias and normalised:
 * `@components/../lib/csp.ts` -> `src/lib/csp.ts`; a package specifier is kept as written.
 */
export function resolveSpecifier(specifier: string): string {
	return specifier.startsWith('@components/')
		? posix.normalize(`src/components/${specifier.slice('@components/'.length)}`)
		: specifier;
}

/** Every module an article may import from: Starlight's components and the project's widgets. */
export const ALLOWED_MODULES = [...new Set(Object.values(COMPONENTS).map((c) => c.from))];

/**
 * Why an imported binding is refused, or `undefined`: each must be a component of `COMPONENTS`, under its own name,
 * from its module.
 */
function bindingProblem(module: string, specifier: ImportDeclaration['specifiers'][number]): string | undefined {
	const local = specifier.local.name;
	const imported =
		specifier.type === 'ImportSpecifier'
			? 'name' in specifier.imported
				? specifier.imported.name
				: String(specifier.imported.value)
			: undefined;
	const component = COMPONENTS[local];
	const ok =
		component?.from === module &&
		(module === STARLIGHT_COMPONENTS ? imported === local : specifier.type === 'ImportDefaultSpecifier');
	return ok
		? undefined
		: `import of ${local}: an article may import only ${Object.keys(COMPONENTS).join(', ')}, each under its own name from its own module`;
}

/**
 * ESM lines, at each statement's own line: only imports of `COMPONENTS` from `ALLOWED_MODULES`; no `export`, which
 * could define a component.
 */
function esmProblems(code: string, at: Where): ArticleProblem[] {
	const program = parseJavaScript(code);
	if (!program) return [{ ...at, message: 'this import/export block is not JavaScript the lint can read' }];
	return program.body.flatMap((statement) => {
		const where = { line: at.line + statement.loc!.start.line - 1, column: statement.loc!.start.column + 1 };
		if (statement.type !== 'ImportDeclaration')
			return [{ ...where, message: 'an article may import components, not export code' }];
		const from = String(statement.source.value);
		const module = resolveSpecifier(from);
		if (!ALLOWED_MODULES.includes(module) || statement.attributes.length)
			return [
				{
					...where,
					message: `import from "${from}" (${module}): an article may import only from ${STARLIGHT_COMPONENTS} and the widgets of src/components (${ALLOWED_MODULES.slice(1).join(', ')})`,
				},
			];
		return statement.specifiers.flatMap((specifier) => {
			const message = bindingProblem(module, specifier);
			return message ? [{ ...where, message }] : [];
		});
	});
}

type Parse5Node = DefaultTreeAdapterMap['childNode'];

/** Parse errors after which the browser reads the article's following text as part of the unfinished construct. */
const UNFINISHED = /^eof-in-/;

/**
 * Raw HTML (an `html` node of a `.md` article), read with parse5 as a browser reads it (scripting on), each element
 * at its own line. Every element must pass the allow-list; HTML comments are allowed; HTML left unfinished (a tag, a
 * comment or an attribute value open at its end) is refused, since the browser would read what follows into it.
 * Markdown cuts raw HTML into nodes (inline: one tag each); the page holds them with escaped text between. Each node
 * parsed alone gives what the browser parses only if the tokenizer is back in its data state at each node's end:
 * refusing `eof-in-*` and every raw-text element (none is on the allow-list) makes sure of it.
 */
function rawHtmlProblems(html: string, at: Where): ArticleProblem[] {
	const problems: ArticleProblem[] = [];
	const whereIn = (line: number, col: number) => ({
		line: at.line + line - 1,
		column: line === 1 ? at.column + col - 1 : col,
	});
	const fragment = parseFragment(html, {
		sourceCodeLocationInfo: true,
		scriptingEnabled: true,
		onParseError: (error) => {
			if (UNFINISHED.test(error.code))
				problems.push({ ...at, message: `unfinished HTML (${error.code}): close every tag, quote and comment` });
		},
	});
	const walk = (nodes: Parse5Node[]) => {
		for (const node of nodes) {
			if (!('tagName' in node)) continue;
			const loc = node.sourceCodeLocation;
			const where = loc ? whereIn(loc.startLine, loc.startCol) : at;
			for (const message of elementProblems(
				node.tagName,
				node.attrs.map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: a.value })),
			))
				problems.push({ ...where, message });
			walk(node.tagName === 'template' ? [] : node.childNodes);
		}
	};
	walk(fragment.childNodes);
	return problems;
}

const attributeOf = (a: MdxJsxAttribute): Attribute => ({
	name: a.name,
	value: typeof a.value === 'string' ? a.value : a.value == null ? undefined : null,
});

/** A node as the lint reads it: an mdast node from remark, or its twin from Sätteri (same shapes). */
type Checked = Extract<Nodes, { type: (typeof CHECKED_TYPES)[number] }>;

/**
 * Checks one article node at a time, in any order (remark's `visit` or Sätteri's per-type visitors), against an
 * allow-list (html-policy.ts): Markdown, the HTML elements and attributes of `HTML_ELEMENTS`, the components of
 * `COMPONENTS` with their props, every value literal text, links and images on allowed URLs (a reference-style image
 * through its definition), imports of those components only (the specifier resolved first), MDX comments (the
 * `rules-table` markers). Refused: any other element or attribute, any `{…}` expression (child or attribute), a
 * spread, a `set:*` or other directive, an `export`, and raw HTML a browser would read otherwise than the lint.
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
				const name = node.name ?? '';
				const attributes = node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
				if (attributes.some((a) => a.type === 'mdxJsxExpressionAttribute'))
					add(
						`<${name} {…}>: a spread attribute is not allowed in an article; write each attribute out as literal text`,
					);
				elementProblems(
					name,
					attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [attributeOf(a)] : [])),
				).forEach(add);
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				// `{/* a comment */}` holds no statement; anything else could render HTML the lint cannot see.
				if (parseJavaScript(node.value)?.body.length !== 0)
					add(
						`{${node.value.trim().slice(0, 60)}}: an article may not contain JavaScript expressions (only {/* comments */})`,
					);
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

/**
 * Thrown when an article breaks the policy; `message` is `formatProblems`'s report. Its `toString()` is a one-line
 * summary: Astro appends "Browser APIs are not available on the server" to any error whose `toString()` contains
 * "document" or "window", words a report may well quote (`<div srcdoc>: embeds a whole document`).
 */
export class ArticlePolicyError extends Error {
	constructor(file: string, problems: ArticleProblem[], firstLine = 1) {
		super(formatProblems(file, problems, firstLine));
		this.name = 'ArticlePolicyError';
	}

	override toString(): string {
		return `${this.name}: an article breaks the article policy`;
	}
}
