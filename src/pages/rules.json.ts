import type { APIRoute } from 'astro';
import { rulesExport } from '../rules/checks/export.ts';
import { rules } from '../rules/committed.ts';
import { changeLog } from '../rules/committed-changes.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(rulesExport(rules.data, changeLog), null, 2), {
		headers: { 'Content-Type': 'application/json' },
	});
