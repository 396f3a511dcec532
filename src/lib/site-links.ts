import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A link of a built page that does not resolve. */
export interface BrokenLink {
	/** Built file the link is on, relative to the output folder, e.g. `en/index.html`. */
	page: string;
	/** The `href` as written. */
	href: string;
	/** Why it does not resolve. */
	problem: string;
}

/** Every `.html` file under `dir`, as absolute paths. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
	return ids.get(file)!;
}

/**
 * The built file a site path resolves to, as the static server serves it: `/docs/en/x/` -> `<dir>/en/x/index.html`,
 * `/docs/llms.txt` -> `<dir>/llms.txt`. `undefined` when nothing is there or the path is outside `base`.
 */
export function resolveSitePath(dir: string, pathname: string, base = '/docs'): string | undefined {
	if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
	const rel = decodeURIComponent(pathname.slice(base.length)).replace(/^\/+/, '');
	for (const candidate of [join(dir, rel), join(dir, rel, 'index.html'), join(dir, `${rel}.html`)])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return undefined;
}

/**
 * Checks every internal link (`href` starting with `/` or `#`, or an absolute link to `site`) of every built HTML page
 * in `dir`: the target file must exist and, for a `#fragment` on an HTML page, an element with that id.
 */
export function findBrokenLinks(dir: string, { base = '/docs', site = 'https://carat.im' } = {}): BrokenLink[] {
	ids.clear();
	const broken: BrokenLink[] = [];
	for (const file of htmlFiles(dir)) {
		const page = relative(dir, file);
		const html = readFileSync(file, 'utf8');
		const pagePath = `${base}/${page.replace(/index\.html$/, '')}`;
		for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
			const href = raw!.replaceAll('&amp;', '&');
			let url: URL;
			if (href.startsWith(site)) url = new URL(href);
			else if (href.startsWith('/') || href.startsWith('#')) url = new URL(href, `https://site.invalid${pagePath}`);
			else continue;
			if (!url.pathname.startsWith(base)) continue;
			const target = resolveSitePath(dir, url.pathname, base);
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (!target) broken.push({ page, href, problem: 'no such page' });
			else if (fragment && target.endsWith('.html') && fragment !== '_top' && !idsOf(target).has(fragment))
				broken.push({ page, href, problem: `no element with id "${fragment}"` });
		}
	}
	return broken;
}
