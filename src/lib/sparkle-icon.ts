/** The emoji the help center writes for the app's [Sparkle icon] button. */
export const SPARKLE = '✨';

/**
 * The sparkle drawn as an SVG on a 24 x 24 grid, stroked in the text colour (Lucide's `sparkles`, ISC licence): the
 * emoji is an empty box where no emoji font is installed. Used by the articles (satteri-sparkle-icon.ts) and the
 * widgets (`Rich`, src/components/fields.tsx).
 */
export const SPARKLE_PATHS = [
	'M9.94 15.5A2 2 0 0 0 8.5 14.06l-6.14-1.58a.5.5 0 0 1 0-.96L8.5 9.94A2 2 0 0 0 9.94 8.5l1.58-6.14a.5.5 0 0 1 .96 0' +
		'L14.06 8.5a2 2 0 0 0 1.44 1.44l6.14 1.58a.5.5 0 0 1 0 .96L15.5 14.06a2 2 0 0 0-1.44 1.44l-1.58 6.14a.5.5 0 0 1-.96 0z',
	'M20 3v4M22 5h-4M4 17v2M5 18H3',
];
