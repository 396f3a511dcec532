// WebMCP: registers the rule tools (tools.ts) with the browser's model context, for agents that drive the page.
// Bundled on its own (bundle.ts → `/docs/agents/webmcp.js`) and loaded by detect.ts only where the browser has the
// API, so it is never part of a widget's JavaScript.
import { RULE_TOOLS, type ToolResult } from './tools.ts';
import { rules } from '../rules/committed.ts';
import type { ToolListing } from './input-schemas.ts';

/** The tools as listed at build time (`toolListings()`), inlined by bundle.ts. */
declare const __CARAT_AGENT_TOOLS__: ToolListing[];

/**
 * The part of the WebMCP `ModelContext` (W3C Web Machine Learning CG draft) this module uses. `registerTool`'s
 * `signal` unregisters the tool when it aborts (the draft dropped `unregisterTool` in 2026).
 */
export interface ModelContext {
	registerTool(
		tool: {
			name: string;
			title?: string;
			description: string;
			inputSchema: object;
			annotations?: { readOnlyHint?: boolean };
			execute: (input: unknown) => Promise<ToolResult>;
		},
		options?: { signal?: AbortSignal },
	): unknown;
}

/** The tool input as the browser hands it: an object (Chromium 150 and 156), or its JSON text, parsed here. */
function inputObject(input: unknown): unknown {
	if (typeof input !== 'string') return input;
	try {
		return JSON.parse(input);
	} catch {
		return input; // the tool's own check then says the input is not an object
	}
}

let registration: AbortController | undefined;

/**
 * Registers `check_eligibility`, `list_benefits` and `estimate_credits` on `context`, each with the JSON Schema
 * of its input generated at build time and `readOnlyHint` (they change nothing). Once per page, even with two
 * widgets; resolves to the controller whose `abort()` unregisters all three. `execute` never throws: bad input gets
 * the widgets' messages (`isError`).
 */
export async function registerRuleTools(context: ModelContext): Promise<AbortController> {
	if (registration) return registration;
	registration = new AbortController();
	const { signal } = registration;
	for (const tool of RULE_TOOLS) {
		const listing = __CARAT_AGENT_TOOLS__.find((t) => t.name === tool.name)!;
		await context.registerTool(
			{
				name: tool.name,
				title: tool.title,
				description: listing.description,
				inputSchema: listing.inputSchema,
				annotations: { readOnlyHint: true },
				execute: async (input) => tool.run(rules, inputObject(input)),
			},
			{ signal },
		);
	}
	return registration;
}
