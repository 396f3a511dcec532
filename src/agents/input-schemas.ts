import * as z from 'zod/mini';
import { inputSchema } from '../rules/input/schemas.ts';
import { rules } from '../rules/committed.ts';
import { FIRST_DAY, LAST_DAY } from '../rules/schema/calendar.ts';
import { LIMITS, type FieldName } from '../rules/schema/fields.ts';
import { RULE_TOOLS, type RuleTool } from './tools.ts';

// The JSON Schema of each rule tool's input, generated from the field descriptions (rules/schema/fields.ts) through
// their zod schemas (`z.toJSONSchema`), then given a description per field from the rule data that pairs each id
// with its name. Runs at build time (`/docs/agent-tools.json`) and in the MCP server; never in the browser, which
// gets the built file.

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; items?: JsonSchema };

const pairs = (list: readonly { id: string; name: string }[]) => list.map((x) => `${x.id} (${x.name})`).join(', ');
const modelsWith = (field: 'resolution' | 'method') =>
	rules.data.models
		.filter((m) => m.options?.[field])
		.map((m) => m.name)
		.join(', ');
const date = (what: string, more: string) => ({
	description: `${what}, YYYY-MM-DD (a calendar day from ${FIRST_DAY} to ${LAST_DAY}); ${more}`,
});

/** What each field of the tools' inputs means (the same in every tool), for agents. */
const FIELDS: Record<FieldName, { description: string }> = {
	plan: { description: `The customer's Carat plan: ${pairs(rules.data.plans)}` },
	billing: { description: `The plan's billing cycle: ${pairs(rules.data.billing)}` },
	joined: date('Signup date', "not after asOf; estimate_credits asks for it only when a line's answer depends on it"),
	asOf: date('As-of date: the day the question is about', "default today on the customer's calendar"),
	model: { description: `The model or feature: ${pairs(rules.data.models)}` },
	resolution: {
		description: `Image resolution, for ${modelsWith('resolution')} (default the first: ${rules.data.options.resolution[0]!.id}); ignored for other models. One of ${pairs(rules.data.options.resolution)}`,
	},
	method: {
		description: `Video generation method, for ${modelsWith('method')} (default the first: ${rules.data.options.method[0]!.id}); ignored for other models. One of ${pairs(rules.data.options.method)}`,
	},
	agent: {
		description: `The agent version the customer uses, which adds the caveats that apply to it: ${pairs(rules.data.options.agent)}`,
	},
	balance: {
		description: "Credit balance, in credits; default the plan's monthly credits where the help center publishes them",
	},
	lines: { description: `The generations to price, at most ${LIMITS.lines} lines` },
	count: { description: 'Number of generations' },
	since: date('The first day of the change-log entries to list', 'default every entry'),
	cost: {
		description: 'Credits per generation as the app shows it; used only where the help center publishes no cost',
	},
	options: { description: 'Resolution, generation method and agent of this line, as in check_eligibility' },
	locale: {
		description: 'The language of the answer: en (English, the default) or ko (Korean), as the widgets answer',
	},
};

/** What a field of the tools' inputs means (`plan`, `joined`, `asOf`…), as their JSON Schemas describe it. */
export const fieldDescription = (name: FieldName): string => FIELDS[name].description;

/** The longest id (a plan, model or option id) a tool accepts, in characters; a date is 10 (`YYYY-MM-DD`). */
export const MAX_ID_LENGTH = 64;

/**
 * Adds `FIELDS` to every property of `schema`, nested objects and arrays included, and a `maxLength` to every string
 * (the tools refuse any other value anyway; the schema says so up front). Mutates and returns it.
 */
function annotate(schema: JsonSchema): JsonSchema {
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		Object.assign(property, FIELDS[name as FieldName]);
		if (property.type === 'string' && property.maxLength === undefined)
			property.maxLength = property.format === 'date' ? 10 : MAX_ID_LENGTH;
		annotate(property);
	}
	if (schema.items) annotate(schema.items);
	return schema;
}

/** The JSON Schema (draft 2020-12) of a tool's input, from its form's zod schema, annotated. */
export function inputSchemaOf(tool: Pick<RuleTool, 'form'>): JsonSchema {
	return annotate(z.toJSONSchema(inputSchema(rules.vocabulary, tool.form), { io: 'input' }) as JsonSchema);
}

/** A tool as agents list it: name, title, description and the JSON Schema of its input. */
export interface ToolListing {
	name: RuleTool['name'] | 'list_changes';
	title: string;
	description: string;
	inputSchema: JsonSchema;
}

/** Every rule tool as agents list it: what `/docs/agent-tools.json` holds and what the MCP server lists. */
export function toolListings(): ToolListing[] {
	return RULE_TOOLS.map((t) => ({
		name: t.name,
		title: t.title,
		description: t.description,
		inputSchema: inputSchemaOf(t),
	}));
}
