import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { desktop, launch, useSiteInBrowser } from './harness.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';

// WebMCP in Chromium (behind --enable-features=WebMCPTesting): the widget pages register the rule tools, answer as
// the rules do, and a page without a widget, or a browser without WebMCP, loads none of it.

const site = useSiteInBrowser({ beforeAll, afterAll }, ['--enable-features=WebMCPTesting']);

const pathOf = (file: string) => `/docs/${file.slice('dist/'.length).replace(/index\.html$/, '')}`;
const WIDGET_PAGES = htmlFiles('dist')
	.filter((f) => readFileSync(f, 'utf8').includes('class="carat-widget'))
	.map(pathOf);
const CHECKER = '/docs/en/tools/am-i-unlimited/';
const ESTIMATOR = '/docs/en/tools/credit-estimator/';
const RULE_TOOLS = ['check_eligibility', 'estimate_credits', 'list_benefits'];
/** The declarative tools (WebMCP form annotations) of a built page: its widget forms' `toolname`s. */
const formTools = (path: string) =>
	[
		...readFileSync(`dist${path.slice('/docs'.length)}index.html`, 'utf8').matchAll(/<form [^>]*toolname="([^"]+)"/g),
	].map((m) => m[1]!);
const PLAIN = '/docs/en/troubleshooting/usage-plan/low-credit-message/';

type ToolResult = {
	content: { type: string; text: string }[];
	structuredContent?: Record<string, unknown>;
	isError?: boolean;
};

/**
 * Opens `path`; returns the page, the names of the tools it registered (once there are `expected`), the paths it
 * requested and its console errors.
 */
async function open(
	path: string,
	expected: number,
): Promise<{ page: Page; names: string[]; requests: string[]; errors: string[] }> {
	const page = await (await site.browser.newContext(desktop)).newPage();
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	// Where WebMCP is on, the Permissions-Policy header's `tools=(self)` is read without a warning.
	page.on('console', (m) => (m.type() === 'error' || /Permissions-Policy/.test(m.text())) && errors.push(m.text()));
	await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
	await page.waitForFunction(
		async (n) =>
			(await (document as never as { modelContext: { getTools(): Promise<unknown[]> } }).modelContext.getTools())
				.length === n,
		expected,
	);
	const names = await page.evaluate(async () =>
		(
			await (document as never as { modelContext: { getTools(): Promise<{ name: string }[]> } }).modelContext.getTools()
		).map((t) => t.name),
	);
	return { page, names, requests, errors };
}

/**
 * Runs a registered tool in the page, as an agent would (`executeTool`), and parses what it returns. Chromium 150
 * takes the input as JSON text (and lists `inputSchema` as JSON text), 156 as an object: the listing tells which.
 */
const execute = (page: Page, name: string, input: object) =>
	page.evaluate(
		async ([name, input]) => {
			type Tool = { name: string; inputSchema: unknown };
			const mc = (
				document as never as {
					modelContext: { getTools(): Promise<Tool[]>; executeTool(t: Tool, i: unknown): Promise<string> };
				}
			).modelContext;
			const tool = (await mc.getTools()).find((t) => t.name === name)!;
			const text = await mc.executeTool(tool, typeof tool.inputSchema === 'string' ? JSON.stringify(input) : input);
			return JSON.parse(text) as ToolResult;
		},
		[name, input] as const,
	);

describe.each(WIDGET_PAGES)('%s', (path) => {
	it('registers check_eligibility, list_benefits and estimate_credits, and its widget forms', async () => {
		const forms = formTools(path);
		expect(forms.length).toBeGreaterThan(0);
		const { page, names, requests, errors } = await open(path, 3 + forms.length);
		expect(errors).toEqual([]); // CSP refusals included
		expect(names.sort()).toEqual([...RULE_TOOLS, ...forms].sort());
		expect(requests.filter((r) => r.endsWith('/agents/webmcp.js'))).toEqual(['/docs/agents/webmcp.js']);
		await page.context().close();
	});
});

