// npm run bench:mcp: how long carat-help-mcp takes to answer hostile search_docs queries (100 KB, 8 MB, the worst
// 500-character ones) and whether another call is answered meanwhile, plus 200 calls at once. Prints figures;
// asserts nothing (target: every answer, refusal or result, within 1 s). Needs a build (dist/).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const transport = new StdioClientTransport({
	command: process.execPath,
	args: ['bin/carat-help-mcp.js'],
	stderr: 'pipe',
});
let stderr = '';
transport.stderr!.on('data', (chunk) => (stderr += chunk));
const client = new Client({ name: 'carat-help-bench', version: '1.0.0' });
await client.connect(transport);

type Result = { content: { text: string }[]; isError?: boolean };
/** Calls a tool; resolves with how long the answer took (ms) and whether it was a refusal. */
async function timed(name: string, args: Record<string, unknown>) {
	const start = performance.now();
	try {
		const result = (await client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 })) as Result;
		return { ms: performance.now() - start, refused: Boolean(result.isError), text: result.content[0]!.text };
	} catch (error) {
		// A message over the server's size limit is refused as a JSON-RPC error.
		return {
			ms: performance.now() - start,
			refused: true,
			text: error instanceof Error ? error.message : String(error),
		};
	}
}
const other = { plan: 'plus', billing: 'monthly', joined: '2026-01-01', model: 'z-image' };
const ms = (x: number) => `${x.toFixed(0)} ms`;

await timed('search_docs', { query: 'warm up' });
const baseline = await timed('check_eligibility', other);
console.log(`check_eligibility alone: ${ms(baseline.ms)}`);
const cases: [string, string][] = [
	['ordinary query ("background music usage limit")', 'background music usage limit'],
	['500 characters, one word', 'u'.repeat(500)],
	[
		'500 characters, 62 words of 7 letters',
		Array.from({ length: 62 }, (_, i) => `wo${String(i).padStart(2, '0')}rds`).join(' '),
	],
	['100 KB, one word', 'w'.repeat(100 * 1024)],
	['100 KB of words', 'credits unlimited '.repeat(Math.ceil((100 * 1024) / 18)).slice(0, 100 * 1024)],
	['8 MB of words', 'credits unlimited '.repeat(Math.ceil((8 * 1024 * 1024) / 18)).slice(0, 8 * 1024 * 1024)],
];
for (const [label, query] of cases) {
	const [search, meanwhile] = await Promise.all([timed('search_docs', { query }), timed('check_eligibility', other)]);
	console.log(
		`search_docs, ${label}: ${search.refused ? 'refused' : 'answered'} in ${ms(search.ms)} (${search.text.length} characters back); check_eligibility sent with it answered in ${ms(meanwhile.ms)}`,
	);
}
const start = performance.now();
const all = await Promise.all(
	Array.from({ length: 200 }, (_, i) =>
		i % 2 ? timed('search_docs', { query: 'unlimited credits' }) : timed('check_eligibility', other),
	),
);
console.log(
	`200 calls at once: all answered in ${ms(performance.now() - start)}, slowest ${ms(Math.max(...all.map((r) => r.ms)))}, ${all.filter((r) => r.refused).length} refused`,
);
console.log(
	`server stderr after start-up: ${JSON.stringify(stderr.split('\n').slice(1).join('\n').trim() || '(nothing)')}`,
);
console.log(`heap of this process (the client): ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
await client.close();
