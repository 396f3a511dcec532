import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToMdast, mdxToMdast, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import type { Root } from 'mdast';
import { ArticleChecker, ArticlePolicyError, articleProblems, CHECKED_TYPES } from './article-lint.ts';

/** Where the articles are, relative to the project root; other Markdown (none today) is not an article. */
const ARTICLES = 'content/docs/';

/**
 * The article HTML policy as a plugin of Sätteri, the Markdown/MDX processor Astro 7 renders every page with: for
 * each article it visits the node types the lint reads (see `ArticleChecker`) as the page is compiled and, when any
 * is unsafe, throws one error listing every problem as `content/docs/…:line:column: message`, which fails
 * `astro build`. Positions are those of the file as written, frontmatter included. The pass itself asks for no
 * positions (tracking them slows every page's parse); only a file with a problem is parsed again, with them.
 */
export function articlePolicy(root = process.cwd()) {
	return (context: PluginFactoryContext): MdastPluginDefinition | undefined => {
		const file = context.fileURL ? relative(root, fileURLToPath(context.fileURL)) : undefined;
		if (!file?.startsWith(ARTICLES)) return undefined;
		const checker = new ArticleChecker();
		const visitors = Object.fromEntries(
			CHECKED_TYPES.map((type) => [type, (node: Parameters<ArticleChecker['check']>[0]) => void checker.check(node)]),
		);
		return {
			name: 'carat-help:article-policy',
			...visitors,
			after() {
				if (!checker.problems().length) return;
				const parse = context.sourceFormat === 'mdx' ? mdxToMdast : markdownToMdast;
				throw new ArticlePolicyError(file, articleProblems(parse(context.source) as Root));
			},
		};
	};
}
