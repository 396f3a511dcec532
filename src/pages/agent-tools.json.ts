import type { APIRoute } from 'astro';
import { toolListings } from '../agents/input-schemas.ts';

// `/docs/agent-tools.json`: the rule tools (name, title, description, JSON Schema of the input), generated at build
// time from the zod schemas. The widget pages' WebMCP module reads it; the MCP server lists the same.
export const GET: APIRoute = () =>
	new Response(JSON.stringify({ tools: toolListings() }, null, 2), { headers: { 'Content-Type': 'application/json' } });
