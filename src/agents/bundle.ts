import { join } from 'node:path';
import { build } from 'esbuild';
import { toolListings } from './input-schemas.ts';

/**
 * The WebMCP module as one self-contained browser script (ES module, minified): webmcp.ts, the rule engine it
 * calls, and the tools' JSON Schemas generated now from the zod schemas (`toolListings`, inlined as
 * `__CARAT_AGENT_TOOLS__`). Bundled on its own, outside Vite's graph, so that the islands' chunks are exactly what
 * they are without it. `root`: the project folder (Astro builds from it). Rejects with esbuild's error on a
 * syntax or resolution error.
 */
export async function bundleWebMcp(root = process.cwd()): Promise<string> {
	const result = await build({
		entryPoints: [join(root, 'src/agents/webmcp.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'silent',
		legalComments: 'none',
		define: { __CARAT_AGENT_TOOLS__: JSON.stringify(toolListings()) },
	});
	return result.outputFiles[0]!.text;
}
