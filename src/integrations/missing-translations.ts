import type { AstroIntegration } from 'astro';
import { describeMissing, missingTranslations } from '../lib/translations.ts';

/**
 * Names, as a build warning, each English page whose translation is not written yet and the file to write. The page
 * still builds (Starlight's fallback: the English text with its "not translated yet" notice), as a help center
 * launches a page in one language first. `scripts/build-strict.ts` lets these warnings pass: they are the editor's
 * to-do, not a fault.
 */
export default function missingTranslationsWarning(): AstroIntegration {
	return {
		name: 'carat-help:translations',
		hooks: {
			'astro:build:start': ({ logger }) => {
				for (const missing of missingTranslations()) logger.warn(describeMissing(missing));
			},
		},
	};
}
