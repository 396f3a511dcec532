import type { APIRoute } from 'astro';
import { rulesJsonSchema } from '../rules/checks/export.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(rulesJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
