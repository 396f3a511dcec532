import type { HastPluginDefinition } from 'satteri';

/** The emoji the help center writes for the app's [Sparkle icon] button. */
export const SPARKLE = '✨';

/**
 * The sparkle as an SVG (Lucide's `sparkles`, ISC licence), in the text colour: the emoji shows as an empty box where
 * no emoji font is installed. Decorative: the label beside it ("[Sparkle icon]", "[반짝이 아이콘]") names it.
 */
export const SPARKLE_SVG =
	'<svg class="carat-icon" aria-hidden="true" viewBox="0 0 24 24" width="1em" height="1em" fill="none" ' +
	'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">' +
	'<path d="M9.94 15.5A2 2 0 0 0 8.5 14.06l-6.14-1.58a.5.5 0 0 1 0-.96L8.5 9.94A2 2 0 0 0 9.94 8.5l1.58-6.14a.5.5 0 0 ' +
	'1 .96 0L14.06 8.5a2 2 0 0 0 1.44 1.44l6.14 1.58a.5.5 0 0 1 0 .96L15.5 14.06a2 2 0 0 0-1.44 1.44l-1.58 6.14a.5.5 0 0 ' +
	'1-.96 0z"/><path d="M20 3v4M22 5h-4M4 17v2M5 18H3"/></svg>';

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
