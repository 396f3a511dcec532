import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mcpHttpServer, rateLimiter } from '../../src/mcp/http.ts';
import { readBuiltSite } from '../../src/mcp/site.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';

// Every page of both languages: what the server lists as resources and counts at start-up and in /health.
const PAGES = htmlFiles('dist').filter((f) => /^dist\/(en|ko)(\/|$)/.test(f)).length;

// `carat-help-mcp --http` as an assistant uses it: the bin started on a free port, driven by the SDK's Streamable
// HTTP client; and the refusals the MCP specification names, after which the server keeps serving.

let child: ChildProcess;
let url = '';
let stderr = '';

beforeAll(async () => {
	child = spawn(process.execPath, ['bin/carat-help-mcp.js', '--http', '--port', '0'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	// Started once its start line names the address (the port the system picked).
	url = await new Promise<string>((resolve, reject) => {
		child.stderr!.on('data', () => {
			const found = /at (http:\/\/\S+\/mcp)/.exec(stderr)?.[1];
			if (found) resolve(found);
		});
		child.once('exit', (code) => reject(new Error(`carat-help-mcp exited (${code}): ${stderr}`)));
	});
}, 30_000);
afterAll(() => {
	child?.kill();
});

async function connect(): Promise<Client> {
	const client = new Client({ name: 'carat-help-http-test', version: '1.0.0' });
	await client.connect(new StreamableHTTPClientTransport(new URL(url)));
	return client;
}
type Result = {
	content: { type: string; text: string }[];
	structuredContent?: Record<string, unknown>;
	isError?: boolean;
};
const post = (body: string, headers: Record<string, string> = {}) =>
	fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
		body,
	});
const PREMIUM = {
	plan: 'premium',
	billing: 'monthly',
	joined: '2026-03-10',
	model: 'carat-video',
	method: 'image-to-video',
	asOf: '2026-11-22',
};

describe('carat-help-mcp --http, with the SDK client', () => {
	it('listens on 127.0.0.1 by default and lists the stdio server’s tools and every page as a resource', async () => {
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
		const client = await connect();
		expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual([
			'check_eligibility',
			'estimate_credits',
			'get_page',
			'list_benefits',
			'list_changes',
			'search_docs',
		]);
		const { resources } = await client.listResources();
		expect(resources.length).toBe(PAGES);
		const page = await client.readResource({ uri: 'https://carat.im/docs/en/tools/am-i-unlimited.md' });
		expect((page.contents[0] as { text: string }).text).toContain('\n# Am I unlimited?');
		await client.close();
	});

	it('check_eligibility answers as the rules do: Premium monthly, joined Mar 10, 2026, Carat Video → unlimited until 2027-03-09', async () => {
		const client = await connect();
		const { structuredContent: r } = (await client.callTool({
			name: 'check_eligibility',
			arguments: PREMIUM,
		})) as Result;
		expect(r).toMatchObject({ verdict: 'unlimited', until: '2027-03-09' });
		await client.close();
	});

	it('holds 200 concurrent calls, each answered, with nothing on stderr but the start line', async () => {
		const client = await connect();
		const calls = Array.from({ length: 200 }, (_, i) =>
			i % 2
				? client.callTool({
						name: 'check_eligibility',
						arguments: { ...PREMIUM, joined: `2026-03-${String((i % 28) + 1).padStart(2, '0')}` },
					})
				: client.callTool({ name: 'search_docs', arguments: { query: 'credits', limit: 3 } }),
		);
		const results = (await Promise.all(calls)) as Result[];
		expect(results.filter((r) => r.isError || !r.structuredContent)).toEqual([]);
		expect(results.filter((_, i) => i % 2).map((r) => r.structuredContent!.verdict)).toEqual(
			Array(100).fill('unlimited'),
		);
		expect(stderr.trim().split('\n')).toEqual([
			expect.stringMatching(new RegExp(`^carat-help-mcp: serving ${PAGES} pages from .* at http:`)),
		]);
		await client.close();
	});

	it('GET /health: ok, with the number of pages', async () => {
		const response = await fetch(url.replace(/\/mcp$/, '/health'));
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ status: 'ok', pages: PAGES });
	});
});

