import type { AstroIntegration } from 'astro';
import { ruleFiles } from '../rules/data-files.ts';
import { validateRuleData } from '../rules/validate.ts';

/** Stops `astro build` (and `astro dev`) with a message naming the file and the field when the rule data is malformed. */
export default function ruleDataCheck(): AstroIntegration {
	return {
		name: 'carat-help:rule-data-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const data = validateRuleData(ruleFiles);
				logger.info(`rule data valid: ${data.rules.length} benefit rules, ${data.models.length} models`);
			},
		},
	};
}
