import type { APIRoute } from 'astro';
import { getAllArticles } from '../lib/articles.ts';
import { buildLlmsTxt } from '../lib/llms-txt.ts';
import { changeLinks } from '../lib/change-links.ts';
import { rules } from '../rules/committed.ts';
import { changeLog } from '../rules/committed-changes.ts';
import { SITE } from '../rules/schema/links.ts';

const changes = () =>
	changeLog.toReversed().map((entry) => ({
		date: entry.date,
		summary: entry.summary.en,
		url: new URL(changeLinks(rules, entry, 'en').page, SITE).href,
	}));

export const GET: APIRoute = async () =>
	new Response(buildLlmsTxt(await getAllArticles(), changes()), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