describe('refusals, after which the server keeps serving', () => {
	const jsonRpcError = async (response: Response) =>
		(await response.json()) as { jsonrpc: string; error: { code: number; message: string }; id: null };

	it('a foreign Origin: 403 with a JSON-RPC error (DNS rebinding)', async () => {
		const response = await post('{"jsonrpc":"2.0","id":1,"method":"tools/list"}', {
			Origin: 'http://attacker.example',
		});
		expect(response.status).toBe(403);
		expect(await jsonRpcError(response)).toMatchObject({
			jsonrpc: '2.0',
			error: { code: -32000, message: expect.stringContaining('http://attacker.example') },
			id: null,
		});
	});

	it('a foreign Host on the loopback interface: 403', async () => {
		const { port } = new URL(url);
		const status = await new Promise<number>((resolve, reject) => {
			const req = request(
				{
					host: '127.0.0.1',
					port,
					path: '/mcp',
					method: 'POST',
					headers: {
						Host: `rebound.example:${port}`,
						'Content-Type': 'application/json',
						Accept: 'application/json, text/event-stream',
					},
				},
				(res) => {
					res.resume();
					resolve(res.statusCode!);
				},
			);
			req.once('error', reject);
			req.end('{"jsonrpc":"2.0","id":1,"method":"tools/list"}');
		});
		expect(status).toBe(403);
	});

	it.each([
		{ what: 'text that is not JSON', body: '{"jsonrpc":"2.0",', status: 400, code: -32700 },
		{ what: 'JSON that is no JSON-RPC message', body: '{"hello":"world"}', status: 400, code: -32600 },
		{ what: 'an empty batch', body: '[]', status: 400, code: -32600 },
		{
			what: 'a body over 64 KB',
			body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { pad: 'x'.repeat(70_000) } }),
			status: 413,
			code: -32000,
		},
	])('$what: $status, JSON-RPC error $code', async ({ body, status, code }) => {
		const response = await post(body);
		expect(response.status).toBe(status);
		expect((await jsonRpcError(response)).error.code).toBe(code);
	});

	it('an unknown tool: the JSON-RPC error -32602 naming the tools', async () => {
		const client = await connect();
		await expect(client.callTool({ name: 'delete_account', arguments: {} })).rejects.toMatchObject({
			code: -32602,
			message: expect.stringContaining('the tools are search_docs'),
		});
		expect(
			((await client.callTool({ name: 'check_eligibility', arguments: PREMIUM })) as Result).structuredContent,
		).toMatchObject({ verdict: 'unlimited' });
		await client.close();
	});

	it('GET /mcp: 405 (stateless: no server-initiated stream); another path: 404', async () => {
		expect((await fetch(url, { headers: { Accept: 'text/event-stream' } })).status).toBe(405);
		expect((await fetch(url.replace(/\/mcp$/, '/docs/en.md'))).status).toBe(404);
		expect(child.exitCode).toBeNull();
	});
});

describe('rate limit', () => {
	let server: Server;
	let base = '';
	beforeAll(async () => {
		server = mcpHttpServer(readBuiltSite('dist'), { port: 0, requestsPerMinute: 3 });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));

	it('answers 429 with Retry-After past the limit, and a JSON-RPC error', async () => {
		const send = () =>
			fetch(`${base}/mcp`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
				body: '{"jsonrpc":"2.0","id":1,"method":"ping"}',
			});
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await send()).status);
		expect(statuses).toEqual([200, 200, 200, 429]);
		const refused = await send();
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await refused.json()).toMatchObject({
			error: { code: -32000, message: expect.stringContaining('at most 3 a minute') },
		});
		expect((await fetch(`${base}/health`)).status).toBe(200);
	});

	it('counts per client and per minute', () => {
		let now = 0;
		const limiter = rateLimiter(2, 60_000, () => now);
		expect([1, 2, 3].map(() => limiter.allow('a').ok)).toEqual([true, true, false]);
		expect(limiter.allow('b').ok).toBe(true);
		now = 60_000;
		expect(limiter.allow('a')).toEqual({ ok: true, retryAfter: 60 });
	});
});
