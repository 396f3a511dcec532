import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

/** The MCP server's command, run with the project's Node: `npx carat-help-mcp` over this project's dist/. */
export const BIN = 'bin/carat-help-mcp.js';

/**
 * Registers beforeAll/afterAll hooks that start the MCP server on stdio and connect the SDK's own client (named
 * `name`) to it, as an assistant does. The returned object holds the client and everything the server has written
 * on stderr so far; both are filled in once the hooks have run.
 */
export function useStdioServer(
	hooks: { beforeAll: (fn: () => unknown) => void; afterAll: (fn: () => unknown) => void },
	name: string,
) {
	const server = { client: undefined as unknown as Client, stderr: '' };
	hooks.beforeAll(async () => {
		const transport = new StdioClientTransport({ command: process.execPath, args: [BIN], stderr: 'pipe' });
		transport.stderr!.on('data', (chunk) => (server.stderr += chunk));
		server.client = new Client({ name, version: '1.0.0' });
		await server.client.connect(transport);
	});
	hooks.afterAll(async () => {
		await server.client?.close();
	});
	return server;
}
