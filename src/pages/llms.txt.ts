import type { APIRoute } from 'astro';
import { getAllArticles } from '../lib/articles.ts';
import { buildLlmsTxt } from '../lib/llms-txt.ts';

export const GET: APIRoute = async () =>
	new Response(buildLlmsTxt(await getAllArticles()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
