import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findBrokenLinks, pagePath, servedFrom } from '../../src/lib/site-links.ts';
import { checkBuiltSite, describeBroken } from '../../src/integrations/link-check.ts';

// Synthetic built sites in a temporary folder: nothing broken is ever written into the repository.
const made: string[] = [];
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'carat-links-'));
	made.push(dir);
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), body);
	}
	return dir;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (body: string, ids: string[] = []) =>
	`<!doctype html><html><body>${ids.map((id) => `<h2 id="${id}">${id}</h2>`).join('')}${body}</body></html>`;
const FROM = 'en/group/from/index.html';
/** A small site: two sibling articles (one with headings), a Markdown copy and a text file. */
const around = {
	'en/group/sibling/index.html': page('', ['a-heading', 'Ünïcode']),
	'en/group/sibling.md': '# Sibling',
	'llms.txt': '# llms',
};

describe('findBrokenLinks', () => {
	describe.each([
		{ name: 'a relative link to a sibling that exists', href: '../sibling/', problem: undefined },
		{ name: 'a relative link to a sibling that does not', href: '../no-such-sibling/', problem: 'no such page' },
		{ name: 'a relative link without its trailing slash', href: '../sibling', problem: undefined },
		{ name: 'a relative link to an existing heading', href: '../sibling/#a-heading', problem: undefined },
		{
			name: 'a relative link to a missing heading',
			href: '../sibling/#gone',
			problem: 'no element with id "gone" on /docs/en/group/sibling/',
		},
		{ name: 'a percent-encoded heading', href: '../sibling/#%C3%9Cn%C3%AFcode', problem: undefined },
		{ name: 'a fragment on the page itself that exists', href: '#here', problem: undefined },
		{
			name: 'a fragment on the page itself that does not',
			href: '#not-here',
			problem: 'no element with id "not-here" on /docs/en/group/from/',
		},
		{ name: 'the top of the page', href: '#top', problem: undefined },
		{ name: 'a root-relative link to a page', href: '/docs/en/group/sibling/', problem: undefined },
		{ name: 'a root-relative link to nothing', href: '/docs/en/nothing/', problem: 'no such page' },
		{
			name: 'an absolute link to this site',
			href: 'https://carat.im/docs/en/group/sibling/#a-heading',
			problem: undefined,
		},
		{
			name: 'an absolute link to a missing page of this site',
			href: 'https://carat.im/docs/en/gone/',
			problem: 'no such page',
		},
		{ name: 'a Markdown copy', href: '../sibling.md', problem: undefined },
		{ name: 'a text file, root-relative', href: '/docs/llms.txt', problem: undefined },
		{ name: 'a folder that is not a page', href: '/docs/en/group/', problem: 'no such page' },
		{
			name: 'a relative link that climbs out of the help center',
			href: '../../../../x/',
			problem: 'leaves the help center: resolves to /x/, outside /docs/',
		},
		{ name: 'the Carat app, outside the help center', href: 'https://carat.im/en/subscription', problem: undefined },
		{ name: 'another site', href: 'https://example.com/missing', problem: undefined },
		{ name: 'a mail link', href: 'mailto:help@carat.im', problem: undefined },
	])('$name ($href)', ({ href, problem }) => {
		it(problem ? `is reported: ${problem}` : 'resolves', () => {
			const dir = site({ ...around, [FROM]: page(`<p><a href="${href}">link</a></p>`, ['here']) });
			expect(findBrokenLinks(dir)).toEqual(problem ? [{ page: FROM, href, problem }] : []);
		});
	});

	it('reports a broken link once per page that has it, whatever the number of pages', () => {
		const files: Record<string, string> = { ...around };
		for (let i = 0; i < 30; i++)
			files[`en/p${i}/index.html`] = page(
				'<nav><a href="/docs/en/gone/">gone</a><a href="/docs/en/group/sibling/">ok</a></nav>',
			);
		const broken = findBrokenLinks(site(files));
		expect(broken).toHaveLength(30);
		expect(new Set(broken.map((b) => b.page)).size).toBe(30);
		expect(describeBroken(broken)).toEqual([
			expect.stringMatching(
				/^\/docs\/en\/gone\/ \(no such page\) on (en\/p\d+\/index\.html, ){4}en\/p\d+\/index\.html and 25 more$/,
			),
		]);
	});

	/**
	 * Starlight's sidebar, the same on every page but for `aria-current="page"`: read once for all pages (SiteScanner).
	 */
	const sidebar = (links: string, current?: string) =>
		`<sl-sidebar-state-persist data-hash="h">${links.replace(`href="${current}"`, `href="${current}" aria-current="page"`)}</sl-sidebar-state-persist>`;
	const SIDEBAR_LINKS =
		'<a href="/docs/en/gone/">gone</a><a href="/docs/en/group/sibling/">ok</a><a href="/docs/en/group/sibling/#nowhere">no heading</a>';

	it('reports a broken sidebar link on every page that carries the sidebar', () => {
		const files: Record<string, string> = { ...around };
		for (let i = 0; i < 30; i++)
			files[`en/p${i}/index.html`] = page(
				sidebar(SIDEBAR_LINKS, `/docs/en/p${i}/`) + `<a href="/docs/en/p${(i + 1) % 30}/">next</a>`,
			);
		const broken = findBrokenLinks(site(files));
		expect(broken).toHaveLength(60);
		expect(broken.filter((b) => b.href === '/docs/en/gone/' && b.problem === 'no such page')).toHaveLength(30);
		expect(
			broken.filter(
				(b) =>
					b.href === '/docs/en/group/sibling/#nowhere' &&
					b.problem === 'no element with id "nowhere" on /docs/en/group/sibling/',
			),
		).toHaveLength(30);
		expect(new Set(broken.map((b) => b.page)).size).toBe(30);
	});

	it('resolves a relative sidebar link against each page, and finds ids inside the sidebar', () => {
		const files: Record<string, string> = { ...around };
		for (const dir of ['en/group/from', 'en/other'])
			files[`${dir}/index.html`] = page(
				sidebar('<a href="../sibling/">s</a><a href="#side" id="side">here</a>') +
					'<a href="/docs/en/other/#side">to the sidebar of another page</a>',
			);
		expect(findBrokenLinks(site(files))).toEqual([
			{ page: 'en/other/index.html', href: '../sibling/', problem: 'no such page' },
		]);
	});

	it('reports a broken link once per page, however many times the page has it', () => {
		const dir = site({
			...around,
			[FROM]: page('<a href="/docs/en/gone/">a</a><p><a href="/docs/en/gone/">b</a></p>'),
		});
		expect(findBrokenLinks(dir)).toEqual([{ page: FROM, href: '/docs/en/gone/', problem: 'no such page' }]);
	});

	it.each([
		{ pathname: '/docs/en/x/', files: ['en/x/index.html'] },
		{ pathname: '/docs/en/x', files: ['en/x', 'en/x/index.html', 'en/x.html'] },
		{ pathname: '/docs', files: ['index.html'] },
		{ pathname: '/elsewhere/', files: undefined },
		{ pathname: '/docs/%E0%A4%A', files: undefined },
	])('serves $pathname from $files', ({ pathname, files }) => {
		expect(servedFrom(pathname)).toEqual(files);
	});

	it.each([
		['en/x/index.html', '/docs/en/x/'],
		['index.html', '/docs/'],
		['404.html', '/docs/404'],
	])('knows %s is served at %s', (file, path) => {
		expect(pagePath(file)).toBe(path);
	});
});

describe('a failed link check', () => {
	const logger = () => {
		const lines: string[] = [];
		return { lines, error: (m: string) => lines.push(`error ${m}`), info: (m: string) => lines.push(`info ${m}`) };
	};

	it('removes the output folder, names the link and its page, and throws', () => {
		const dir = site({ ...around, [FROM]: page('<a href="../no-such-sibling/">x</a>') });
		const log = logger();
		expect(() => checkBuiltSite(dir, log)).toThrow(
			/1 broken internal link\(s\).*Removed .* so that it cannot be deployed/,
		);
		expect(existsSync(dir)).toBe(false);
		expect(log.lines).toEqual([`error ../no-such-sibling/ (no such page) on ${FROM}`]);
	});

	it('leaves a good site in place', () => {
		const dir = site({ ...around, [FROM]: page('<a href="../sibling/">x</a>') });
		const log = logger();
		checkBuiltSite(dir, log);
		expect(existsSync(join(dir, FROM))).toBe(true);
		expect(log.lines).toEqual(['info every internal link resolves']);
	});
});
