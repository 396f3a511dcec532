import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startNginx } from '../../scripts/nginx-serve.ts';

/**
 * The port the test server listens on: `TEST_PORT` when set (an integer 1–65535), else 0, which lets the system pick
 * a free one. Throws, naming the variable and its value, on anything else.
 */
export function testPort(value: string | undefined): number {
	if (value === undefined || value === '') return 0;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		throw new Error(`TEST_PORT: "${value}" is not a port number (an integer from 1 to 65535)`);
	return port;
}

/**
 * Serves a built site (default `dist/`) under `/docs` on 127.0.0.1 (port from `TEST_PORT`, see `testPort`) through
 * nginx with the generated server block, as it is deployed (`scripts/nginx-serve.ts`); resolves to its origin and a
 * `close` that stops nginx. Throws, saying what to install, without nginx; rejects when the port is taken.
 */
export async function serveDist(
	dist = 'dist',
	port = testPort(process.env.TEST_PORT),
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = await startNginx({ dist, port });
	return { origin: server.origin, close: server.stop };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the flags this network needs, plus `args` (e.g. `--enable-features=WebMCPTesting`).
 * Throws (never skips) when it is missing.
 */
export async function launch(args: string[] = []): Promise<Browser> {
	if (!existsSync(CHROMIUM))
		throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (.ci/run does).`);
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...args,
		],
	});
}

/**
 * A desktop reader in Seoul, where most of Carat's customers are (their calendar day differs from UTC's for 9 hours a
 * day).
 */
export const desktop: BrowserContextOptions = {
	viewport: { width: 1280, height: 900 },
	locale: 'en-US',
	timezoneId: 'Asia/Seoul',
};

/**
 * Registers beforeAll/afterAll hooks that serve the built site and launch Chromium (with `args`, see `launch`) for one
 * test file; the returned object is filled in once they have run.
 */
export function useSiteInBrowser(
	hooks: { beforeAll: (fn: () => unknown) => void; afterAll: (fn: () => unknown) => void },
	args: string[] = [],
) {
	const site = {} as { browser: Browser; origin: string };
	let close: (() => Promise<void>) | undefined;
	hooks.beforeAll(async () => {
		const served = await serveDist();
		close = served.close;
		site.origin = served.origin;
		site.browser = await launch(args);
	});
	hooks.afterAll(async () => {
		await site.browser?.close();
		// Resolves once nginx has exited: the next test file may listen on the same TEST_PORT.
		await close?.();
	});
	return site;
}

/**
 * Holds back the JavaScript of the island `component` (e.g. `AmIUnlimitedIsland`) on `page`, as a slow phone network
 * would, so a test can use the server-rendered form before hydration. Call before `page.goto`; the returned function
 * lets the script load.
 */
export async function holdIsland(page: Page, component: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(new RegExp(`/${component}\\.[^/]*\\.js$`), async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * The results Starlight's search dialog lists on `page` for `term` once they have all rendered. Pagefind UI shows
 * "Searching for …" with no result list while it searches, then its "N results for …" message with the list, each
 * result a placeholder until its fragment loads and its link appears; this waits for that state (the list, the
 * message naming `term`, a link in every result), never for a time. In order, with each result's `href` and text.
 */
export async function searchResults(page: Page, term: string): Promise<{ href: string; text: string }[]> {
	const read = () =>
		page.locator('dialog .pagefind-ui').evaluate((ui, term) => {
			const list = ui.querySelector('ol.pagefind-ui__results');
			if (!list || !ui.querySelector('.pagefind-ui__message')?.textContent?.includes(term)) return null;
			const items = [...list.querySelectorAll(':scope > .pagefind-ui__result')];
			if (items.some((r) => !r.querySelector('a.pagefind-ui__result-link'))) return null;
			return items.map((r) => ({
				href: r.querySelector('a')!.getAttribute('href')!,
				text: r.textContent!.replace(/\s+/g, ' '),
			}));
		}, term);
	let results: Awaited<ReturnType<typeof read>> = null;
	await expect.poll(async () => (results = await read()) !== null, { timeout: 15_000 }).toBe(true);
	return results!;
}
