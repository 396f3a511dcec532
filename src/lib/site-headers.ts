import { readFileSync } from 'node:fs';
import { htmlFiles } from './site-links.ts';
import { DEFAULT_LOCALE } from './locales.ts';

// The HTTP headers the help center is served with, for every host: one policy here, written out as a `_headers` file
// (Cloudflare Pages, Netlify: `writeHostFiles`) and as an nginx `server` block (`nginxServer`). The site lives under
// `/docs`; everything below is relative to that.

import { BASE } from '../rules/schema/links.ts';

export { BASE };

/** Where `/docs` (and `/docs/`) forwards: the default locale's home page, as `src/pages/index.astro` does. */
export const HOME = `${BASE}/${DEFAULT_LOCALE}/`;

/**
 * Sent with every response. `Permissions-Policy: tools=(self)`: WebMCP's policy-controlled feature is named `tools`
 * (W3C WebMCP draft, "Permissions policy integration", default allowlist 'self'); it stays on this origin and no
 * frame of another origin may register tools.
 */
export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'tools=(self)',
};

/** Hashed build output (`/docs/_astro/…`): its name changes with its content, so it may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, `.md`, `llms*.txt`, JSON, Pagefind's index…): cached, but checked with the server first. */
export const REVALIDATE = 'no-cache';

/**
 * Content types with their charset for the files a browser would otherwise guess at. Every text type is UTF-8.
 * Types not listed here are the server's usual ones (text/html, text/css, text/javascript, image/svg+xml…).
 */
export const CONTENT_TYPES: Record<string, string> = {
	md: 'text/markdown; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	json: 'application/json; charset=utf-8',
	/** The change-log feeds (`/docs/en/changes.rss`). */
	rss: 'application/rss+xml; charset=utf-8',
};

/** A parsed policy: each directive with its sources, in the order first seen. */
type Directives = Map<string, string[]>;

function parsePolicy(policy: string): Directives {
	const directives: Directives = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The `<meta http-equiv="content-security-policy">` policy of a built page, or `undefined` when it has none. */
export function metaPolicy(html: string): string | undefined {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * The Content-Security-Policy header for every HTML page: the pages' `<meta>` policies (Astro's, from `src/lib/csp.ts`
 * plus the hashes of each page's inline scripts) merged into one, a source allowed on any page being allowed in the
 * directive, plus `frame-ancestors 'none'`, which a `<meta>` policy cannot carry. The pages differ only in which
 * inline-script hashes they list, so the header allows on each page what its own meta tag allows, no more origins.
 * Throws when `policies` is empty: a build without a policy must not be deployed with an open one.
 */
export function headerPolicy(policies: string[]): string {
	if (!policies.length)
		throw new Error('Content-Security-Policy: no built page carries a <meta> policy to send as a header');
	const merged: Directives = new Map();
	for (const policy of policies)
		for (const [name, sources] of parsePolicy(policy)) {
			const all = merged.get(name) ?? [];
			for (const source of sources) if (!all.includes(source)) all.push(source);
			merged.set(name, all);
		}
	merged.set('frame-ancestors', ["'none'"]);
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The header policy of the site built in `dist`: `headerPolicy` over every page's `<meta>` policy. */
export function builtHeaderPolicy(dist: string): string {
	return headerPolicy(htmlFiles(dist).flatMap((file) => metaPolicy(readFileSync(file, 'utf8')) ?? []));
}

/** Which responses carry which headers: the policy the host files are written from. */
export interface HeaderRule {
	/** What the rule covers, in words (a comment in the host files). */
	what: string;
	/** `_headers` URL patterns (`*` matches anything). */
	patterns: string[];
	headers: Record<string, string>;
}

/** The rules for a site whose pages carry `csp` (see `headerPolicy`), for a `_headers` file. */
export function headerRules(csp: string): HeaderRule[] {
	return [
		{ what: 'every response', patterns: [`${BASE}/*`], headers: { ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE } },
		{
			what: 'HTML pages',
			patterns: [`${BASE}/`, `${BASE}/*/`, `${BASE}/*.html`],
			headers: { 'Content-Security-Policy': csp },
		},
		{ what: 'hashed build output', patterns: [`${BASE}/_astro/*`], headers: { 'Cache-Control': IMMUTABLE } },
		...Object.entries(CONTENT_TYPES).map(([ext, type]) => ({
			what: `.${ext} files`,
			patterns: [`${BASE}/*.${ext}`],
			headers: { 'Content-Type': type },
		})),
	];
}

/**
 * The `_headers` file (Cloudflare Pages and Netlify syntax): a URL pattern, then its headers indented. Both hosts
 * apply every rule whose pattern matches; Cloudflare Pages' `! Cache-Control` detaches the revalidation header before
 * the hashed build output's own (Netlify lets the later, more specific rule win).
 */
export function headersFile(csp: string): string {
	const lines = ['# Generated by src/lib/site-headers.ts at build time: the site is served under /docs.'];
	for (const rule of headerRules(csp))
		for (const pattern of rule.patterns) {
			lines.push('', `# ${rule.what}`, pattern);
			if (rule.headers['Cache-Control'] === IMMUTABLE) lines.push('  ! Cache-Control');
			for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
		}
	return `${lines.join('\n')}\n`;
}

/**
 * The `_redirects` file (same hosts): `/docs` to `/docs/`, whose page (src/pages/index.astro) opens the reader's
 * language; a static host cannot read the language cookie or `Accept-Language`.
 */
export function redirectsFile(): string {
	return `${BASE} ${BASE}/ 302\n`;
}
