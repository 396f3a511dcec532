import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { RULE_TOOLS, type ToolResult } from '../agents/tools.ts';
import { quoted } from '../rules/words/en.ts';
import { inputSchemaOf, toolListings, type ToolListing } from '../agents/input-schemas.ts';
import { rules } from '../rules/committed.ts';
import { changeLog } from '../rules/committed-changes.ts';
import { listChangesTool } from '../agents/change-tool.ts';
import { findPage, type BuiltSite } from './site.ts';
import { searchIndex } from './search.ts';

// The MCP server of Carat Help: the docs (search_docs, get_page, one resource per page) from the built site, and
// the rule tools that the widget pages register with WebMCP (same definitions, same JSON Schemas, same answers).

/** The longest search query, and the longest page path or URL, in characters. */
export const MAX_QUERY = 500;
export const MAX_PATH = 500;
/** The time one tool call may take, in milliseconds; a call over it is answered with an error instead of a result. */
export const TOOL_TIME_BUDGET_MS = 1000;

/** The problem of a string field longer than `max` characters, naming the field and quoting the start of the value. */
const tooLong = (field: string, value: unknown, max: number) =>
	typeof value === 'string' && value.length > max
		? [`${field}: ${value.length.toLocaleString('en-US')} characters, at most ${max}: ${quoted(value)}`]
		: [];

const text = (t: string, isError = false): ToolResult => ({
	content: [{ type: 'text', text: t }],
	...(isError && { isError }),
});
const json = (result: Record<string, unknown>): ToolResult => ({
	content: [{ type: 'text', text: JSON.stringify(result, null, 2) }],
	structuredContent: result,
});

/** A docs tool: as listed, and what it runs on the tool's arguments (never throws: bad input → `isError`). */
interface DocsTool extends ToolListing {
	run(args: Record<string, unknown>): ToolResult;
}

/** The search index of each site, built once: the HTTP server creates a server per request. */
const indexes = new WeakMap<BuiltSite, ReturnType<typeof searchIndex>>();

function docsTools(site: BuiltSite): DocsTool[] {
	if (!indexes.has(site)) indexes.set(site, searchIndex(site.pages));
	const index = indexes.get(site)!;
	const locales = [...new Set(site.pages.map((p) => p.locale))];
	return [
		{
			name: 'search_docs' as never,
			title: 'Search the Carat help center',
			description:
				'Full-text search over the Carat help center (carat.im/docs): plans, unlimited models, credits, error messages. Returns pages best first, each with its title, URL, the URL of its Markdown copy and a snippet. Read a page with get_page.',
			inputSchema: {
				type: 'object',
				properties: {
					query: {
						type: 'string',
						minLength: 1,
						maxLength: MAX_QUERY,
						description: 'Words to look for, e.g. "background music usage limit"',
					},
					locale: {
						type: 'string',
						enum: locales,
						maxLength: Math.max(...locales.map((l) => l.length)),
						description: `Only pages in this language: ${locales.join(', ')}; default all`,
					},
					limit: { type: 'integer', minimum: 1, maximum: 20, description: 'At most this many pages; default 10' },
				},
				required: ['query'],
				additionalProperties: false,
			},
			run({ query, locale, limit, ...rest }) {
				const problems = [
					...(typeof query === 'string' && query.trim()
						? tooLong('query', query, MAX_QUERY)
						: [`query: expected words to look for, got ${quoted(query)}`]),
					...(locale === undefined || locales.includes(locale as string)
						? []
						: [`locale: ${quoted(locale)} is not one of ${locales.join(', ')}`]),
					...(limit === undefined || (Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= 20)
						? []
						: [`limit: ${quoted(limit)} is not a whole number from 1 to 20`]),
					...Object.keys(rest).map(
						(k) => `${quoted(k)} is not a field of search_docs; the fields are query, locale, limit`,
					),
				];
				if (problems.length) return text(problems.join('\n'), true);
				const results = index.search(query as string, {
					locale: locale as string | undefined,
					limit: (limit as number | undefined) ?? 10,
				});
				return json({ query, results });
			},
		},
		{
			name: 'get_page' as never,
			title: 'Read a help center page',
			description:
				'The Markdown copy of one Carat help center page. Give its path or URL, e.g. /docs/en/tools/am-i-unlimited/ or https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/.',
			inputSchema: {
				type: 'object',
				properties: {
					path: {
						type: 'string',
						minLength: 1,
						maxLength: MAX_PATH,
						description: 'Path or URL of the page (HTML or .md), e.g. /docs/en/tools/credit-estimator/',
					},
				},
				required: ['path'],
				additionalProperties: false,
			},
			run({ path, ...rest }) {
				const extra = Object.keys(rest).map((k) => `${quoted(k)} is not a field of get_page; the field is path`);
				if (typeof path !== 'string' || !path.trim())
					return text([`path: expected a page path or URL, got ${quoted(path)}`, ...extra].join('\n'), true);
				const problems = [...tooLong('path', path, MAX_PATH), ...extra];
				if (problems.length) return text(problems.join('\n'), true);
				const page = findPage(site, path);
				return page
					? text(page.markdown)
					: text(
							`path: no page at ${quoted(path)}; search_docs finds pages, and https://carat.im/docs/llms.txt lists them all`,
							true,
						);
			},
		},
	];
}

