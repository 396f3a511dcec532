import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { buildLlmsFull } from '../lib/llms-txt.ts';

export const GET: APIRoute = async () =>
	new Response(buildLlmsFull(await getArticles()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
