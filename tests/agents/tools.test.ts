import { describe, expect, it } from 'vitest';
import {
	checkEligibilityTool,
	estimateCreditsTool,
	listBenefitsTool,
	RULE_TOOLS,
	type RuleTool,
} from '../../src/agents/tools.ts';
import { toolListings } from '../../src/agents/input-schemas.ts';
import { rules } from '../../src/rules/index.ts';

// Bad input never throws: each tool answers `isError` with the messages the widgets show, one per line, then what
// the widgets cannot send (unknown keys, shapes that are not objects or lists). Expected messages written by hand.

const OK = { plan: 'premium', billing: 'monthly', joined: '2026-03-10', asOf: '2026-11-22' };

describe.each<{ tool: RuleTool; input: unknown; messages: unknown[] }>([
	{
		tool: checkEligibilityTool,
		input: { ...OK, model: 'carat-video', joined: '2026-02-30' },
		messages: ['Signup date: "2026-02-30" is not a calendar date written YYYY-MM-DD'],
	},
	{
		tool: checkEligibilityTool,
		input: { ...OK, model: 'imagen-9', plan: 'gold' },
		messages: [
			'Plan: "gold" is not one of plus, premium, max, pro, business',
			// The list names every model of the data (a new model joins it), so only its start is written here.
			expect.stringMatching(/^Model: "imagen-9" is not one of nanobanana, nanobanana-pro, .*carat-video, /),
		],
	},
	{
		tool: checkEligibilityTool,
		input: { ...OK, model: 'carat-video', joined: '2027-01-01' },
		messages: ['Signup date: Jan 1, 2027 is after the As of date, Nov 22, 2026'],
	},
	{
		tool: checkEligibilityTool,
		input: { ...OK, model: 'carat-video', colour: 'red' },
		messages: [
			'"colour" is not a field of check_eligibility; the fields are plan, billing, joined, asOf, model, resolution, method, agent',
		],
	},
	{
		tool: checkEligibilityTool,
		input: 'premium',
		messages: [
			'Input: expected an object with plan, billing, joined, asOf, model, resolution, method, agent, got "premium"',
		],
	},
	// A customer query has no model: the model's checks do not apply.
	{
		tool: listBenefitsTool,
		input: { ...OK, asOf: '2026-13-01' },
		messages: ['As of: "2026-13-01" is not a calendar date written YYYY-MM-DD'],
	},
	{
		tool: listBenefitsTool,
		input: { ...OK, model: 'kling' },
		messages: ['"model" is not a field of list_benefits; the fields are plan, billing, joined, asOf'],
	},
	{
		tool: estimateCreditsTool,
		input: {
			...OK,
			lines: [
				{ model: 'kling', count: 0 },
				{ model: 'kling', count: 1, options: { resolution: '9K' } },
			],
		},
		messages: [
			'Count, line 1: 0 is not a whole number from 1 to 100,000',
			'Resolution, line 2: "9K" is not one of 1K, 2K, 4K',
		],
	},
	{
		tool: estimateCreditsTool,
		input: { ...OK, balance: -1, lines: [] },
		messages: ['Credit balance: -1 is not a whole number from 0 to 100,000,000'],
	},
	{
		tool: estimateCreditsTool,
		input: { ...OK, lines: 'kling x 2' },
		messages: ['Lines: expected a list of lines ({ model, count, options?, cost? }), got "kling x 2"'],
	},
	{
		tool: estimateCreditsTool,
		input: { ...OK, lines: [null] },
		messages: ['Line 1: expected an object { model, count, options?, cost? }, got null'],
	},
	{
		tool: estimateCreditsTool,
		input: OK,
		messages: ['Lines: missing; give a list of lines ({ model, count, options?, cost? })'],
	},
])('$tool.name refuses $input', ({ tool, input, messages }) => {
	it(messages.map(String).join(' / '), () => {
		const answer = tool.run(rules, input);
		expect(answer.isError).toBe(true);
		expect(answer.content).toHaveLength(1);
		expect(answer.content[0].text.split('\n')).toEqual(messages);
	});
});

describe('input schemas', () => {
	it.each(RULE_TOOLS.map((t) => [t.name, t.fields] as const))(
		'%s: the JSON Schema names exactly the fields the tool accepts',
		(name, fields) => {
			const listing = toolListings().find((l) => l.name === name)!;
			expect(Object.keys(listing.inputSchema.properties!).sort()).toEqual([...fields].sort());
			expect(listing.inputSchema.additionalProperties).toBe(false);
		},
	);

	it('describes each date as format date and each id field with the names of its values', () => {
		const { properties } = toolListings()[0]!.inputSchema;
		expect(properties!.joined).toMatchObject({ type: 'string', format: 'date' });
		expect(properties!.model!.description).toContain('carat-video (Carat Video (LTX))');
		expect(properties!.plan).toMatchObject({ enum: ['plus', 'premium', 'max', 'pro', 'business'] });
	});
});
