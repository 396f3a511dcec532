import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SiteScanner, type ScannedPage } from './page-scan.ts';
import { BASE, SITE } from '../rules/schema/links.ts';

/** A link of a built page that does not resolve. */
export interface BrokenLink {
	/** Built file the link is on, relative to the output folder, e.g. `en/index.html`. */
	page: string;
	/** The `href` as written (entities decoded). */
	href: string;
	/** Why it does not resolve. */
	problem: string;
}

/** Every `.html` file under `dir`, as paths joined to `dir`. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

/**
 * The built files a site path may be served from, in the order a static server tries them, relative to the output
 * folder with `/` separators: `/docs/en/x/` -> `en/x/index.html`; `/docs/en/x` -> `en/x`, `en/x/index.html`,
 * `en/x.html`. `undefined` when the path is
 * outside `base` or not valid percent-encoding.
 */
export function servedFrom(pathname: string, base = BASE): string[] | undefined {
	if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
	let rel: string;
	try {
		rel = decodeURIComponent(pathname.slice(base.length)).replace(/^\/+/, '');
	} catch {
		return undefined;
	}
	if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
	return [rel, `${rel}/index.html`, `${rel}.html`];
}

/**
 * The built file a site path resolves to, as the static server serves it: `/docs/en/x/` -> `<dir>/en/x/index.html`,
 * `/docs/llms.txt` -> `<dir>/llms.txt`. `undefined` when nothing is there or the path is outside `base`. Touches the
 * disk on every call: for one page at a time (the test server); `findBrokenLinks` lists the folder once instead.
 */
