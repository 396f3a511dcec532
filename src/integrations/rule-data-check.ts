import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, ContentError } from '../lib/content-check.ts';

/**
 * Stops `astro build` before anything is rendered when the content is not what `npm run check`
 * accepts: the same checks (src/lib/content-check.ts), the same one-line messages. Broken rule data (file and line),
 * a worked example whose answer changed, a page in no section of content/docs/sections.json, a rule table edited by
 * hand (naming the data file to change and `npm run fix`), a number or date in an article that is no value of the
 * data, a change log whose last entry is not the data's fingerprint (a rule changed without an entry: `npm run
 * rules:diff -- --write`).
 * The range snapshot is the editor's review (`npm run check`, `npm run snapshot`), not the site's: the build skips it.
 * `astro dev` prints the same lines as warnings and serves the pages (but stops, as before, on broken rule data).
 */
export default function ruleDataCheck(): AstroIntegration {
	return {
		name: 'carat-help:rule-data-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const { problems, summary, rulesValid } = checkContent(fileURLToPath(config.root));
				// `astro dev` shows the page being written even while a table or a figure is behind; it says what is wrong.
				if (problems.length && command === 'dev' && rulesValid) for (const p of problems) logger.warn(p);
				else if (problems.length) throw new ContentError(problems);
				logger.info(`content valid: ${summary}`);
			},
		},
	};
}
