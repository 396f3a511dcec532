import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../lib/articles.ts';
import { buildLlmsFull } from '../../lib/llms-txt.ts';
import { DEFAULT_LOCALE, LOCALE_KEYS, type Locale } from '../../lib/locales.ts';

// Every page of one language in one file: `/docs/ko/llms-full.txt`. The English one stays at `/docs/llms-full.txt`.
export const getStaticPaths: GetStaticPaths = () =>
	LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE).map((locale) => ({ params: { locale }, props: { locale } }));

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
	new Response(buildLlmsFull(await getArticles(props.locale), props.locale), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
