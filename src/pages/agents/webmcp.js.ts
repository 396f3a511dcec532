import type { APIRoute } from 'astro';
import { bundleWebMcp } from '../../agents/bundle.ts';

// `/docs/agents/webmcp.js`: the WebMCP tools, loaded by the widget pages only where the browser has WebMCP.
export const GET: APIRoute = async () =>
	new Response(await bundleWebMcp(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
