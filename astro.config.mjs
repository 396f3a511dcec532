// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import atomicBuild from './src/integrations/atomic-build.ts';
import linkCheck from './src/integrations/link-check.ts';
import hostFiles from './src/integrations/host-files.ts';
import searchFacade from './src/integrations/search-facade.ts';
import ruleDataCheck from './src/integrations/rule-data-check.ts';
import missingTranslations from './src/integrations/missing-translations.ts';
import { localizedHeadingLinks } from './src/integrations/localized-heading-links.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { articlePolicy } from './src/lib/satteri-article-policy.ts';
import { searchIgnoreTableHeaders } from './src/lib/satteri-search-ignore.ts';
import { cjkFriendlyEmphasis } from './src/lib/satteri-cjk-emphasis.ts';
import { sparkleIcon } from './src/lib/satteri-sparkle-icon.ts';
import { readSections } from './src/lib/sections.ts';
import { CSP } from './src/lib/csp.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';
import { BASE, SITE } from './src/rules/schema/links.ts';

export default defineConfig({
	// URLs mirror the live help center: https://carat.im/docs/en/…
	site: SITE,
	base: BASE,
	trailingSlash: 'ignore',
	// A Content-Security-Policy <meta> on every page: scripts by hash only, no other origin (see src/lib/csp.ts).
	security: { csp: CSP },
	// Stylesheets as files, never inline <style>: the CSP allows this origin's files, and an inline copy would need a
	// hash that changes with every CSS edit.
	build: { inlineStylesheets: 'never' },
	// Astro's default processor (Sätteri), plus the article HTML policy: unsafe HTML in an article (<script>, onerror=…,
	// javascript: links, foreign embeds…) fails the build, naming the file and line.
	markdown: {
		// Emphasis next to Hangul closes the CJK-friendly way (`**[혜택 사용중]**에서`): Sätteri has no such option. The
		// app's ✨ is drawn as an SVG: the emoji is an empty box without an emoji font.
		processor: satteri({
			mdastPlugins: [articlePolicy(), cjkFriendlyEmphasis()],
			hastPlugins: [searchIgnoreTableHeaders(), sparkleIcon()],
		}),
		// Code blocks are highlighted by Starlight's Expressive Code (classes and a stylesheet); Astro's own Shiki would
		// write inline styles, which the CSP refuses.
		syntaxHighlight: false,
	},
	integrations: [
		// Malformed rule data stops the build before anything is rendered.
		ruleDataCheck(),
		// An English page without its Korean page builds (Starlight's fallback) and the build names the file to write.
		missingTranslations(),
		starlight({
			title: { en: 'Carat Help', ko: 'Carat 도움말' },
			description:
				'Answers about Carat plans, unlimited models and credits, with an eligibility checker and a credit estimator.',
			// English and Korean, each under its own folder (/docs/en/…, /docs/ko/…), with Starlight's language picker,
			// hreflang alternates and its built-in Korean UI strings; the sitemap gets the alternates too.
			defaultLocale: DEFAULT_LOCALE,
			locales: LOCALES,
			favicon: '/favicon.svg',
			// src/pages/404.astro instead: Starlight's own 404 route makes Astro warn that no `docs/404` entry exists.
			disable404Route: true,
			// The articles live at the repository root (content/docs), so Starlight's Markdown plugins must be told.
			markdown: { processedDirs: ['./content/docs'] },
			routeMiddleware: './src/route-data.ts',
			components: {
				// The title, then the page actions (copy page, view as Markdown, open in ChatGPT or Claude), the date the
				// article
				// was last checked and its search keywords (BGM, Korean forms, the sidebar label). Not the
				// starlight-page-actions
				// plugin: it needs Astro 5, copies the raw MDX as its .md files and writes its own llms.txt, which collide with
				// ours.
				PageTitle: './src/overrides/PageTitle.astro',
				// Search that offers a way on (the checker, the home page) when nothing matches.
				Search: './src/overrides/Search.astro',
				// Starlight's footer plus a link to the accessibility statement (as GOV.UK services link theirs).
				Footer: './src/overrides/Footer.astro',
				// Starlight's header plus a language switch on phones, where Starlight's picker is hidden in the menu.
				Header: './src/overrides/Header.astro',
			},
			customCss: ['./src/styles/custom.css'],
			// The extra terms each page is indexed with (Korean stems, spacing variants: src/overrides/PageTitle.astro)
			// count less than its words; its sidebar label counts as a second title.
			pagefind: { ranking: { metaWeights: { title: 5, label: 5, terms: 0.5 } } },
			// Heading anchor links named in the page's language (Starlight reads it from a path under src/content/docs).
			plugins: [localizedHeadingLinks()],
			// Curated on purpose: every page carries the whole sidebar.
			sidebar: [
				// Starlight puts the reader's locale before a `link` and picks the page of that locale for a `slug`.
				{ label: 'Home', translations: { ko: '홈' }, link: '/' },
				// The groups and their order are content: content/docs/sections.json (labels in both languages).
				...readSections(fileURLToPath(new URL('.', import.meta.url))).map(({ label, translations, slugs }) => ({
					label,
					translations,
					items: slugs.map((slug) => ({ slug })),
				})),
			],
		}),
		// The islands are the only JSX (src/components/*.tsx). Without `include`, @astrojs/preact runs Babel over every
		// .ts/.js module the build imports (rules, libraries, endpoints), where it has nothing to do.
		preact({ include: [/\.[jt]sx$/] }),
		// starlight-links-validator only reads src/content/docs; this checks every link of the built site instead.
		linkCheck(),
		// After Starlight's Pagefind index: the search dialog's queries go through the shared analyzer (src/search/).
		searchFacade(),
		// dist/_headers and dist/_redirects for static hosts, with the CSP of the built pages (src/lib/site-headers.ts).
		hostFiles(),
		// Last: the site is built into a staging folder and moved into dist/ only once every check above has passed; a
		// failed or interrupted build leaves the previous dist/ as it was.
		atomicBuild(),
	],
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Harmless, upstream (withastro/astro#18087): Astro's own `"use astro:head-inject"` marker in every MDX
					// page trips rolldown's directive check. Any other directive warning still prints.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
