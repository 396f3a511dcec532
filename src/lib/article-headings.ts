import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';

/**
 * The heading anchors of one article's MDX source (frontmatter included; `markdown`: a `.md` article's), in order, as
 * the page's headings get them
 * (`## Unlimited image models` -> `unlimited-image-models`, a repeated heading `-1`, `-2`…). Parsed by Sätteri, the
 * parser Astro renders the page with, without positions: this runs in every build, before anything is rendered.
 */
export function headingAnchors(source: string, markdown = false): string[] {
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	const slugger = new GithubSlugger();
	const anchors: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'heading') anchors.push(slugger.slug(toString(node)));
		else if ('children' in node) node.children.forEach(walk);
	};
	walk((markdown ? markdownToMdast : mdxToMdast)(body, { position: false }) as Root);
	return anchors;
}

/**
 * Heading anchors by article id (`troubleshooting/faq/plus-plan-faq`, `''` for the home page), for the source check
 * of the rule data; `undefined` when no `<dir>/<id>.mdx`, `<dir>/<id>.md` or `<dir>/<id>/index.md(x)` exists. Reads
 * only the
 * articles asked for (the rules cite a handful; a help center may hold hundreds), each once.
 */
export function articleHeadings(dir = 'content/docs/en'): (article: string) => string[] | undefined {
	const cache = new Map<string, string[] | undefined>();
	return (id) => {
		if (!cache.has(id)) {
			const file = ['.mdx', '.md', '/index.mdx', '/index.md']
				.map((end) => join(dir, `${id}${end}`))
				.find((f) => existsSync(f));
			cache.set(id, file ? headingAnchors(readFileSync(file, 'utf8'), file.endsWith('.md')) : undefined);
		}
		return cache.get(id);
	};
}
