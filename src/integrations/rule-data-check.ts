import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../lib/rule-files.ts';

/**
 * Stops `astro build` (and `astro dev`) before anything is rendered when the rule data is broken: invalid JSON or
 * an empty file (file and line), an unknown id, an impossible date or a backwards window, two grants covering the
 * same query (with an example), a grant that decides nothing, or a `source` heading that does not exist.
 */
export default function ruleDataCheck(): AstroIntegration {
	return {
		name: 'carat-help:rule-data-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const { data } = loadRules(fileURLToPath(config.root));
				logger.info(
					`rule data valid: ${data.grants.length} grants over ${data.models.length} models, no overlaps, every grant decides something`,
				);
			},
		},
	};
}
