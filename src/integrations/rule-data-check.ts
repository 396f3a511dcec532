import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../lib/rule-files.ts';
import { checkChangeLog } from '../lib/change-log.ts';

/**
 * Stops `astro build` (and `astro dev`) before anything is rendered when the rule data is broken: invalid JSON or
 * an empty file (file and line), an unknown id, an impossible date or a backwards window, two grants covering the
 * same query (with an example), a grant that decides nothing, or a `source` heading that does not exist; or when the
 * change log is invalid or its last entry is not the data's fingerprint (a rule changed without an entry).
 */
export default function ruleDataCheck(): AstroIntegration {
	return {
		name: 'carat-help:rule-data-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const rules = loadRules(root);
				const { data } = rules;
				const log = checkChangeLog(root, rules);
				logger.info(
					`rule data valid: ${data.grants.length} grants over ${data.models.length} models, no overlaps, every grant decides something; change log up to date (${log.length} entries)`,
				);
			},
		},
	};
}
