import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, useStdioServer } from './stdio-server.ts';
import { QUERY_BOUNDS, queryTerms } from '../../src/search/analyzer.ts';
import { SYNONYMS } from '../../src/search/synonyms.ts';

// Issue 21: no input can stall the MCP server or make it echo a huge value. Timing figures are in
// `npm run bench:mcp`; here, the refusals, their messages, and that other calls are still answered.
const mcp = useStdioServer({ beforeAll, afterAll }, 'carat-help-bounds-test');

type Result = { content: { type: string; text: string }[]; isError?: boolean };
const call = async (name: string, args: Record<string, unknown>) =>
	(await mcp.client.callTool({ name, arguments: args }, undefined, { timeout: 60_000 })) as Result;
type Schema = { type?: string; maxLength?: number; properties?: Record<string, Schema>; items?: Schema };
/** Every string property of a JSON Schema, as `path: maxLength`. */
const strings = (schema: Schema, path: string): [string, number | undefined][] => [
	...(schema.type === 'string' ? [[path, schema.maxLength] as [string, number | undefined]] : []),
	...Object.entries(schema.properties ?? {}).flatMap(([k, s]) => strings(s, `${path}.${k}`)),
	...(schema.items ? strings(schema.items, `${path}[]`) : []),
];

describe('input schemas', () => {
	it('give every string of every MCP tool a maxLength, 500 for the search query', async () => {
		const { tools } = await mcp.client.listTools();
		const all = tools.flatMap((t) => strings(t.inputSchema as Schema, t.name));
		expect(all.length).toBeGreaterThan(20);
		expect(all.filter(([, max]) => !(typeof max === 'number' && max > 0))).toEqual([]);
		expect(Object.fromEntries(all)['search_docs.query']).toBe(500);
	});

	it('give every string of every WebMCP tool (agent-tools.json) a maxLength', () => {
		const built = JSON.parse(readFileSync('dist/agent-tools.json', 'utf8')).tools as {
			name: string;
			inputSchema: Schema;
		}[];
		const all = built.flatMap((t) => strings(t.inputSchema, t.name));
		expect(all.length).toBeGreaterThan(15);
		expect(all.filter(([, max]) => !(typeof max === 'number' && max > 0))).toEqual([]);
	});
});

