import type { HastPluginDefinition } from 'satteri';
import { SPARKLE, SPARKLE_PATHS } from './sparkle-icon.ts';

/** The sparkle as inline SVG markup: decorative, the label beside it ("[Sparkle icon]", "[반짝이 아이콘]") names it. */
export const SPARKLE_SVG =
	'<svg class="carat-icon" aria-hidden="true" viewBox="0 0 24 24" width="1em" height="1em" fill="none" ' +
	'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">' +
	SPARKLE_PATHS.map((d) => `<path d="${d}"/>`).join('') +
	'</svg>';

/**
 * Draws every ✨ of an article's text as `SPARKLE_SVG`, as a Sätteri hast plugin. The Markdown copies keep the
 * character: a reader of Markdown has no stylesheet for the SVG.
 */
export const sparkleIcon = (): HastPluginDefinition => ({
	name: 'carat-help:sparkle-icon',
	text(node, ctx) {
		if (!node.value.includes(SPARKLE)) return;
		const parts = node.value.split(SPARKLE);
		ctx.replaceNode(
			node,
			parts.flatMap((value, i) => [
				...(i ? [{ type: 'raw' as const, value: SPARKLE_SVG }] : []),
				...(value ? [{ type: 'text' as const, value }] : []),
			]),
		);
	},
});
