import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_COMPLETE_MARKER } from '../../src/integrations/atomic-build.ts';
import { BIN, useStdioServer } from './stdio-server.ts';
import { cellsOf, queryOf } from '../../src/rules/engine/analysis.ts';
import { lastDayOfYears } from '../../src/rules/schema/calendar.ts';
import {
	checkEligibility,
	estimate,
	listBenefits,
	modelLabel,
	statusLabel,
	BENEFIT_GROUPS,
	rules,
} from '../../src/rules/index.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';

// The MCP server as an assistant starts it: `bin/carat-help-mcp.js` over stdio, driven by the SDK's own client,
// reading the build in dist/ (npm test builds first).

const mcp = useStdioServer({ beforeAll, afterAll }, 'carat-help-test');

type Result = {
	content: { type: string; text: string }[];
	structuredContent?: Record<string, unknown>;
	isError?: boolean;
};
const call = async (name: string, args: Record<string, unknown>) =>
	(await mcp.client.callTool({ name, arguments: args })) as Result;
/** Calls `name` with each of `inputs`, a few at a time (thousands at once overfill the pipe's listeners). */
async function callAll(name: string, inputs: object[]): Promise<Result[]> {
	const out: Result[] = [];
	for (let i = 0; i < inputs.length; i += 8)
		out.push(
			...(await Promise.all(inputs.slice(i, i + 8).map((input) => call(name, input as Record<string, unknown>)))),
		);
	return out;
}
const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
// Every page of every language has a Markdown copy (the 404 page and the /docs/ redirect are not pages).
const markdownCopies = () =>
	htmlFiles('dist')
		.filter((f) => /^dist\/(en|ko)(\/|$)/.test(f))
		.map((f) => f.replace(/^dist\//, '').replace(/\/index\.html$/, '.md'));

describe('what the server offers', () => {
	it('lists the docs tools and the three rule tools, with the JSON Schemas the widget pages register', async () => {
		const { tools } = await mcp.client.listTools();
		expect(tools.map((t) => t.name)).toEqual([
			'search_docs',
			'get_page',
			'check_eligibility',
			'list_benefits',
			'estimate_credits',
		]);
		const built = JSON.parse(read('agent-tools.json')).tools as {
			name: string;
			inputSchema: object;
			description: string;
		}[];
		for (const b of built)
			expect(tools.find((t) => t.name === b.name)).toMatchObject({
				inputSchema: b.inputSchema,
				description: b.description,
			});
	});

	it("lists every page's Markdown copy as a resource at its .md URL", async () => {
		const { resources } = await mcp.client.listResources();
		expect(resources.map((r) => r.uri).sort()).toEqual(
			markdownCopies()
				.map((f) => `https://carat.im/docs/${f}`)
				.sort(),
		);
		expect(resources.every((r) => r.mimeType === 'text/markdown' && r.title)).toBe(true);
		const { contents } = await mcp.client.readResource({ uri: 'https://carat.im/docs/en/tools/am-i-unlimited.md' });
		expect(contents).toEqual([
			{
				uri: 'https://carat.im/docs/en/tools/am-i-unlimited.md',
				mimeType: 'text/markdown',
				text: read('en/tools/am-i-unlimited.md'),
			},
		]);
	});

	it('writes nothing but its start-up line on stderr when dist/ is up to date', () => {
		expect(mcp.stderr).toMatch(/^carat-help-mcp: serving \d+ pages from .*dist\/? on stdio\n$/);
	});
});

describe('search_docs', () => {
	it.each([
		['background music', 'https://carat.im/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded/'],
		['upscaling', 'https://carat.im/docs/en/troubleshooting/faq/plus-plan-faq/'],
		['credit estimator', 'https://carat.im/docs/en/tools/credit-estimator/'],
	])('"%s" ranks %s first, with its Markdown URL and a snippet', async (query, url) => {
		const { structuredContent } = await call('search_docs', { query, locale: 'en' });
		const [first] = (
			structuredContent as { results: { url: string; markdownUrl: string; title: string; snippet: string }[] }
		).results;
		expect(first).toMatchObject({ url, markdownUrl: `${url.replace(/\/$/, '')}.md` });
		expect(first!.snippet.toLowerCase()).toContain(query.split(' ')[0]);
	});

	it('searches the Korean pages with locale "ko"', async () => {
		const { structuredContent } = await call('search_docs', { query: '배경음악', locale: 'ko' });
		const { results } = structuredContent as { results: { url: string }[] };
		expect(results[0]?.url).toBe('https://carat.im/docs/ko/troubleshooting/usage-plan/bgm-usage-limit-exceeded/');
		expect(results.every((r) => r.url.startsWith('https://carat.im/docs/ko/'))).toBe(true);
	});

	it.each([
		[{ query: '' }, 'query: expected words to look for, got ""'],
		[{ query: 'credits', locale: 'fr' }, 'locale: "fr" is not one of en, ko'],
		[{ query: 'credits', limit: 0 }, 'limit: 0 is not a whole number from 1 to 20'],
	])('%j → %s', async (args, message) => {
		expect(await call('search_docs', args)).toEqual({ content: [{ type: 'text', text: message }], isError: true });
	});
});

describe('get_page', () => {
	const file = 'en/troubleshooting/usage-plan/bgm-usage-limit-exceeded.md';
	it.each([
		'https://carat.im/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded/',
		'https://carat.im/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded.md',
		'/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded/#why-background-music-stops',
		'en/troubleshooting/usage-plan/bgm-usage-limit-exceeded',
	])('%s → the .md copy', async (path) => {
		expect((await call('get_page', { path })).content).toEqual([{ type: 'text', text: read(file) }]);
	});

	it('the home page at /docs/', async () => {
		expect((await call('get_page', { path: '/docs/' })).content[0]!.text).toBe(read('en.md'));
	});

	it('an unknown path says where to look', async () => {
		expect(await call('get_page', { path: '/docs/en/nope/' })).toMatchObject({
			isError: true,
			content: [{ text: expect.stringMatching(/^path: no page at "\/docs\/en\/nope\/"; search_docs/) }],
		});
	});
});

// The whole input space: every plan x billing x model x option values, on every day a verdict can change, asked that
// day and a year later.
const GRID = cellsOf(rules).flatMap((cell) =>
	rules.breaks.flatMap((day) => [queryOf(cell, day), { ...queryOf(cell, day), asOf: lastDayOfYears(day, 1) }]),
);

describe('the rule tools answer as the rules API', () => {
	it(`check_eligibility agrees with checkEligibility on all ${GRID.length} queries of the input grid`, async () => {
		const answers = await callAll('check_eligibility', GRID);
		const got = answers.map(
			(a) =>
				a.structuredContent && {
					verdict: a.structuredContent.verdict,
					until: a.structuredContent.until,
					answer: a.structuredContent.answer,
				},
		);
		const expected = GRID.map((q) => {
			const v = checkEligibility(q);
			return { verdict: v.status, until: v.unlimitedUntil ?? null, answer: v.answer };
		});
		expect(got).toEqual(expected);
	});

	const customers = rules.data.plans.flatMap((p) =>
		rules.data.billing.flatMap((b) =>
			rules.breaks.map((joined) => ({ plan: p.id, billing: b.id, joined, asOf: lastDayOfYears(joined, 1) })),
		),
	);
	it(`list_benefits agrees with listBenefits for all ${customers.length} customers (plan x billing x signup break)`, async () => {
		const answers = await callAll('list_benefits', customers);
		type Group = { verdict: string; label: string; benefits: { label: string; until: string | null }[] };
		const got = answers.map((a) =>
			(a.structuredContent!.groups as Group[]).map((g) => ({
				verdict: g.verdict,
				label: g.label,
				rows: g.benefits.map((b) => [b.label, b.until]),
			})),
		);
		const expected = customers.map((c) => {
			const { groups } = listBenefits(c);
			return BENEFIT_GROUPS.map((s) => ({
				verdict: s,
				label: statusLabel(s),
				rows: groups[s].map((b) => [modelLabel(rules, b.model, b.options), b.decision.unlimitedUntil ?? null]),
			}));
		});
		expect(got).toEqual(expected);
	});

	it.each([
		{
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-03-01',
			asOf: '2026-11-22',
			lines: [
				{ model: 'carat-video', count: 3 },
				{ model: 'kling', count: 2 },
			],
		},
		{
			plan: 'premium',
			billing: 'monthly',
			joined: '2026-03-10',
			asOf: '2026-11-22',
			balance: 500,
			lines: [
				{ model: 'carat-video', count: 10, options: { method: 'text-to-video' } },
				{ model: 'kling', count: 2, cost: 40 },
			],
		},
	])('estimate_credits agrees with estimate: %j', async (input) => {
		const { structuredContent: r } = await call('estimate_credits', input);
		const e = estimate(input as never);
		expect(r).toMatchObject({ total: e.total, approximate: e.approximate, balance: e.balance ?? null });
		expect((r!.lines as { subtotal: unknown }[]).map((l) => l.subtotal)).toEqual(e.lines.map((l) => l.subtotal));
		expect((r!.balanceBuys as { generations: unknown }[]).map((a) => a.generations)).toEqual(
			e.affordable.map((a) => a.generations),
		);
	});

	it('refuses an impossible signup date with the message the checker shows', async () => {
		const query = { plan: 'premium', billing: 'monthly', joined: '2026-02-30', model: 'carat-video' };
		expect(await call('check_eligibility', query)).toEqual({
			content: [{ type: 'text', text: 'Signup date: "2026-02-30" is not a calendar date written YYYY-MM-DD' }],
			isError: true,
		});
	});
});

describe('stdout', () => {
	it('carries JSON-RPC messages only', () => {
		const requests = [
			{
				jsonrpc: '2.0',
				id: 1,
				method: 'initialize',
				params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } },
			},
			{ jsonrpc: '2.0', method: 'notifications/initialized' },
			{ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'get_page', arguments: { path: '/docs/en/' } } },
		];
		const run = spawnSync(process.execPath, [BIN], {
			input: requests.map((r) => JSON.stringify(r)).join('\n') + '\n',
			encoding: 'utf8',
		});
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines.map((l) => JSON.parse(l)).map((m) => [m.jsonrpc, m.id])).toEqual([
			['2.0', 1],
			['2.0', 2],
		]);
	});
});

describe('without a build', () => {
	it('exits 1 and says on stderr what to run, with nothing on stdout', () => {
		const run = spawnSync(process.execPath, [BIN, '--dist', 'does-not-exist'], { input: '', encoding: 'utf8' });
		expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' });
		expect(run.stderr).toMatch(/^carat-help-mcp: no built site in does-not-exist .*run `npm run build`/);
	});

	it('refuses a dist/ without the completion marker (an interrupted or failed build), naming it and what to run', () => {
		const dir = mkdtempSync(join(tmpdir(), 'carat-help-partial-'));
		try {
			cpSync('dist', dir, { recursive: true });
			rmSync(join(dir, BUILD_COMPLETE_MARKER));
			const run = spawnSync(process.execPath, [BIN, '--dist', dir], { input: '', encoding: 'utf8' });
			expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' });
			expect(run.stderr).toContain(`${dir} holds no complete build (${join(dir, BUILD_COMPLETE_MARKER)} is missing`);
			expect(run.stderr).toContain('run `npm run build`');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
