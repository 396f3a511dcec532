import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The `style="…"` attributes the built pages carry, all rendered by Starlight's own components (none by ours):
 * `Icon` (`--sl-icon-size`), `Select` (`--sl-select-width`), `Search` (the `kbd` hint and the `dialog`) and the
 * sidebar and table of contents (`--depth`). Each is allowed by the hash of its exact text (`'unsafe-hashes'` in
 * `style-src-attr`), so no other style attribute can apply; the built-site test fails when this list and the pages
 * disagree, naming the value to add or remove.
 */
export const STYLE_ATTRIBUTES = [
	'--sl-icon-size: 1em;',
	'--sl-icon-size: 1rem;',
	'--sl-icon-size: 1.25rem;',
	'--sl-icon-size: 1.333em;',
	'--sl-icon-size: 1.5rem;',
	'--sl-select-width: 6.25em',
	// The language picker (English / 한국어): Starlight sizes a select by its longest option.
	'--sl-select-width: 7em',
	'--depth: 0;',
	'--depth: 1;',
	'display: none;',
	'padding:0',
];

/**
 * Starlight's `is:inline` scripts, which Astro renders as written and does not hash: their sha256, with where each
 * comes from (Starlight 0.42.4). They are the same on every page. After a Starlight upgrade the built-site test names
 * any inline script whose hash is missing here, or any hash here no page uses.
 */
export const STARLIGHT_INLINE_SCRIPTS: { hash: `sha256-${string}`; what: string }[] = [
	{
		hash: 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
		what: 'ThemeProvider: applies the stored light/dark theme before the first paint',
	},
	{
		hash: 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
		what: 'ThemeSelect: StarlightThemeProvider.updatePickers()',
	},
	{
		hash: 'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
		what: 'Search: opens the search dialog on click and Ctrl+K',
	},
	{
		hash: 'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
		what: 'SidebarPersister: restores the open sidebar groups',
	},
	{
		hash: 'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
		what: 'SidebarPersister: restores the sidebar scroll position',
	},
];

/** The CSP source expression for one style attribute's text: `'sha256-<base64>'` without the quotes. */
export const styleHash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/**
 * Astro's `security.csp` for this site. Astro adds to `script-src` the hash of every inline script it bundles (the
 * island
 * loaders, Starlight's module scripts) and to `style-src-elem` the hash of every inline `<style>` it renders
 * (stylesheets
 * are not inlined: `build.inlineStylesheets: 'never'`). Beyond that:
 * - `script-src` allows this origin, the hashes of `STARLIGHT_INLINE_SCRIPTS`, and nothing inline besides;
 * - `default-src 'none'`: anything not named below (frames, objects, media, manifests…) is refused;
 * - images, fonts, fetches and workers from this origin only; `data:` images for Starlight's CSS icons;
 * - no `<base>` and no form submissions;
 * - style attributes only by the hash of each text in `STYLE_ATTRIBUTES`.
 * No other origin appears anywhere. Pagefind compiles its WebAssembly inside its worker, which a `<meta>` policy does
 * not reach, so `'wasm-unsafe-eval'` is not needed; a server that also sends this policy as a header on
 * `pagefind-worker.js` must add it there. `frame-ancestors` cannot be set in a `<meta>` policy: send it as a header.
 */
export const CSP: CspConfig = {
	directives: [
		"default-src 'none'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
	],
	scriptDirective: { resources: ["'self'"], hashes: STARLIGHT_INLINE_SCRIPTS.map((s) => s.hash) },
	styleDirective: {
		resources: [
			{ resource: "'self'", kind: 'element' },
			{ resource: "'unsafe-hashes'", kind: 'attribute' },
		],
		hashes: STYLE_ATTRIBUTES.map((text) => ({ hash: styleHash(text), kind: 'attribute' as const })),
	},
};
