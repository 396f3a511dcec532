import { describe, expect, it } from 'vitest';
import { scanPage, SiteScanner, type ScannedPage } from './page-scan.ts';

const SIDEBAR = 'sl-sidebar-state-persist';
/** A sidebar as Starlight writes it: the same links on every page, `aria-current="page"` on the current one. */
const sidebar = (current: number, extra = '') =>
	`<${SIDEBAR} data-hash="h"><ul>${[0, 1, 2].map((i) => `<li><a href="/docs/p${i}/"${i === current ? ' aria-current="page"' : ''}>P${i}</a></li>`).join('')}</ul>${extra}</${SIDEBAR}>`;
const page = (i: number, { head = '', side = sidebar(i) } = {}) =>
	`<!doctype html><html><head>${head}</head><body><nav>${side}</nav><main><h1 id="t${i}">P${i}</h1><a href="../p${i + 1}/">next</a></main></body></html>`;

/** Every link and id a scanned page holds, its own and its sidebar's, sorted. */
const all = ({ own, shared }: ScannedPage) => ({
	hrefs: [...own.hrefs, ...(shared?.scan.hrefs ?? [])].sort(),
	ids: [...own.ids, ...(shared?.scan.ids ?? [])].sort(),
});
const whole = (html: string) => {
	const { hrefs, ids } = scanPage(html);
	return { hrefs: [...hrefs].sort(), ids: [...ids].sort() };
};

describe('SiteScanner', () => {
	it('reads a sidebar that differs only by aria-current once, and finds what a whole parse finds', () => {
		const scanner = new SiteScanner(SIDEBAR);
		const results = [0, 1, 2].map((i) => scanner.scan(`p${i}`, Buffer.from(page(i))));
		expect(new Set(results.map((r) => r.shared)).size).toBe(1);
		expect(results[0]!.shared!.pages).toEqual(['p0', 'p1', 'p2']);
		expect(results[0]!.shared!.scan.hrefs).toEqual(['/docs/p0/', '/docs/p1/', '/docs/p2/']);
		expect(results.map((r) => r.own.hrefs)).toEqual([['../p1/'], ['../p2/'], ['../p3/']]);
		results.forEach((r, i) => expect(all(r)).toEqual(whole(page(i))));
	});

	it('reads a sidebar that differs otherwise as another one, with its own links and ids', () => {
		const scanner = new SiteScanner(SIDEBAR);
		const a = scanner.scan('a', Buffer.from(page(0)));
		const b = scanner.scan('b', Buffer.from(page(0, { side: sidebar(0, '<a id="extra" href="/docs/extra/">x</a>') })));
		expect(b.shared).not.toBe(a.shared);
		expect(b.shared!.scan.hrefs).toContain('/docs/extra/');
		expect([...b.shared!.scan.ids]).toEqual(['extra']);
		expect(a.shared!.pages).toEqual(['a']);
	});

	it.each([
		{ name: 'its opening tag inside a script before it', head: `<script>const tag = "<${SIDEBAR}>";</script>` },
		{ name: 'its opening tag inside a comment before it', head: `<!-- <${SIDEBAR}> -->` },
	])('parses the whole page when the element cannot be cut out: $name', ({ head }) => {
		const html = page(0, { head });
		const result = new SiteScanner(SIDEBAR).scan('p0', Buffer.from(html));
		expect(result.shared).toBeUndefined();
		expect(all(result)).toEqual(whole(html));
	});

	it('parses the whole page when the element ends inside a script, which would hide what follows', () => {
		const html = page(0, { side: sidebar(0, '<script>let s = "') }).replace('</main>', '"</script></main>');
		const result = new SiteScanner(SIDEBAR).scan('p0', Buffer.from(html));
		expect(result.shared).toBeUndefined();
		expect(all(result)).toEqual(whole(html));
	});

	it('parses a page without the element whole', () => {
		const html = '<p><a href="/docs/x/" id="y">x</a></p>';
		expect(new SiteScanner(SIDEBAR).scan('x', Buffer.from(html))).toEqual({
			own: { hrefs: ['/docs/x/'], ids: new Set(['y']) },
		});
	});

	it('decodes entities and non-ASCII text in and around the sidebar', () => {
		const side = `<${SIDEBAR}><a href="/docs/caf%C3%A9/?a=1&amp;b=2" id="é">café</a></${SIDEBAR}>`;
		const html = `<h2 id="Ünïcode">Ü</h2>${side}<a href="#Ünïcode">u</a>`;
		const result = new SiteScanner(SIDEBAR).scan('p', Buffer.from(html));
		expect(result.shared!.scan.hrefs).toEqual(['/docs/caf%C3%A9/?a=1&b=2']);
		expect(all(result)).toEqual(whole(html));
	});
});