describe('registration', () => {
	it('marks every tool read-only, and the signal it was registered with unregisters all three', async () => {
		const { page } = await open(CHECKER, 4);
		type Listed = { name: string; annotations?: { readOnlyHint?: boolean } };
		const listed = await page.evaluate(
			async () =>
				(await (
					document as never as { modelContext: { getTools(): Promise<unknown[]> } }
				).modelContext.getTools()) as Listed[],
		);
		const tools = listed.filter((t) => RULE_TOOLS.includes(t.name));
		expect(tools.map((t) => t.annotations?.readOnlyHint)).toEqual([true, true, true]);
		// A second registration (a second widget on the page) returns the same controller instead of registering again.
		// A string, so that Vite leaves the page's import() alone.
		const left = await page.evaluate(`(async () => {
			const mc = document.modelContext;
			const m = await import('/docs/agents/webmcp.js');
			const [a, b] = [await m.registerRuleTools(mc), await m.registerRuleTools(mc)];
			const before = (await mc.getTools()).length;
			a.abort();
			return { same: a === b, before, after: (await mc.getTools()).map((t) => t.name) };
		})()`);
		// The form's declarative tool is the browser's, not registered with the signal: it stays.
		expect(left).toEqual({ same: true, before: 4, after: ['am_i_unlimited_form'] });
		await page.context().close();
	});
});

