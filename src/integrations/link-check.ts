import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, type BrokenLink } from '../lib/site-links.ts';

/** How many pages a log line names for one broken link before it says "and N more". */
const PAGES_NAMED = 5;

/** One log line per broken `href` and problem, naming the pages it is on. */
export function describeBroken(broken: BrokenLink[]): string[] {
	const byLink = new Map<string, string[]>();
	for (const { page, href, problem } of broken) {
		const key = `${href} (${problem})`;
		byLink.set(key, [...(byLink.get(key) ?? []), page]);
	}
	return [...byLink].map(([link, pages]) => {
		const more = pages.length > PAGES_NAMED ? ` and ${pages.length - PAGES_NAMED} more` : '';
		return `${link} on ${pages.slice(0, PAGES_NAMED).join(', ')}${more}`;
	});
}

/**
 * Checks the built site in `dir` (see `findBrokenLinks`). On a broken link it logs each one, deletes `dir` so that no
 * complete-looking site with broken links is left to deploy, and throws, which fails `astro build`.
 */
export function checkBuiltSite(dir: string, logger: Pick<AstroIntegrationLogger, 'error' | 'info'>): void {
	const broken = findBrokenLinks(dir);
	if (!broken.length) return logger.info('every internal link resolves');
	for (const line of describeBroken(broken)) logger.error(line);
	rmSync(dir, { recursive: true, force: true });
	throw new Error(`${broken.length} broken internal link(s); see above. Removed ${dir} so that it cannot be deployed.`);
}

/**
 * Fails `astro build`, leaving no output folder, when a built page links to a page or heading of this site that does
 * not exist.
 */
export default function linkCheck(): AstroIntegration {
	return {
		name: 'carat-help:link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => checkBuiltSite(fileURLToPath(dir), logger),
		},
	};
}
