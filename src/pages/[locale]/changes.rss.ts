import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { feedOptions } from '../../lib/change-feed.ts';
import { LOCALE_KEYS, type Locale } from '../../lib/locales.ts';
import { rules } from '../../rules/committed.ts';
import { changeLog } from '../../rules/committed-changes.ts';

// The change log of the rules as an RSS feed per language: `/docs/en/changes.rss`, `/docs/ko/changes.rss`.
export const getStaticPaths: GetStaticPaths = () =>
	LOCALE_KEYS.map((locale) => ({ params: { locale }, props: { locale } }));

export const GET: APIRoute<{ locale: Locale }> = ({ props }) => rss(feedOptions(rules, changeLog, props.locale));
