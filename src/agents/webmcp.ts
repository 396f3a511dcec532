// WebMCP: registers the rule tools (tools.ts) with the browser's model context, for agents that drive the page.
// Bundled on its own (bundle.ts → `/docs/agents/webmcp.js`) and loaded by detect.ts only where the browser has the
// API, so it is never part of a widget's JavaScript.
import { RULE_TOOLS, type ToolResult } from './tools.ts';
import type { ToolListing } from './input-schemas.ts';

/** The tools as listed at build time (`toolListings()`), inlined by bundle.ts. */
declare const __CARAT_AGENT_TOOLS__: ToolListing[];

/** The part of the WebMCP `ModelContext` (W3C Web Machine Learning CG draft) this module uses. */
export interface ModelContext {
	registerTool(tool: {
		name: string;
		title?: string;
		description: string;
		inputSchema: object;
		annotations?: { readOnlyHint?: boolean };
		execute: (input: unknown) => Promise<ToolResult>;
	}): unknown;
}

let registered = false;

/**
 * Registers `check_eligibility`, `list_benefits` and `estimate_credits` on `context`, each with the JSON Schema
 * of its input generated at build time. Once per page, even with two widgets. `execute` never throws: bad input
 * gets the widgets' messages (`isError`).
 */
export async function registerRuleTools(context: ModelContext): Promise<void> {
	if (registered) return;
	registered = true;
	for (const tool of RULE_TOOLS) {
		const listing = __CARAT_AGENT_TOOLS__.find((t) => t.name === tool.name)!;
		await context.registerTool({
			name: tool.name,
			title: tool.title,
			description: listing.description,
			inputSchema: listing.inputSchema,
			annotations: { readOnlyHint: true },
			execute: async (input) => tool.run(input),
		});
	}
}
