import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSkill } from '../../lib/skill-md.ts';
import { DEFAULT_LOCALE, LOCALE_KEYS, type Locale } from '../../lib/locales.ts';

// The Agent Skill in another language: `/docs/ko/skill.md`. The English one is at `/docs/skill.md`.
export const getStaticPaths: GetStaticPaths = () =>
	LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE).map((locale) => ({ params: { locale }, props: { locale } }));

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
	new Response(buildSkill(props.locale), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
