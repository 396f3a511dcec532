import * as z from 'zod/mini';
import { querySchemas } from '../rules/input/query.ts';
import { estimateSchemas } from '../rules/input/estimate.ts';
import { rules } from '../rules/committed.ts';
import { FIRST_DAY, LAST_DAY } from '../rules/schema/calendar.ts';
import { LIMITS } from '../rules/engine/input-checks.ts';
import { RULE_TOOLS, type RuleTool } from './tools.ts';

// The JSON Schema of each rule tool's input, generated from the zod schemas the API validates with
// (`z.toJSONSchema`), then annotated per field from the rule data: descriptions that pair each id with its name,
// `format: date`, whole-number limits. Runs at build time (`/docs/agent-tools.json`) and in the MCP server; never
// in the browser, which gets the built file.

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; items?: JsonSchema };

const pairs = (list: readonly { id: string; name: string }[]) => list.map((x) => `${x.id} (${x.name})`).join(', ');
const modelsWith = (field: 'resolution' | 'method') =>
	rules.data.models
		.filter((m) => m.options?.[field])
		.map((m) => m.name)
		.join(', ');
const date = (what: string, more: string) => ({
	format: 'date',
	pattern: '^\\d{4}-\\d{2}-\\d{2}$',
	description: `${what}, YYYY-MM-DD (a calendar day from ${FIRST_DAY} to ${LAST_DAY}); ${more}`,
});
const whole = (field: 'count' | 'cost' | 'balance', what: string) => ({
	type: 'integer',
	minimum: LIMITS[field].min,
	maximum: LIMITS[field].max,
	description: what,
});

/** What each field of the tools' inputs means, keyed by the field's name (the same in every tool). */
const FIELDS: Record<string, Record<string, unknown>> = {
	plan: { description: `The customer's Carat plan: ${pairs(rules.data.plans)}` },
	billing: { description: `The plan's billing cycle: ${pairs(rules.data.billing)}` },
	joined: date('Signup date', 'not after asOf'),
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
	balance: whole(
		'balance',
		"Credit balance, in credits; default the plan's monthly credits where the help center publishes them",
	),
	lines: { description: `The generations to price, at most ${LIMITS.lines} lines` },
	count: whole('count', 'Number of generations'),
	cost: whole('cost', 'Credits per generation as the app shows it; used only where the help center publishes no cost'),
	options: { description: 'Resolution, generation method and agent of this line, as in check_eligibility' },
};

/** What a field of the tools' inputs means (`plan`, `joined`, `asOf`…), as their JSON Schemas describe it. */
export const fieldDescription = (name: keyof typeof FIELDS & string): string => FIELDS[name]!.description as string;

/** The longest id (a plan, model or option id) a tool accepts, in characters; a date is 10 (`YYYY-MM-DD`). */
export const MAX_ID_LENGTH = 64;

/**
 * Adds `FIELDS` to every property of `schema`, nested objects and arrays included, and a `maxLength` to every string
 * (the tools refuse any other value anyway; the schema says so up front). Mutates and returns it.
 */
function annotate(schema: JsonSchema): JsonSchema {
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		Object.assign(property, FIELDS[name]);
		if (property.type === 'string' && property.maxLength === undefined)
			property.maxLength = property.format === 'date' ? 10 : MAX_ID_LENGTH;
		annotate(property);
	}
	if (schema.items) annotate(schema.items);
	return schema;
}

const { EligibilityQuery, CustomerQuery, fields } = querySchemas(rules.vocabulary);
const ZOD: Record<RuleTool['name'], z.core.$ZodType> = {
	check_eligibility: EligibilityQuery,
	list_benefits: CustomerQuery,
	estimate_credits: estimateSchemas(fields).EstimateInput,
};

/** The JSON Schema (draft 2020-12) of a tool's input, from its zod schema, annotated. */
export function inputSchemaOf(tool: RuleTool['name']): JsonSchema {
	return annotate(z.toJSONSchema(ZOD[tool], { io: 'input' }) as JsonSchema);
}

/** A tool as agents list it: name, title, description and the JSON Schema of its input. */
export interface ToolListing {
	name: RuleTool['name'];
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
		inputSchema: inputSchemaOf(t.name),
	}));
}
