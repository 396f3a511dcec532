import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_COMPLETE_MARKER } from '../../src/integrations/atomic-build.ts';
import { BIN, useStdioServer } from './stdio-server.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';
import { rules } from '../../src/rules/index.ts';

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
			'list_changes',
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

// The rule tools over MCP answer what the articles say: expected verdicts written by hand from the seed sentences
// (tests/rules/eligibility.test.ts holds the full tables with their boundary days), through the server's transport.
describe('the rule tools answer as the articles say', () => {
	it.each([
		['Plus, the day before the Nanobanana window', 'plus', '2025-11-30', 'nanobanana', 'credits'],
		['Plus, the first day of the Nanobanana window', 'plus', '2025-12-01', 'nanobanana', 'unlimited'],
		['Premium is not named for Nanobanana', 'premium', '2026-06-01', 'nanobanana', 'credits'],
		['Nanobanana Pro, the day before its window', 'plus', '2025-11-20', 'nanobanana-pro', 'credits'],
		['Nanobanana Pro, the first day of its window', 'plus', '2025-11-21', 'nanobanana-pro', 'unlimited'],
	])('check_eligibility: %s', async (_, plan, joined, model, verdict) => {
		const { structuredContent: r } = await call('check_eligibility', {
			plan,
			billing: 'monthly',
			joined,
			model,
			asOf: '2026-11-22',
		});
		expect(r).toMatchObject({ verdict });
		expect(r!.answer).toMatch(/^Nanobanana/);
		expect(r!.source).toMatch(/^https:\/\/carat\.im\/docs\/en\/troubleshooting\//);
	});

	it('list_benefits puts Nanobanana under Unlimited only from the first day of its window', async () => {
		const unlimited = async (joined: string) => {
			const { structuredContent: r } = await call('list_benefits', {
				plan: 'plus',
				billing: 'monthly',
				joined,
				asOf: '2026-11-22',
			});
			const groups = r!.groups as { verdict: string; benefits: { model: string }[] }[];
			return groups.find((g) => g.verdict === 'unlimited')!.benefits.map((b) => b.model);
		};
		expect(await unlimited('2025-12-01')).toContain('nanobanana');
		expect(await unlimited('2025-11-30')).not.toContain('nanobanana');
	});

	it('estimate_credits prices Carat Video at its published cost for Plus and leaves Kling unknown', async () => {
		const each = rules.data.credits.costs.find((c) => c.model === 'carat-video')!.credits;
		const input = {
			plan: 'plus',
			billing: 'monthly',
			asOf: '2026-11-22',
			lines: [
				{ model: 'carat-video', count: 3 },
				{ model: 'kling', count: 2 },
			],
		};
		const { structuredContent: r } = await call('estimate_credits', input);
		expect(r).toMatchObject({ total: 3 * each, approximate: true, unknownCosts: ['Kling'] });
		expect((r!.lines as { subtotal: unknown }[]).map((l) => l.subtotal)).toEqual([3 * each, 'unknown']);
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

describe('list_changes: the change log of the rules', () => {
	// The committed log's first entry, written by hand from content/rules/changes.json.
	const first = {
		id: '2026-11-22-sources',
		date: '2026-11-22',
		rules: [],
		url: 'https://carat.im/docs/en/changes/#2026-11-22-sources',
		sections: [],
	};
	it('lists every entry newest first in English, each with its page anchor', async () => {
		const { structuredContent: r, isError } = await call('list_changes', {});
		expect(isError).toBeUndefined();
		const changes = r!.changes as Record<string, unknown>[];
		expect(changes.at(-1)).toMatchObject(first);
		expect(changes.at(-1)!.summary).toMatch(/^The rules as the Carat help center's articles give them/);
		const dates = changes.map((c) => c.date as string);
		expect(dates).toEqual([...dates].sort().reverse());
	});
	it.each([
		{ since: '2026-11-22', count: 1 },
		{ since: '2026-11-23', count: 0 },
	])(
		'since $since keeps the entries dated that day or later ($count of the committed log)',
		async ({ since, count }) => {
			const { structuredContent: r } = await call('list_changes', { since });
			expect((r!.changes as unknown[]).length).toBe(count);
		},
	);
	it('answers in Korean with the Korean page', async () => {
		const { structuredContent: r } = await call('list_changes', { locale: 'ko' });
		const last = (r!.changes as Record<string, string>[]).at(-1)!;
		expect(last.summary).toMatch(/^2026년 11월 22일에 Carat 도움말 센터 문서와 대조해/);
		expect(last.url).toBe('https://carat.im/docs/ko/changes/#2026-11-22-sources');
	});
	it.each([
		{ args: { since: '2026-02-30' }, says: 'Since: "2026-02-30" is not a calendar date written YYYY-MM-DD' },
		{ args: { since: '2026-02-30', locale: 'ko' }, says: '시작일: YYYY-MM-DD 형식의 날짜가 아니에요 ("2026-02-30").' },
		{ args: { until: '2026-12-01' }, says: '"until"' },
	])("refuses $args with the widgets' message", async ({ args, says }) => {
		const r = await call('list_changes', args);
		expect(r.isError).toBe(true);
		expect(r.content[0]!.text).toContain(says);
	});
});
