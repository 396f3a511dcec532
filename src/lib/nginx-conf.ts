import { BASE, CONTENT_TYPES, HOME, IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from './site-headers.ts';
import { LANG_COOKIE } from './language-choice.ts';
import { DEFAULT_LOCALE, LOCALE_KEYS } from './locales.ts';

/**
 * `/docs` and `/docs/` open the reader's language, as `chooseLocale` (src/lib/language-choice.ts) decides: the
 * language cookie, else the browser's first preferred language (`Accept-Language: ko-KR,…`), else the default. The
 * answer depends on both headers, and says so (`Vary`). An `if` that only returns is safe in an nginx location.
 */
const openLanguage = (headers: string[]) => [
	...headers,
	'		add_header Vary "Cookie, Accept-Language" always;',
	...LOCALE_KEYS.map((l) => `		if ($cookie_${LANG_COOKIE} = "${l}") { return 302 ${BASE}/${l}/; }`),
	...LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE).map(
		(l) => `		if ($http_accept_language ~* "^\\s*${l}(?![a-z])") { return 302 ${BASE}/${l}/; }`,
	),
	`		return 302 ${HOME};`,
];

/** Where the nginx server listens and what it serves. */
export interface NginxSite {
	/** `listen` value: `80`, `127.0.0.1:4910`. */
	listen: string;
	/** A folder holding the built site as `docs/` (a copy or a symlink of `dist/`): `/docs/x` is `<root>/docs/x`. */
	root: string;
	/** The Content-Security-Policy header of HTML pages (`headerPolicy`). */
	csp: string;
}

/** Every type the built site has, for nginx's `types` block (so the server block needs no mime.types). */
const TYPES: Record<string, string[]> = {
	'text/html': ['html'],
	'text/css': ['css'],
	'text/javascript': ['js', 'mjs'],
	'application/json': ['json'],
	'text/markdown': ['md'],
	'text/plain': ['txt'],
	'application/xml': ['xml'],
	'application/rss+xml': ['rss'],
	'image/svg+xml': ['svg'],
	'image/png': ['png'],
	'image/x-icon': ['ico'],
	'font/woff2': ['woff2'],
	'application/wasm': ['wasm'],
	'application/octet-stream': ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'],
};

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const addHeaders = (headers: Record<string, string>, indent: string) =>
	Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/**
 * An nginx `server` block serving the built site under `/docs` with the headers of `src/lib/site-headers.ts`:
 * every response the security headers; HTML pages (a path ending in `/` or `.html`, and the 404 page) the CSP header;
 * `/docs/_astro/` a year's immutable caching, the rest `no-cache`; `.md`, `.txt`, `.json` and `.rss` with
 * `charset=utf-8`;
 * `/docs` and `/docs/` redirected (302) to the reader's language (`openLanguage`); a directory path without its slash
 * redirected (301, nginx's own) to the path with it, query kept; any other path, inside `/docs` or not, the 404 page.
 * nginx repeats no `add_header` of an outer level in a location that has its own, so each location lists them all.
 */
export function nginxServer({ listen, root, csp }: NginxSite): string {
	const headers = (extra: Record<string, string>) => addHeaders({ ...SECURITY_HEADERS, ...extra }, '\t\t');
	const withCharset = Object.values(CONTENT_TYPES).map((t) => t.split(';')[0]!);
	return [
		"# Generated from src/lib/site-headers.ts and the built pages' CSP (node scripts/nginx-conf.ts): do not edit.",
		'server {',
		`\tlisten ${listen};`,
		`\troot ${root};`,
		'\tserver_tokens off;',
		// Location headers relative to the request (`/docs/en/`), right behind a proxy or on another port alike.
		'\tabsolute_redirect off;',
		'\tindex index.html;',
		// A widget link holds its answers: the estimator's "a link with 1,000 lines opens with 50" is a 13 KB request
		// line, over nginx's 8 KB default (nginx answers 414). Node's server, used before nginx, allowed 16 KB.
		'\tlarge_client_header_buffers 4 64k;',
		'\tcharset utf-8;',
		`\tcharset_types ${withCharset.join(' ')};`,
		'\ttypes {',
		...Object.entries(TYPES).map(([type, exts]) => `\t\t${type} ${exts.join(' ')};`),
		'\t}',
		'\tdefault_type application/octet-stream;',
		`\terror_page 404 ${BASE}/404.html;`,
		'',
		`\tlocation = ${BASE} {`,
		...openLanguage(headers({ 'Cache-Control': REVALIDATE })),
		'\t}',
		`\tlocation = ${BASE}/ {`,
		...openLanguage(headers({ 'Cache-Control': REVALIDATE })),
		'\t}',
		`\tlocation ^~ ${BASE}/_astro/ {`,
		...headers({ 'Cache-Control': IMMUTABLE }),
		'\t}',
		`\tlocation ~ ^${BASE}/(.*/|.*\\.html)$ {`,
		...headers({ 'Cache-Control': REVALIDATE, 'Content-Security-Policy': csp }),
		'\t}',
		`\tlocation ${BASE}/ {`,
		...headers({ 'Cache-Control': REVALIDATE }),
		'\t}',
		'\tlocation / {',
		...headers({ 'Cache-Control': REVALIDATE }),
		'\t\treturn 404;',
		'\t}',
		'}',
		'',
	].join('\n');
}

/** The committed `deploy/nginx.conf`: port 80, the site copied to `/srv/carat-help/docs`. */
export const DEPLOY = { listen: '80', root: '/srv/carat-help' } as const;
