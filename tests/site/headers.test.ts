import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from '../browser/harness.ts';
import { nginxPath } from '../../scripts/nginx-serve.ts';
import { DEPLOY, nginxServer } from '../../src/lib/nginx-conf.ts';
import { builtHeaderPolicy } from '../../src/lib/site-headers.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';

// The site as nginx serves it with the generated server block: the headers of every kind of response, the
// redirects, the 404 page; and dist/_headers, read as Cloudflare Pages reads it, giving the same headers.

let origin = '';
let close: () => Promise<void> = async () => {};
beforeAll(async () => ({ origin, close } = await serveDist()));
afterAll(() => close());

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(`${origin}${path}`, { redirect: 'manual', headers });
const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.js'))!;

/** A policy as directive -> sources, parsed here independently of src/lib/site-headers.ts. */
const directives = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);

const SECURITY = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'tools=(self)',
};
const REVALIDATE = { 'cache-control': 'no-cache' };

const CASES = [
	{ path: '/docs/en/', status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache', csp: true },
	{
		path: '/docs/ko/tools/am-i-unlimited/',
		status: 200,
		type: 'text/html; charset=utf-8',
		cache: 'no-cache',
		csp: true,
	},
	{
		path: '/docs/en/tools/am-i-unlimited.md',
		status: 200,
		type: 'text/markdown; charset=utf-8',
		cache: 'no-cache',
		csp: false,
	},
	{ path: '/docs/llms.txt', status: 200, type: 'text/plain; charset=utf-8', cache: 'no-cache', csp: false },
	{ path: '/docs/ko/llms-full.txt', status: 200, type: 'text/plain; charset=utf-8', cache: 'no-cache', csp: false },
	{ path: '/docs/rules.json', status: 200, type: 'application/json; charset=utf-8', cache: 'no-cache', csp: false },
	{
		path: '/docs/ko/changes.rss',
		status: 200,
		type: 'application/rss+xml; charset=utf-8',
		cache: 'no-cache',
		csp: false,
	},
	{
		path: `/docs/_astro/${asset}`,
		status: 200,
		type: 'text/javascript',
		cache: 'public, max-age=31536000, immutable',
		csp: false,
	},
	{ path: '/docs/no-such-page/', status: 404, type: 'text/html; charset=utf-8', cache: 'no-cache', csp: true },
];

describe('nginx with the generated server block', () => {
	it.each(CASES)('$path: $status, $type, Cache-Control $cache', async ({ path, status, type, cache, csp }) => {
		const response = await get(path);
		expect(response.status).toBe(status);
		const headers = Object.fromEntries(response.headers);
		expect(headers).toMatchObject({ ...SECURITY, 'content-type': type, 'cache-control': cache });
		if (csp) expect(directives(headers['content-security-policy']!).get('frame-ancestors')).toEqual(["'none'"]);
		else expect(headers['content-security-policy']).toBeUndefined();
	});

	it("sends as a header every source each page's <meta> policy allows, and frame-ancestors 'none'", async () => {
		for (const file of htmlFiles('dist').filter((f) => !f.endsWith('dist/index.html'))) {
			const path = `/docs/${file.slice('dist/'.length).replace(/index\.html$/, '')}`;
			const header = directives((await get(path)).headers.get('content-security-policy') ?? '');
			const meta = directives(
				/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))![1]!,
			);
			expect(meta.size, file).toBeGreaterThan(5);
			for (const [name, sources] of meta)
				expect(header.get(name), `${path} ${name}`).toEqual(expect.arrayContaining(sources));
			expect([...header.keys()].filter((name) => !meta.has(name))).toEqual(['frame-ancestors']);
		}
	});

	it('serves the 404 page, with its status, for a path inside or outside the help center', async () => {
		const page = readFileSync('dist/404.html', 'utf8');
		for (const path of ['/docs/en/nope/', '/docs/nope.md', '/', '/etc/passwd', '/docs/%2e%2e/%2e%2e/etc/passwd']) {
			const response = await get(path);
			expect(response.status, path).toBe(404);
			expect(await response.text(), path).toBe(page);
		}
	});

	it('serves a widget link of 1,000 estimator lines (a 13 KB request line)', async () => {
		const query = Array.from({ length: 1_000 }, () => 'line=kling~1').join('&');
		expect((await get(`/docs/en/tools/credit-estimator/?plan=plus&${query}`)).status).toBe(200);
	});

	it('refuses a path that climbs out of the site (400) and reads nothing outside it', async () => {
		for (const path of ['/docs/..%2f..%2fetc/passwd', '/docs/en/..%2f..%2f..%2f..%2fetc/passwd']) {
			const response = await get(path);
			expect(response.status, path).toBe(400);
			expect(await response.text(), path).not.toContain('root:');
		}
	});

	it.each([
		{ path: '/docs', location: '/docs/en/', status: 302 },
		{ path: '/docs/', location: '/docs/en/', status: 302 },
		{
			path: '/docs/',
			headers: { 'accept-language': 'ko-KR,ko;q=0.9,en-US;q=0.8' },
			location: '/docs/ko/',
			status: 302,
		},
		{ path: '/docs', headers: { 'accept-language': 'ko' }, location: '/docs/ko/', status: 302 },
		// English first, Korean second: the first preference decides.
		{ path: '/docs/', headers: { 'accept-language': 'en-US,ko;q=0.9' }, location: '/docs/en/', status: 302 },
		// Not Korean, though it starts with "ko": Konkani.
		{ path: '/docs/', headers: { 'accept-language': 'kok-IN' }, location: '/docs/en/', status: 302 },
		// The reader's choice (the language cookie) wins over the browser's language, both ways.
		{
			path: '/docs/',
			headers: { 'accept-language': 'ko-KR', cookie: 'theme=dark; carat_lang=en' },
			location: '/docs/en/',
			status: 302,
		},
		{
			path: '/docs/',
			headers: { 'accept-language': 'en-US', cookie: 'carat_lang=ko' },
			location: '/docs/ko/',
			status: 302,
		},
		{ path: '/docs/en/tools/am-i-unlimited', location: '/docs/en/tools/am-i-unlimited/', status: 301 },
		{ path: '/docs/ko?utm_source=x', location: '/docs/ko/?utm_source=x', status: 301 },
		{
			path: '/docs/en/tools/credit-estimator?plan=plus&line=x',
			location: '/docs/en/tools/credit-estimator/?plan=plus&line=x',
			status: 301,
		},
	] as { path: string; headers?: Record<string, string>; location: string; status: number }[])(
		'redirects $path ($headers) to $location ($status)',
		async ({ path, headers, location, status }) => {
			const response = await get(path, headers);
			expect(response.status).toBe(status);
			expect(response.headers.get('location')).toBe(location);
			expect(Object.fromEntries(response.headers)).toMatchObject({ ...SECURITY, ...REVALIDATE });
			if (path === '/docs' || path === '/docs/') expect(response.headers.get('vary')).toBe('Cookie, Accept-Language');
		},
	);
});