describe('the tools on the checker page', () => {
	let page: Page;
	beforeAll(async () => {
		({ page } = await open(CHECKER, 4));
	});
	afterAll(() => page.context().close());

	it('check_eligibility: Premium monthly, joined Mar 10, 2026, Carat Video image-based → unlimited until 2027-03-09, with links', async () => {
		const { structuredContent: r, isError } = await execute(page, 'check_eligibility', {
			plan: 'premium',
			billing: 'monthly',
			joined: '2026-03-10',
			model: 'carat-video',
			method: 'image-to-video',
			asOf: '2026-11-22',
		});
		expect(isError).toBeUndefined();
		expect(r).toMatchObject({
			verdict: 'unlimited',
			until: '2027-03-09',
			source: expect.stringMatching(/^https:\/\/carat\.im\/docs\/en\/.+#.+/),
		});
		expect(r!.answer).toMatch(/^Carat Video .* is unlimited for you until Mar 9, 2027/);
		const reasons = r!.reasons as { source: string; decisive: boolean }[];
		expect(reasons.filter((x) => x.decisive).length).toBeGreaterThan(0);
		expect(reasons.every((x) => x.source.startsWith('https://carat.im/docs/en/'))).toBe(true);
	});

	// Expected groups written by hand, as the checker shows them for this customer (tests/browser/checker.test.ts).
	it('list_benefits: Premium annual, joined Mar 1, 2026 → My benefits', async () => {
		const customer = { plan: 'premium', billing: 'annual', joined: '2026-03-01', asOf: '2026-11-22' } as const;
		const { structuredContent: r } = await execute(page, 'list_benefits', customer);
		type Group = { verdict: string; label: string; benefits: { label: string; until: string | null }[] };
		const groups = r!.groups as Group[];
		expect(groups.map((g) => [g.label, g.benefits.length])).toEqual([
			['Unlimited', 8],
			['Check My Credits', 1],
			['Uses credits', 16],
			['Not available yet', 1],
		]);
		expect(groups[0]!.benefits).toContainEqual(
			expect.objectContaining({ label: 'Carat Video (LTX), image-based or start and end frames', until: '2027-02-28' }),
		);
		expect(groups[1]!.benefits.map((b) => b.label)).toEqual(['Nanobanana 2, 1K']);
	});

	it.each([
		{
			query: { plan: 'premium', billing: 'monthly', joined: '2026-02-30', model: 'carat-video' },
			message: 'Signup date: "2026-02-30" is not a calendar date written YYYY-MM-DD',
		},
		{
			query: { plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video', asOf: '2026-03-09' },
			message: 'Signup date: Mar 10, 2026 is after the As of date, Mar 9, 2026',
		},
	])('check_eligibility $query → the message the checker shows', async ({ query, message }) => {
		expect(await execute(page, 'check_eligibility', query)).toEqual({
			content: [{ type: 'text', text: message }],
			isError: true,
		});
	});
});

describe('the widget forms as declarative tools (toolname, tooldescription, toolparamdescription)', () => {
	/**
	 * Fills in and submits a widget form as an agent (executeTool on its declarative tool): the text it responds with.
	 */
	const submitForm = (page: Page, name: string, input: object) =>
		page.evaluate(
			async ([name, input]) => {
				type Tool = { name: string; inputSchema: unknown };
				const mc = (
					document as never as {
						modelContext: { getTools(): Promise<Tool[]>; executeTool(t: Tool, i: unknown): Promise<string> };
					}
				).modelContext;
				const tool = (await mc.getTools()).find((t) => t.name === name)!;
				return mc.executeTool(tool, typeof tool.inputSchema === 'string' ? JSON.stringify(input) : input);
			},
			[name, input] as const,
		);
	const customer = { plan: 'premium', billing: 'monthly', joined: '2026-03-10', asOf: '2026-11-22' };

	it('the checker form with a model answers as check_eligibility does, and the page shows that answer', async () => {
		const { page } = await open(CHECKER, 4);
		const query = { ...customer, model: 'carat-video' };
		const answer = await submitForm(page, 'am_i_unlimited_form', query);
		const { structuredContent: r } = await execute(page, 'check_eligibility', query);
		expect(r!.answer).toMatch(/is unlimited for you until Mar 9, 2027/);
		expect(answer).toBe(r!.answer);
		await expect.poll(() => page.locator('.cw-model .cw-answer').textContent()).toBe(r!.answer);
		await page.context().close();
	});

	it('the checker form without a model counts the groups list_benefits returns', async () => {
		const { page } = await open(CHECKER, 4);
		const answer = await submitForm(page, 'am_i_unlimited_form', customer);
		const { structuredContent: r } = await execute(page, 'list_benefits', customer);
		const groups = r!.groups as { verdict: string; benefits: unknown[] }[];
		const count = (verdict: string) => groups.find((g) => g.verdict === verdict)!.benefits.length;
		expect(answer).toContain(`${count('unlimited')} unlimited, ${count('credits')} use credits`);
		await page.context().close();
	});

	it('the estimator form prices the line on the page as estimate_credits does', async () => {
		const { page } = await open(ESTIMATOR, 4);
		const { asOf: _, ...noAsOf } = customer;
		const answer = await submitForm(page, 'credit_estimator_form', { ...noAsOf, plan: 'plus', balance: '1000' });
		const line = {
			model: await page.locator('.cw-line select').first().inputValue(),
			count: Number(await page.locator('.cw-line input').first().inputValue()),
		};
		const { structuredContent: r } = await execute(page, 'estimate_credits', {
			...noAsOf,
			plan: 'plus',
			balance: 1000,
			lines: [line],
		});
		expect(r!.total).toBeGreaterThan(0);
		expect(answer).toBe(`Total of known costs: ${r!.approximate ? 'about ' : ''}${r!.total} credits.`);
		await page.context().close();
	});

	it('bad input: the form tool answers with the message the checker shows', async () => {
		const { page } = await open(CHECKER, 4);
		const answer = await submitForm(page, 'am_i_unlimited_form', { ...customer, joined: '2026-12-01' });
		expect(answer).toBe('Signup date: Dec 1, 2026 is after the As of date, Nov 22, 2026');
		await page.context().close();
	});
});

describe('where the tools are not', () => {
	it('a page without a widget registers nothing and requests no WebMCP code', async () => {
		const { page, names, requests } = await open(PLAIN, 0);
		expect(names).toEqual([]);
		expect(requests.filter((r) => r.includes('webmcp') || r.includes('detect'))).toEqual([]);
		await page.context().close();
	});

	it('without the WebMCP flag, the checker page has no model context and requests no WebMCP code', async () => {
		const browser = await launch();
		const page = await (await browser.newContext(desktop)).newPage();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(`${site.origin}${CHECKER}`, { waitUntil: 'networkidle' });
		await page.locator('.carat-widget select').first().waitFor();
		expect(await page.evaluate(() => 'modelContext' in document || 'modelContext' in navigator)).toBe(false);
		expect(requests.some((r) => r.includes('/_astro/detect.'))).toBe(true);
		expect(requests.filter((r) => r.includes('webmcp') || r.includes('agent-tools'))).toEqual([]);
		await browser.close();
	});
});
