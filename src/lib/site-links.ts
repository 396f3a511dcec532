import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

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
 * folder with `/` separators: `/docs/en/x/` -> `en/x/index.html`; `/docs/en/x` -> `en/x`, `en/x/index.html`, `en/x.html`. `undefined` when the path is
 * outside `base` or not valid percent-encoding.
 */
export function servedFrom(pathname: string, base = '/docs'): string[] | undefined {
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
export function resolveSitePath(dir: string, pathname: string, base = '/docs'): string | undefined {
	for (const candidate of servedFrom(pathname, base) ?? []) {
		const file = join(dir, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

/** What one built page holds: the `href` of every `<a>` and `<area>`, and every element `id`. */
export interface PageScan {
	hrefs: string[];
	ids: Set<string>;
}

/** Reads one HTML page with htmlparser2 (entities decoded, names lower-cased). */
export function scanPage(html: string): PageScan {
	const scan: PageScan = { hrefs: [], ids: new Set() };
	const parser = new Parser({
		onopentag(name, attrs) {
			if (attrs.id) scan.ids.add(attrs.id);
			if ((name === 'a' || name === 'area') && attrs.href !== undefined) scan.hrefs.push(attrs.href);
		},
	});
	parser.end(html);
	return scan;
}

/** The site path of a built HTML file: `en/x/index.html` -> `/docs/en/x/`, `404.html` -> `/docs/404`. */
export function pagePath(page: string, base = '/docs'): string {
	return `${base}/${page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/** Whether `fragment` names a place on a page with these ids (HTML: an empty fragment and `top` are the top). */
const fragmentExists = (fragment: string, ids: Set<string>) => fragment === '' || fragment.toLowerCase() === 'top' || ids.has(fragment);

/**
 * Checks every link of every built HTML page in `dir` that stays on this site: root-relative (`/docs/…`), relative
 * (`../x/`, `#id`, `?q`) or absolute to `site`. The target file must exist and, for a `#fragment` on an HTML page, an
 * element with that id. Links that leave `base` on purpose (`https://carat.im/en/…`, `/en/…`) are not this site's;
 * a relative link that climbs out of `base` is reported.
 *
 * Cost: each file is listed once and each page parsed once; each distinct target (path, then path + fragment) is
 * resolved once however many pages link to it, so the time grows with pages + distinct targets, not pages × links.
 * Returns one entry per page and broken `href`, pages in listing order.
 */
export function findBrokenLinks(dir: string, { base = '/docs', site = 'https://carat.im' } = {}): BrokenLink[] {
	const files = siteFiles(dir);
	const origin = new URL(site).origin;
	const inBase = (pathname: string) => pathname === base || pathname.startsWith(`${base}/`);
	const idsOf = new Map<string, Set<string>>();
	/** Each distinct target, keyed by its absolute URL (fragment included), with the pages and spellings using it. */
	const targets = new Map<string, { url: URL | undefined; uses: { page: string; href: string }[] }>();
	/** What an href resolves to: the key of its target in `targets`, or `null` for a link that is not this site's. */
	const keyOf = new Map<string, string | null>();

	for (const page of [...files].filter((f) => f.endsWith('.html'))) {
		const scan = scanPage(readFileSync(join(dir, page), 'utf8'));
		idsOf.set(page, scan.ids);
		const here = `${origin}${pagePath(page, base)}`;
		for (const href of scan.hrefs) {
			// A root-relative or absolute href means the same on every page: resolve it once (the sidebar's links repeat
			// on every page); a relative one once per page.
			const cacheKey = isRelative(href) ? `${here} ${href}` : href;
			let key = keyOf.get(cacheKey);
			if (key === undefined) {
				const url = URL.parse(href, here) ?? undefined;
				// Another site, or carat.im outside the help center written as such: not this site's to check.
				key = url && (url.origin !== origin || (!inBase(url.pathname) && !isRelative(href))) ? null : (url?.href ?? `malformed:${href}`);
				keyOf.set(cacheKey, key);
				if (key !== null && !targets.has(key)) targets.set(key, { url, uses: [] });
			}
			if (key !== null) targets.get(key)!.uses.push({ page, href });
		}
	}

	const fileOf = new Map<string, string | undefined>();
	const resolve = (pathname: string) => {
		if (!fileOf.has(pathname)) fileOf.set(pathname, servedFrom(pathname, base)?.find((c) => files.has(c)));
		return fileOf.get(pathname);
	};
	const broken: BrokenLink[] = [];
	for (const { url, uses } of targets.values()) {
		const problem = !url ? 'malformed URL' : problemWith(url, resolve(url.pathname), idsOf, base);
		if (problem) for (const use of uses) broken.push({ ...use, problem });
	}
	return broken.sort((a, b) => a.page.localeCompare(b.page) || a.href.localeCompare(b.href));
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
function problemWith(url: URL, file: string | undefined, idsOf: Map<string, Set<string>>, base: string): string | undefined {
	if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return `leaves the help center: resolves to ${url.pathname}, outside ${base}/`;
	if (!file) return 'no such page';
	if (!file.endsWith('.html')) return undefined; // a fragment of a .md or .txt file is not checked
	let fragment = url.hash.slice(1);
	try {
		fragment = decodeURIComponent(fragment);
	} catch {
		/* keep it as written */
	}
	return fragmentExists(fragment, idsOf.get(file) ?? new Set()) ? undefined : `no element with id "${fragment}" on ${url.pathname}`;
}
