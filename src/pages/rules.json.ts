import type { APIRoute } from 'astro';
import { rulesExport } from '../rules/checks/export.ts';
import { rules } from '../rules/committed.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(rulesExport(rules.data), null, 2), { headers: { 'Content-Type': 'application/json' } });