export function resolveSitePath(dir: string, pathname: string, base = BASE): string | undefined {
	for (const candidate of servedFrom(pathname, base) ?? []) {
		const file = join(dir, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

/** The site path of a built HTML file: `en/x/index.html` -> `/docs/en/x/`, `404.html` -> `/docs/404`. */
export function pagePath(page: string, base = BASE): string {
	return `${base}/${page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/**
 * Whether `fragment` names a place on a page whose ids `hasId` knows (HTML: an empty fragment and `top` are the top).
 */
const fragmentExists = (fragment: string, hasId: (id: string) => boolean) =>
	fragment === '' || fragment.toLowerCase() === 'top' || hasId(fragment);

/** Starlight's sidebar element: the same links on every page, so read once (see `SiteScanner`). */
const SIDEBAR = 'sl-sidebar-state-persist';

/** Where one spelling of a link is used: on `pages` (one page, or every page carrying a shared sidebar). */
type Use = { href: string; pages: string[] };

/**
 * Checks every link of every built HTML page in `dir` that stays on this site: root-relative (`/docs/…`), relative
 * (`../x/`, `#id`, `?q`) or absolute to `site`. The target file must exist and, for a `#fragment` on an HTML page, an
 * element with that id. Links that leave `base` on purpose (`https://carat.im/en/…`, `/en/…`) are not this site's;
 * a relative link that climbs out of `base` is reported.
 *
 * Cost: each file is listed once and read once; each page is parsed once, except the sidebar every page repeats,
 * which is parsed once per distinct copy (`SiteScanner`); each distinct target (path, then path + fragment) is
 * resolved once however many pages link to it. The time grows with pages + distinct targets, not pages × links.
 * Returns one entry per page and broken `href`, sorted by page, then `href`.
 */
export function findBrokenLinks(dir: string, { base = BASE, site = SITE } = {}): BrokenLink[] {
	const files = siteFiles(dir);
	const origin = new URL(site).origin;
	const inBase = (pathname: string) => pathname === base || pathname.startsWith(`${base}/`);
	const scanner = new SiteScanner(SIDEBAR);
	const scanned = new Map<string, ScannedPage>();
	for (const page of files)
		if (page.endsWith('.html')) scanned.set(page, scanner.scan(page, readFileSync(join(dir, page))));

	/** Each distinct target, keyed by its absolute URL (fragment included), with the spellings and pages using it. */
	const targets = new Map<string, { url: URL | undefined; uses: Use[] }>();
	/** What an href resolves to: the key of its target in `targets`, or `null` for a link that is not this site's. */
	const keyOf = new Map<string, string | null>();
	/** Notes that `pages` use `href`, written on a page at URL `here`. */
	const use = (href: string, here: string, pages: string[]) => {
		// A root-relative or absolute href means the same on every page: resolve it once; a relative one once per page.
		const cacheKey = isRelative(href) ? `${here} ${href}` : href;
		let key = keyOf.get(cacheKey);
		if (key === undefined) {
			const url = URL.parse(href, here) ?? undefined;
			// Another site, or carat.im outside the help center written as such: not this site's to check.
			key =
				url && (url.origin !== origin || (!inBase(url.pathname) && !isRelative(href)))
					? null
					: (url?.href ?? `malformed:${href}`);
			keyOf.set(cacheKey, key);
			if (key !== null && !targets.has(key)) targets.set(key, { url, uses: [] });
		}
		if (key !== null) targets.get(key)!.uses.push({ href, pages });
	};
	const sidebars = new Set<NonNullable<ScannedPage['shared']>>();
	const urlOf = (page: string) => `${origin}${pagePath(page, base)}`;
	for (const [page, { own, shared }] of scanned) {
		const here = urlOf(page);
		for (const href of own.hrefs) use(href, here, [page]);
		if (shared) sidebars.add(shared);
	}
	// A sidebar's links count once for all the pages carrying it; a relative one (Starlight writes none) once per page.
	for (const { scan, pages } of sidebars)
		for (const href of scan.hrefs) {
			if (isRelative(href)) for (const page of pages) use(href, urlOf(page), [page]);
			else use(href, urlOf(pages[0]!), pages);
		}

	const fileOf = new Map<string, string | undefined>();
	const resolve = (pathname: string) => {
		if (!fileOf.has(pathname))
			fileOf.set(
				pathname,
				servedFrom(pathname, base)?.find((c) => files.has(c)),
			);
		return fileOf.get(pathname);
	};
	const hasId = (file: string, id: string) => {
		const page = scanned.get(file);
		return !!page && (page.own.ids.has(id) || !!page.shared?.scan.ids.has(id));
	};
	const broken = new Map<string, BrokenLink>();
	for (const { url, uses } of targets.values()) {
		const problem = !url ? 'malformed URL' : problemWith(url, resolve(url.pathname), hasId, base);
		if (problem)
			for (const { href, pages } of uses)
				for (const page of pages) broken.set(`${page}\n${href}`, { page, href, problem });
	}
	return [...broken.values()].sort((a, b) => a.page.localeCompare(b.page) || a.href.localeCompare(b.href));
}

/** Every file (not folder) under `dir`, relative to it, with `/` separators. */
function siteFiles(dir: string): Set<string> {
	const files = new Set<string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) files.add(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
	return files;
}

/** Whether an `href` is relative to the page it is on (`../x/`, `x`, `#id`, `?q`): no scheme, no leading `/`. */
const isRelative = (href: string) => !/^([a-z][a-z\d+.-]*:|\/)/i.test(href.trim());

/** Why a same-site URL does not resolve, given the built file its path resolves to; `undefined` when it does. */
function problemWith(
	url: URL,
	file: string | undefined,
	hasId: (file: string, id: string) => boolean,
	base: string,
): string | undefined {
	if (url.pathname !== base && !url.pathname.startsWith(`${base}/`))
		return `leaves the help center: resolves to ${url.pathname}, outside ${base}/`;
	if (!file) return 'no such page';
	if (!file.endsWith('.html')) return undefined; // a fragment of a .md or .txt file is not checked
	let fragment = url.hash.slice(1);
	try {
		fragment = decodeURIComponent(fragment);
	} catch {
		/* keep it as written */
	}
	return fragmentExists(fragment, (id) => hasId(file, id))
		? undefined
		: `no element with id "${fragment}" on ${url.pathname}`;
}
