import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/site-links.ts';

/** Fails `astro build` when a built page links to a page or heading of this site that does not exist. */
export default function linkCheck(): AstroIntegration {
	return {
		name: 'carat-help:link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const broken = findBrokenLinks(fileURLToPath(dir));
				if (broken.length) {
					for (const b of broken) logger.error(`${b.page}: ${b.href} (${b.problem})`);
					throw new Error(`${broken.length} broken internal link(s); see above.`);
				}
				logger.info('every internal link resolves');
			},
		},
	};
}
