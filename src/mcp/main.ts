// The Carat Help MCP server (`npx carat-help-mcp [--dist DIR] [--http [--port N] [--host H]]`, via
// bin/carat-help-mcp.js). Reads the built site (default this project's dist/). On stdio by default: stdout carries
// JSON-RPC only, everything else goes to stderr. With --http: Streamable HTTP at http://HOST:PORT/mcp
// (src/mcp/http.ts).
import { fileURLToPath } from 'node:url';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readBuiltSite, NoBuildError } from './site.ts';
import { createServer } from './server.ts';
import { DEFAULT_PORT, mcpHttpServer } from './http.ts';
import { boundedLines, MAX_MESSAGE_BYTES } from './bounded-lines.ts';
import { rulesExport } from '../rules/checks/export.ts';
import { rules } from '../rules/committed.ts';

/**
 * The transport with its messages written one after another: the SDK's `send` adds a 'drain' listener to stdout for
 * every message written while stdout is full, so 200 calls answered at once added 200 listeners (and Node's
 * MaxListenersExceededWarning on stderr); queued, at most one waits at a time. Order is kept.
 */
function oneWriteAtATime(transport: StdioServerTransport): StdioServerTransport {
	const send = transport.send.bind(transport);
	let last: Promise<void> = Promise.resolve();
	transport.send = (message) =>
		(last = last.then(
			() => send(message),
			() => send(message),
		));
	return transport;
}

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	return at >= 0 ? (args[at + 1] ?? '') : undefined;
};
const dist = option('--dist') || fileURLToPath(new URL('../../dist/', import.meta.url));

try {
	const site = readBuiltSite(dist);
	const version = rulesExport(rules.data, []).version;
	if (site.rulesVersion !== version)
		console.error(
			`carat-help-mcp: ${dist} was built from other rule data (rules.json ${site.rulesVersion}, content/rules ${version}): the rule tools answer from content/rules; run \`npm run build\` to update the pages`,
		);
	if (args.includes('--http')) {
		const port = Number(option('--port') ?? DEFAULT_PORT);
		if (!Number.isInteger(port) || port < 0 || port > 65535)
			throw new NoBuildError(`--port: "${option('--port')}" is not a port number (an integer from 0 to 65535)`);
		const host = option('--host') || '127.0.0.1';
		const server = mcpHttpServer(site, { port, host });
		server.once('error', (error) => {
			console.error(`carat-help-mcp: cannot listen on ${host}:${port}: ${error.message}`);
			process.exit(1);
		});
		server.listen(port, host, () => {
			const { port: bound } = server.address() as { port: number };
			const address = `http://${host.includes(':') ? `[${host}]` : host}:${bound}/mcp`;
			console.error(`carat-help-mcp: serving ${site.pages.length} pages from ${dist} at ${address}`);
		});
		for (const signal of ['SIGINT', 'SIGTERM'] as const)
			process.once(signal, () => server.close(() => process.exit(0)).closeAllConnections());
	} else {
		const input = boundedLines(MAX_MESSAGE_BYTES, (id, bytes) => {
			const message = `request of ${bytes.toLocaleString('en-US')} bytes; carat-help-mcp reads at most ${MAX_MESSAGE_BYTES.toLocaleString('en-US')} (a search query is at most 500 characters)`;
			if (id !== undefined) void transport.send({ jsonrpc: '2.0', id, error: { code: -32600, message } });
		});
		const transport = oneWriteAtATime(
			new StdioServerTransport(process.stdin.pipe(input) as unknown as typeof process.stdin),
		);
		await createServer(site).connect(transport);
		console.error(`carat-help-mcp: serving ${site.pages.length} pages from ${dist} on stdio`);
	}
} catch (error) {
	console.error(
		`carat-help-mcp: ${error instanceof NoBuildError ? error.message : error instanceof Error ? error.stack : String(error)}`,
	);
	process.exit(1);
}
