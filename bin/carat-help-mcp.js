#!/usr/bin/env node
// `npx carat-help-mcp [--dist DIR] [--http [--port N] [--host H]]`: starts the Carat Help MCP server
// (src/mcp/main.ts) on stdio or HTTP. The server is
// TypeScript run by Node's type stripping; when the Node that started this file cannot strip types (before 22.18),
// it runs on this project's own Node 22 (the `node` devDependency), with the same stdio.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/mcp/main.ts', import.meta.url));
if (process.features.typescript) await import(main);
else {
	const node = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
	if (!existsSync(node)) {
		console.error(
			`carat-help-mcp: Node ${process.version} cannot run TypeScript and ${node} is missing: run \`npm install\` in the carat-help folder`,
		);
		process.exit(1);
	}
	const child = spawn(node, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
