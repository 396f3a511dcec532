import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Puts the shared analyzer in front of Pagefind's browser API, once Starlight has written the search index: Pagefind's
 * `pagefind/pagefind.js` becomes `pagefind/pagefind-core.js`, and `src/search/pagefind-facade.ts`, bundled, takes its
 * name, so Starlight's search dialog (which imports `pagefind.js`) searches through it. Must come after Starlight in
 * the integrations. Throws when Pagefind wrote no `pagefind.js` (the dialog would search without the analyzer).
 */
export default function searchFacade(): AstroIntegration {
	return {
		name: 'carat-help:search-facade',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const folder = join(fileURLToPath(dir), 'pagefind');
				const api = join(folder, 'pagefind.js');
				if (!existsSync(api)) throw new Error(`${api} is missing: Pagefind did not write its search API`);
				renameSync(api, join(folder, 'pagefind-core.js'));
				await build({
					entryPoints: [fileURLToPath(new URL('../search/pagefind-facade.ts', import.meta.url))],
					outfile: api,
					bundle: true,
					format: 'esm',
					minify: true,
					target: 'es2022',
					external: ['./pagefind-core.js'],
					logLevel: 'warning',
				});
				logger.info('pagefind.js: the shared analyzer in front of Pagefind');
			},
		},
	};
}
