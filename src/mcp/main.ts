// The Carat Help MCP server on stdio (`npx carat-help-mcp [--dist DIR]`, via bin/carat-help-mcp.js). Reads the
// built site (default this project's dist/); stdout carries JSON-RPC only, everything else goes to stderr.
import { fileURLToPath } from 'node:url';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readBuiltSite, NoBuildError } from './site.ts';
import { createServer } from './server.ts';
import { boundedLines, MAX_MESSAGE_BYTES } from './bounded-lines.ts';
import { rulesExport } from '../rules/export.ts';

/**
 * The transport with its messages written one after another: the SDK's `send` adds a 'drain' listener to stdout for
 * every message written while stdout is full, so 200 calls answered at once added 200 listeners (and Node's
 * MaxListenersExceededWarning on stderr); queued, at most one waits at a time. Order is kept.
 */
function oneWriteAtATime(transport: StdioServerTransport): StdioServerTransport {
	const send = transport.send.bind(transport);
	let last: Promise<void> = Promise.resolve();
	transport.send = (message) => (last = last.then(() => send(message), () => send(message)));
	return transport;
}

const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = at >= 0 && args[at + 1] ? args[at + 1]! : fileURLToPath(new URL('../../dist/', import.meta.url));

try {
	const site = readBuiltSite(dist);
	const version = rulesExport().version;
	if (site.rulesVersion !== version)
		console.error(`carat-help-mcp: ${dist} was built from other rule data (rules.json ${site.rulesVersion}, content/rules ${version}): the rule tools answer from content/rules; run \`npm run build\` to update the pages`);
	const input = boundedLines(MAX_MESSAGE_BYTES, (id, bytes) => {
		const message = `request of ${bytes.toLocaleString('en-US')} bytes; carat-help-mcp reads at most ${MAX_MESSAGE_BYTES.toLocaleString('en-US')} (a search query is at most 500 characters)`;
		if (id !== undefined) void transport.send({ jsonrpc: '2.0', id, error: { code: -32600, message } });
	});
	const transport = oneWriteAtATime(new StdioServerTransport(process.stdin.pipe(input) as unknown as typeof process.stdin));
	await createServer(site).connect(transport);
	console.error(`carat-help-mcp: serving ${site.pages.length} pages from ${dist} on stdio`);
} catch (error) {
	console.error(`carat-help-mcp: ${error instanceof NoBuildError ? error.message : error instanceof Error ? error.stack : String(error)}`);
	process.exit(1);
}
