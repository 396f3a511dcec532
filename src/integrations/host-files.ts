import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHeaderPolicy, headersFile, redirectsFile } from '../lib/site-headers.ts';

/**
 * Writes the static hosts' files once the pages are built: `_headers` (security, CSP and cache headers, content
 * types) and `_redirects` (`/docs` to the home page), from `src/lib/site-headers.ts` and the pages' own CSP.
 */
export default function hostFiles(): AstroIntegration {
	return {
		name: 'carat-help:host-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				writeFileSync(join(dist, '_headers'), headersFile(builtHeaderPolicy(dist)));
				writeFileSync(join(dist, '_redirects'), redirectsFile());
				logger.info('_headers and _redirects written');
			},
		},
	};
}
