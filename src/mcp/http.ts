import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { createServer } from './server.ts';
import type { BuiltSite } from './site.ts';

// The MCP server over Streamable HTTP (`carat-help-mcp --http`): the tools and resources of the stdio server at
// POST /mcp, stateless (a new server and transport for every request, so any instance answers any request behind a
// load balancer or on a serverless host), and GET /health.

/** The port of `carat-help-mcp --http` when --port is not given. */
export const DEFAULT_PORT = 8931;

/** How the HTTP server listens and what it accepts. */
export interface HttpOptions {
	/** Interface to listen on; default `127.0.0.1` (this machine only). */
	host?: string;
	/** TCP port; 0 lets the system pick one. */
	port: number;
	/** Largest request body, in KB (1,024 bytes); a larger one gets 413. Default 64. */
	maxBodyKb?: number;
	/** Requests per client address per minute; one more gets 429 until the minute is over. Default 600. */
	requestsPerMinute?: number;
	/** Origins (`https://example.com`) allowed besides this server's own; a request with any other Origin gets 403. */
	allowedOrigins?: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** A JSON-RPC error response without an id, as the transport writes its own (errors outside a request). */
function jsonRpcError(
	res: ServerResponse,
	status: number,
	code: number,
	message: string,
	headers: Record<string, string> = {},
) {
	const body = JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null });
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(body);
}

type Refusal = { status: number; code: number; message: string };

/**
 * The request body parsed as JSON-RPC (a message or a batch), or the HTTP status and JSON-RPC error to answer with:
 * 413 over `maxBytes` (read no further), -32700 for text that is not JSON, -32600 for JSON that is no JSON-RPC message
 * (JSON-RPC 2.0: "The JSON sent is not a valid Request object"; the SDK answers -32700 for both).
 */
async function readMessage(req: IncomingMessage, maxBytes: number): Promise<{ body: unknown } | Refusal> {
	const tooLarge = {
		status: 413,
		code: -32000,
		message: `Payload Too Large: a request body may have at most ${maxBytes / 1024} KB`,
	};
	if (Number(req.headers['content-length'] ?? 0) > maxBytes) return tooLarge;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxBytes) return tooLarge;
		chunks.push(chunk);
	}
	let body: unknown;
	try {
		body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		return { status: 400, code: -32700, message: 'Parse error: the request body is not JSON' };
	}
	const messages = Array.isArray(body) ? body : [body];
	if (!messages.length || !messages.every((m) => JSONRPCMessageSchema.safeParse(m).success))
		return {
			status: 400,
			code: -32600,
			message: 'Invalid Request: not a JSON-RPC 2.0 message (jsonrpc "2.0", a method…)',
		};
	return { body };
}

/**
 * A fixed-window limit per client address: `allow(address)` is false once the address has made `limit` requests in
 * the current minute. Windows of addresses not seen for a minute are dropped.
 */
export function rateLimiter(limit: number, windowMs = 60_000, now = () => Date.now()) {
	const windows = new Map<string, { start: number; count: number }>();
	return {
		/** Whether the request may go on, and when (seconds) the client may try again if not. */
		allow(address: string): { ok: boolean; retryAfter: number } {
			const t = now();
			if (windows.size > 10_000) for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
			let w = windows.get(address);
			if (!w || t - w.start >= windowMs) windows.set(address, (w = { start: t, count: 0 }));
			w.count += 1;
			return { ok: w.count <= limit, retryAfter: Math.ceil((w.start + windowMs - t) / 1000) };
		},
	};
}

/**
 * The HTTP server for `site` (not yet listening: call `listen(port, host)`). POST /mcp is MCP over Streamable HTTP
 * (JSON responses, no sessions); GET and DELETE /mcp get 405 (no server-initiated stream without a session);
 * GET /health a JSON status; any other path 404. Origin and, on a loopback interface, Host are checked against DNS
 * rebinding (403 with a JSON-RPC error), bodies over `maxBodyKb` get 413, clients over `requestsPerMinute` 429,
 * malformed JSON-RPC the specification's -32700 / -32600.
 */
export function mcpHttpServer(site: BuiltSite, options: HttpOptions): Server {
	const host = options.host ?? '127.0.0.1';
	const limiter = rateLimiter(options.requestsPerMinute ?? 600);
	const maxBytes = (options.maxBodyKb ?? 64) * 1024;
	const server = createHttpServer(async (req: IncomingMessage, res: ServerResponse) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (path === '/health' && req.method === 'GET')
			return res
				.writeHead(200, { 'Content-Type': 'application/json' })
				.end(JSON.stringify({ status: 'ok', pages: site.pages.length, rulesVersion: site.rulesVersion }));
		if (path !== '/mcp')
			return jsonRpcError(res, 404, -32000, `Not found: ${path}; MCP is at POST /mcp, the status at GET /health`);
		const { ok, retryAfter } = limiter.allow(req.socket.remoteAddress ?? '');
		if (!ok) {
			const message = `Too many requests: at most ${options.requestsPerMinute ?? 600} a minute from one client`;
			return jsonRpcError(res, 429, -32000, message, { 'Retry-After': String(retryAfter) });
		}
		if (req.method !== 'POST')
			return jsonRpcError(res, 405, -32000, 'Method not allowed: this server is stateless, send requests with POST', {
				Allow: 'POST',
			});

		const { port } = server.address() as { port: number };
		const own = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
		const transport = new StreamableHTTPServerTransport({
			sessionIdGenerator: undefined,
			enableJsonResponse: true,
			enableDnsRebindingProtection: true,
			allowedOrigins: [
				...own,
				...(LOOPBACK.has(host) ? [] : [`http://${host}:${port}`]),
				...(options.allowedOrigins ?? []),
			],
			// On this machine only, a page that rebinds its own name to 127.0.0.1 still sends its own Host: refuse it.
			allowedHosts: LOOPBACK.has(host) ? own.map((o) => o.slice('http://'.length)) : undefined,
		});
		const read = await readMessage(req, maxBytes);
		if ('status' in read) return jsonRpcError(res, read.status, read.code, read.message);
		const mcp = createServer(site);
		res.on('close', () => {
			void transport.close();
			void mcp.close();
		});
		try {
			await mcp.connect(transport);
			await transport.handleRequest(req, res, read.body);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			if (!res.headersSent) jsonRpcError(res, 500, -32603, `Internal error: ${message}`);
		}
	});
	return server;
}
