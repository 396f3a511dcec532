import type { APIRoute } from 'astro';
import { rulesExport } from '../rules/export.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(rulesExport(), null, 2), { headers: { 'Content-Type': 'application/json' } });
