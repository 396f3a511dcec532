import type { MdastPluginDefinition } from 'satteri';
import { cjkEmphasis } from './cjk-emphasis.ts';

/**
 * Emphasis next to Hangul on the pages, as a Sätteri mdast plugin: a text node where CommonMark left `**` unclosed
 * (`**[혜택 사용중]**에서`) is replaced by the strong and emphasis nodes the CJK-friendly reading gives (see
 * `cjkEmphasis`). The Markdown copies get the same reading in `mdx-to-md.ts`.
 */
export const cjkFriendlyEmphasis = (): MdastPluginDefinition => ({
	name: 'carat-help:cjk-friendly-emphasis',
	text(node, ctx) {
		const phrasing = cjkEmphasis(node.value);
		if (phrasing) ctx.replaceNode(node, phrasing);
	},
});
