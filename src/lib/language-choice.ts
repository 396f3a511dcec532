import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/**
 * Which language `/docs` opens. A reader's own choice (the language picker or switch, kept in the `carat_lang` cookie
 * for a year under `/docs`) wins; else the browser's first preferred language when the site has it (`ko-KR` ->
 * Korean); else English. The server (nginx, src/lib/nginx-conf.ts) and the `/docs/` page (src/pages/index.astro,
 * for static hosts) decide the same way.
 */
export const LANG_COOKIE = 'carat_lang';

/** The cookie that keeps `locale` as the reader's choice: a year, under `/docs`, first-party only. */
export const langCookie = (locale: Locale) => `${LANG_COOKIE}=${locale}; path=/docs; max-age=31536000; samesite=lax`;

const isLocale = (value: string | undefined): value is Locale => value !== undefined && Object.hasOwn(LOCALES, value);

/**
 * The locale `/docs` opens for a reader with `cookie` (the `Cookie` header or `document.cookie`) and `languages`
 * (`navigator.languages`, or the `Accept-Language` header's tags in order of preference).
 */
export function chooseLocale(cookie: string, languages: readonly string[]): Locale {
	const chosen = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([^;]*)`).exec(cookie)?.[1];
	if (isLocale(chosen)) return chosen;
	const first = languages[0]?.trim().toLowerCase().split('-')[0];
	return isLocale(first) ? first : DEFAULT_LOCALE;
}
