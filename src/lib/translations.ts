import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALE_KEYS, type Locale } from './locales.ts';

/**
 * An English page whose translation is not written yet: until it is, Starlight serves the English text at the
 * translation's URL with its "not translated yet" notice (its fallback), and the page actions offer the English
 * Markdown copy.
 */
export interface MissingTranslation {
	/** The locale it lacks: `ko`. */
	locale: Locale;
	/** The English file: `content/docs/en/troubleshooting/faq/refunds.mdx`. */
	from: string;
	/** The file to write: `content/docs/ko/troubleshooting/faq/refunds.mdx`. */
	file: string;
	/** The URL that shows the fallback: `/docs/ko/troubleshooting/faq/refunds/`. */
	url: string;
}

const articleFiles = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.mdx?$/.test(f))
				.sort()
		: [];

/**
 * Every English article of `root` (`content/docs`) without its page in another locale, locale by locale. A
 * translation may be `.md` or `.mdx` whatever its English page is.
 */
export function missingTranslations(root = 'content/docs'): MissingTranslation[] {
	const english = articleFiles(join(root, DEFAULT_LOCALE));
	return LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE).flatMap((locale) => {
		const have = new Set(articleFiles(join(root, locale)).map((f) => f.replace(/\.mdx?$/, '')));
		return english
			.filter((f) => !have.has(f.replace(/\.mdx?$/, '')))
			.map((f) => {
				const slug = f.replace(/\.mdx?$/, '').replace(/(?:^|\/)index$/, '');
				return {
					locale,
					from: join(root, DEFAULT_LOCALE, f),
					file: join(root, locale, f),
					url: `/docs/${locale}/${slug}${slug ? '/' : ''}`,
				};
			});
	});
}

/** One line per missing translation, naming the file to write: what the build and `npm run check` print. */
export const describeMissing = (m: MissingTranslation) =>
	`${m.file} is not written yet: ${m.url} shows the English page (${m.from}) with a "not translated yet" notice ` +
	`until you write it (same path, same outline: README, "Two languages")`;