const MB = 'x'.repeat(1_000_000);
describe.each([
	{
		tool: 'search_docs',
		args: { query: 'credits '.repeat(12_800) },
		says: 'query: 102,400 characters, at most 500: "credits credits',
	},
	{ tool: 'search_docs', args: { query: 'credits', locale: MB }, says: 'locale: "xxxx' },
	{ tool: 'search_docs', args: { query: 'credits', [MB]: 1 }, says: 'is not a field of search_docs' },
	{ tool: 'get_page', args: { path: MB }, says: 'path: 1,000,000 characters, at most 500: "xxxx' },
	{
		tool: 'check_eligibility',
		args: { plan: MB, billing: 'monthly', joined: '2026-01-01', model: 'z-image' },
		says: 'Plan: "xxxx',
	},
	{
		tool: 'check_eligibility',
		args: { plan: 'plus', billing: 'monthly', joined: MB, model: 'z-image' },
		says: 'Signup date: "xxxx',
	},
	{
		tool: 'list_benefits',
		args: { plan: 'plus', billing: 'monthly', joined: '2026-01-01', [MB]: 1 },
		says: 'is not a field; the fields are plan, billing, joined, asOf, locale',
	},
	{
		tool: 'estimate_credits',
		args: { plan: 'plus', billing: 'monthly', lines: [{ model: 'z-image', count: MB }] },
		says: 'Count, line 1: "xxxx',
	},
	{
		tool: 'estimate_credits',
		args: { plan: 'plus', billing: 'monthly', lines: MB },
		says: 'Lines: expected a list of lines',
	},
])('$tool refuses a huge value ($says)', ({ tool, args, says }) => {
	it('quoting at most 60 characters of it, while another call is still answered', async () => {
		const [refused, other] = await Promise.all([
			call(tool, args),
			call('check_eligibility', { plan: 'plus', billing: 'monthly', joined: '2026-01-01', model: 'z-image' }),
		]);
		expect(refused.isError).toBe(true);
		const message = refused.content[0]!.text;
		expect(message).toContain(says);
		expect(message.length).toBeLessThan(400);
		for (const quote of message.match(/"[^"]*"/g) ?? []) expect(quote.length).toBeLessThanOrEqual(62 + 1);
		expect(other.isError).toBeFalsy();
		expect(JSON.parse(other.content[0]!.text).verdict).toBeTypeOf('string');
	}, 60_000);
});

describe('a request over 4 MB (an 8 MB search query)', () => {
	it('is refused as a JSON-RPC error naming its size, while another call is still answered', async () => {
		const huge = mcp.client.callTool(
			{ name: 'search_docs', arguments: { query: 'a'.repeat(8 * 1024 * 1024) } },
			undefined,
			{ timeout: 60_000 },
		);
		const other = call('check_eligibility', {
			plan: 'plus',
			billing: 'monthly',
			joined: '2026-01-01',
			model: 'z-image',
		});
		await expect(huge).rejects.toThrow(/request of 8,388,\d{3} bytes; carat-help-mcp reads at most 4,194,304/);
		expect((await other).isError).toBeFalsy();
	}, 60_000);
});

describe('search_docs', () => {
	it('searches at most 32 words of at most 40 characters each, each once', () => {
		const words = queryTerms(
			`${'y'.repeat(40_000)} ${Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')} w1 w1`,
			'en',
			SYNONYMS,
		);
		expect(words).toHaveLength(QUERY_BOUNDS.words);
		expect(words[0]).toBe('y'.repeat(QUERY_BOUNDS.wordLength));
		expect(words.slice(1, 4)).toEqual(['w0', 'w1', 'w2']);
		expect(queryTerms('Credits, credits? 크레딧', 'en', SYNONYMS)).toEqual(['credits']);
	});

	it('answers a 500-character query of one long word', async () => {
		const result = await call('search_docs', { query: 'u'.repeat(500) });
		expect(result.isError).toBeFalsy();
	});
});

describe('200 concurrent calls', () => {
	it('are all answered, with no warning on stderr', async () => {
		const before = mcp.stderr;
		const results = await Promise.all(
			Array.from({ length: 200 }, (_, i) =>
				i % 2
					? call('search_docs', { query: 'unlimited credits' })
					: call('get_page', { path: '/docs/en/tools/am-i-unlimited/' }),
			),
		);
		expect(results.filter((r) => r.isError)).toEqual([]);
		expect(mcp.stderr.slice(before.length)).toBe('');
		expect(mcp.stderr).not.toContain('Warning');
	}, 60_000);
});

describe('start-up on a broken dist/rules.json', () => {
	it.each([
		{ name: 'not JSON', text: '{ "version": ', says: 'rules.json is not valid JSON' },
		{ name: 'without a version', text: '{}', says: 'rules.json has no "version"' },
	])('exits 1 naming the file when it is $name, without a stack trace', ({ text, says }) => {
		const dir = mkdtempSync(join(tmpdir(), 'carat-help-rules-'));
		try {
			cpSync('dist', dir, { recursive: true });
			writeFileSync(join(dir, 'rules.json'), text);
			const run = spawnSync(process.execPath, [BIN, '--dist', dir], { input: '', encoding: 'utf8' });
			expect(run.status).toBe(1);
			expect(run.stderr).toContain(`${join(dir, 'rules.json')}`);
			expect(run.stderr).toContain(says);
			expect(run.stderr).toContain('run `npm run build`');
			expect(run.stderr).not.toMatch(/^\s+at /m);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
