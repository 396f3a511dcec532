import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Leaves no output folder behind a failed `astro build`, so that nothing old or half-written can be deployed by
 * mistake. Astro itself empties the output folder only once its Vite build starts: a build refused earlier (broken
 * rule data, in `astro:config:setup`) kept the previous complete site, and one refused later (the article lint, a
 * page that throws) left an empty or partial folder. List it first among the integrations: it removes the previous
 * build before any other hook can fail, and removes the output folder again when the process exits with a non-zero
 * code. `astro dev` and `astro preview` are left alone.
 */
export default function failedBuildCleanup(): AstroIntegration {
	return {
		name: 'carat-help:failed-build-cleanup',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				const outDir = fileURLToPath(config.outDir);
				rmSync(outDir, { recursive: true, force: true });
				// 'exit' runs on process.exit() and on an uncaught error alike; only synchronous work is possible there.
				process.once('exit', (code) => {
					if (code !== 0) rmSync(outDir, { recursive: true, force: true });
				});
			},
		},
	};
}