/** The headers `_headers` gives `path`, as Cloudflare Pages applies it: every matching rule, `! Name` detaching. */
function headersFileFor(file: string, path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	let matches = false;
	for (const line of file.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) matches = new RegExp(`^${line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(path);
		else if (matches && line.trim().startsWith('! ')) delete headers[line.trim().slice(2).toLowerCase()];
		else if (matches) {
			const [name, ...value] = line.trim().split(': ');
			headers[name!.toLowerCase()] = value.join(': ');
		}
	}
	return headers;
}

describe('dist/_headers and deploy/nginx.conf', () => {
	const file = readFileSync('dist/_headers', 'utf8');

	it.each(CASES.filter((c) => c.status === 200))('_headers gives $path the headers nginx sends', async ({ path }) => {
		const sent = Object.fromEntries((await get(path)).headers);
		const listed = headersFileFor(file, path);
		const names = ['cache-control', 'content-security-policy', ...Object.keys(SECURITY)];
		const pick = (h: Record<string, string>) => Object.fromEntries(names.filter((n) => n in h).map((n) => [n, h[n]]));
		expect(pick(listed)).toEqual(pick(sent));
		if (listed['content-type']) expect(listed['content-type']).toBe(sent['content-type']);
	});

	it('_redirects sends /docs to /docs/, whose page opens the reader language', () => {
		expect(readFileSync('dist/_redirects', 'utf8')).toBe('/docs /docs/ 302\n');
	});

	it('deploy/nginx.conf is the server block generated from this build (else run `npm run deploy:nginx`)', () => {
		expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServer({ ...DEPLOY, csp: builtHeaderPolicy('dist') }));
	});

	it('deploy/nginx.conf passes `nginx -t`', () => {
		const prefix = mkdtempSync(join(tmpdir(), 'carat-nginx-t-'));
		const server = readFileSync('deploy/nginx.conf', 'utf8').replace('listen 80;', 'listen 127.0.0.1:1;');
		writeFileSync(
			join(prefix, 'nginx.conf'),
			`pid ${prefix}/pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n${server}}\n`,
		);
		try {
			expect(() =>
				execFileSync(
					nginxPath(),
					['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
					{ stdio: 'pipe' },
				),
			).not.toThrow();
		} finally {
			rmSync(prefix, { recursive: true, force: true });
		}
	});
});