/**
 * The MCP server over a built site: tools `search_docs`, `get_page`, `check_eligibility`, `list_benefits`,
 * `estimate_credits`, `list_changes` (the change log of the rules), and every page's Markdown copy as a resource
 * (its `.md` URL, `text/markdown`). Connect it to a transport (`server.connect(new StdioServerTransport())`).
 */
export function createServer(site: BuiltSite, version = '0.1.0'): McpServer {
	const server = new McpServer(
		{ name: 'carat-help', title: 'Carat Help', version },
		{
			capabilities: { tools: {} },
			instructions:
				'Carat Help answers questions about Carat (carat.im) plans, unlimited models and credits. Use search_docs and get_page for the articles; check_eligibility, list_benefits and estimate_credits answer for one customer (plan, billing cycle, signup date) with the same rules as the help center widgets, in English or Korean (locale: ko); list_changes says what changed in those rules and when.',
		},
	);
	const listings = new Map(toolListings().map((l) => [l.name, l]));
	const tools: DocsTool[] = [
		...docsTools(site),
		...RULE_TOOLS.map((t) => ({
			...listings.get(t.name)!,
			run: (args: Record<string, unknown>) => t.run(rules, args),
		})),
		{
			name: listChangesTool.name,
			title: listChangesTool.title,
			description: listChangesTool.description,
			inputSchema: inputSchemaOf(listChangesTool),
			run: (args: Record<string, unknown>) => listChangesTool.run(rules, changeLog, args),
		},
	];
	// Listed and called by hand, not with `registerTool`: the input schemas are the JSON Schemas generated from the
	// field descriptions, exactly as WebMCP lists them; the tools check their own input with the one validator.
	server.server.setRequestHandler(ListToolsRequestSchema, () => ({
		tools: tools.map(({ name, title, description, inputSchema }) => ({
			name,
			title,
			description,
			inputSchema: inputSchema as { type: 'object' },
			annotations: { readOnlyHint: true, openWorldHint: false },
		})),
	}));
	server.server.setRequestHandler(CallToolRequestSchema, (request) => {
		const tool = tools.find((t) => t.name === request.params.name);
		// A protocol error, as the specification words it for an unknown tool (-32602), not a tool result.
		if (!tool)
			throw new McpError(
				ErrorCode.InvalidParams,
				`Unknown tool: ${quoted(request.params.name)}; the tools are ${tools.map((t) => t.name).join(', ')}`,
			);
		// Every tool works synchronously on input bounded by its schema (search on at most MAX_QUERY characters, see
		// queryTerms in src/search/analyzer.ts), so that one call cannot hold the others up; the budget is checked on
		// each call all the same.
		const started = performance.now();
		const result = tool.run(request.params.arguments ?? {});
		const took = Math.round(performance.now() - started);
		return took > TOOL_TIME_BUDGET_MS
			? text(`${tool.name} took ${took} ms, over its budget of ${TOOL_TIME_BUDGET_MS} ms; try a shorter input`, true)
			: result;
	});
	for (const page of site.pages)
		server.registerResource(
			page.path.replace(/^\/docs\//, ''),
			page.markdownUrl,
			{ title: page.title, description: page.description, mimeType: 'text/markdown' },
			(uri) => ({
				contents: [{ uri: uri.href, mimeType: 'text/markdown', text: page.markdown }],
			}),
		);
	return server;
}
