/**
 * The help center's languages: Starlight's `locales` (label in the language picker, `lang` attribute of its pages)
 * and the folders of `content/docs/`. English is the default: its pages are written first, and every other locale
 * has the same pages at the same paths (`content/docs/ko/x.mdx` for `content/docs/en/x.mdx`; a test checks it).
 */
export const LOCALES = {
	en: { label: 'English', lang: 'en' },
	ko: { label: '한국어', lang: 'ko' },
} as const;

/** A locale key, which is also the first path segment of its pages: `en`, `ko`. */
export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

/** Every locale key, the default first. */
export const LOCALE_KEYS = Object.keys(LOCALES) as Locale[];

/**
 * The locale of a docs entry id or a path that contains one: `ko/troubleshooting/x` -> `ko`,
 * `content/docs/ko/x.mdx` -> `ko`, `/docs/ko/` -> `ko`, `/docs/ko.md` -> `ko` (the segment after `docs/`, else the
 * first,
 * up to a dot). `undefined` when that segment is no locale key.
 */
export function localeOf(path: string): Locale | undefined {
	const key = (/(?:^|\/)docs\/([^/.]+)/.exec(path) ?? /^([^/.]+)/.exec(path))?.[1];
	return key !== undefined && Object.hasOwn(LOCALES, key) ? (key as Locale) : undefined;
}
