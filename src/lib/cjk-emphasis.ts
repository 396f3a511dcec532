import { fromMarkdown } from 'mdast-util-from-markdown';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import type { Nodes, PhrasingContent, Root, Text } from 'mdast';

/**
 * Emphasis that closes next to Hangul. CommonMark closes `**` only when the closing run is "right-flanking", so bold
 * text that ends in punctuation and runs straight into a Korean particle (`**[혜택 사용중]**에서`,
 * `**"Use Carat Basic Video (LTX 2.3)"**라고`) stays literal asterisks. Sätteri, the processor Astro renders pages
 * with, has no CJK-friendly option, so the text it left literal is parsed again by micromark with the maintained
 * CJK-friendly emphasis extension (micromark-extension-cjk-friendly, the one remark-cjk-friendly wraps).
 */

/** Phrasing a re-parse may produce: emphasis and plain text only, so a text node never turns into a link or HTML. */
const ALLOWED = new Set(['text', 'strong', 'emphasis']);
const onlyEmphasis = (nodes: readonly Nodes[]): boolean =>
	nodes.every((n) => ALLOWED.has(n.type) && (!('children' in n) || onlyEmphasis(n.children)));

/**
 * The phrasing `value` (a text node's text) becomes once its emphasis is read the CJK-friendly way, or `undefined`
 * when it holds no emphasis CommonMark left unclosed (no `*`, or the re-parse finds none, or finds anything but text,
 * strong and emphasis).
 */
export function cjkEmphasis(value: string): PhrasingContent[] | undefined {
	if (!value.includes('*')) return undefined;
	const root = fromMarkdown(value, { extensions: [cjkFriendlyExtension()] });
	const [only] = root.children;
	if (root.children.length !== 1 || only?.type !== 'paragraph') return undefined;
	const children = only.children;
	if (!children.some((c) => c.type === 'strong' || c.type === 'emphasis') || !onlyEmphasis(children)) return undefined;
	// A paragraph drops the spaces it starts and ends with; in the middle of a line they separate words.
	const [, before, after] = /^(\s*)[\s\S]*?(\s*)$/.exec(value)!;
	return [
		...(before ? [{ type: 'text', value: before } as const] : []),
		...children.map(function strip(node): PhrasingContent {
			const { position: _, ...rest } = node as PhrasingContent & { children?: PhrasingContent[] };
			return (
				'children' in rest && rest.children ? { ...rest, children: rest.children.map(strip) } : rest
			) as PhrasingContent;
		}),
		...(after ? [{ type: 'text', value: after } as const] : []),
	];
}

/** Rewrites, in place, every text node of `tree` whose emphasis CommonMark left unclosed (see `cjkEmphasis`). */
export function closeCjkEmphasis(tree: Root): Root {
	(function walk(parent: Nodes) {
		if (!('children' in parent)) return;
		const children = parent.children as Nodes[];
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			const replaced = child.type === 'text' ? cjkEmphasis((child as Text).value) : undefined;
			if (replaced) {
				children.splice(i, 1, ...replaced);
				i += replaced.length - 1;
			} else walk(child);
		}
	})(tree);
	return tree;
}
