// The Carat Help MCP server on stdio (`npx carat-help-mcp [--dist DIR]`, via bin/carat-help-mcp.js). Reads the
// built site (default this project's dist/); stdout carries JSON-RPC only, everything else goes to stderr.
import { fileURLToPath } from 'node:url';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readBuiltSite, NoBuildError } from './site.ts';
import { createServer } from './server.ts';
import { rulesExport } from '../rules/checks/export.ts';
import { rules } from '../rules/committed.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = at >= 0 && args[at + 1] ? args[at + 1]! : fileURLToPath(new URL('../../dist/', import.meta.url));

try {
	const site = readBuiltSite(dist);
	const version = rulesExport(rules.data).version;
	if (site.rulesVersion !== version)
		console.error(`carat-help-mcp: ${dist} was built from other rule data (rules.json ${site.rulesVersion}, content/rules ${version}): the rule tools answer from content/rules; run \`npm run build\` to update the pages`);
	await createServer(site).connect(new StdioServerTransport());
	console.error(`carat-help-mcp: serving ${site.pages.length} pages from ${dist} on stdio`);
} catch (error) {
	console.error(`carat-help-mcp: ${error instanceof NoBuildError ? error.message : error instanceof Error ? error.stack : String(error)}`);
	process.exit(1);
}
