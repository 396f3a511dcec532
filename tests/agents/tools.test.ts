import { describe, expect, it } from 'vitest';
import { checkEligibilityTool, estimateCreditsTool, listBenefitsTool, type RuleTool } from '../../src/agents/tools.ts';
import { toolListings } from '../../src/agents/input-schemas.ts';
import { rules } from '../../src/rules/index.ts';

/** The published cost of Carat Video on Plus (credits.json): a price change changes it, not this test. */
const CARAT_VIDEO_PLUS = rules.data.credits.costs.find(
	(c) => c.model === 'carat-video' && (!c.plans || c.plans.includes('plus' as never)),
)!.credits;

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
			'Input: "colour" is not a field; the fields are plan, billing, joined, model, asOf, resolution, method, agent, locale',
		],
	},
	{
		tool: checkEligibilityTool,
		input: 'premium',
		messages: [
			'Input: expected an object { plan, billing, joined, model, asOf?, resolution?, method?, agent?, locale? }, got "premium"',
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
		messages: ['Input: "model" is not a field; the fields are plan, billing, joined, asOf, locale'],
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
		messages: ['Lines: expected a list of lines { model, count, options?, cost? }, got "kling x 2"'],
	},
	{
		tool: estimateCreditsTool,
		input: { ...OK, lines: [null] },
		messages: ['Lines, line 1: expected an object { model, count, options?, cost? }, got null'],
	},
	{
		tool: estimateCreditsTool,
		input: OK,
		messages: ['Lines: missing; give a list of lines { model, count, options?, cost? }'],
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
	it.each([
		['check_eligibility', ['plan', 'billing', 'joined', 'asOf', 'model', 'resolution', 'method', 'agent', 'locale']],
		['list_benefits', ['plan', 'billing', 'joined', 'asOf', 'locale']],
		['estimate_credits', ['plan', 'billing', 'joined', 'asOf', 'balance', 'lines', 'locale']],
	])('%s: the JSON Schema names exactly the fields the tool accepts', (name, fields) => {
		const listing = toolListings().find((l) => l.name === name)!;
		expect(Object.keys(listing.inputSchema.properties!).sort()).toEqual([...fields].sort());
		expect(listing.inputSchema.additionalProperties).toBe(false);
	});

	it('describes each date as format date and each id field with the names of its values', () => {
		const { properties } = toolListings()[0]!.inputSchema;
		expect(properties!.joined).toMatchObject({ type: 'string', format: 'date' });
		expect(properties!.model!.description).toContain('carat-video (Carat Video (LTX))');
		expect(properties!.plan).toMatchObject({ enum: ['plus', 'premium', 'max', 'pro', 'business'] });
	});
});

// The tools answer in the language asked for (`locale`), with the widgets' sentences; expected text written by hand
// from the Korean widget (tests/browser/widgets-ko.test.ts) and the articles.
describe('answers in Korean with locale "ko"', () => {
	const text = (tool: RuleTool, input: unknown) => tool.run(rules, input).content[0].text;

	it('words a refused input in Korean', () => {
		const input = { ...OK, model: 'carat-video', joined: '2026-01-01', asOf: '2025-01-01', locale: 'ko' };
		expect(text(checkEligibilityTool, input)).toBe('가입일: 2026년 1월 1일이 기준일(2025년 1월 1일)보다 늦어요.');
		expect(text(checkEligibilityTool, { ...input, locale: 'en' })).toBe(
			'Signup date: Jan 1, 2026 is after the As of date, Jan 1, 2025',
		);
	});

	it('groups My benefits under the Korean labels, with the Korean summary', () => {
		const input = { plan: 'premium', billing: 'annual', joined: '2026-03-01', asOf: '2026-11-22', locale: 'ko' };
		const result = listBenefitsTool.run(rules, input).structuredContent as {
			summary: string;
			groups: { label: string; benefits: { label: string }[] }[];
		};
		expect(result.groups.map((g) => g.label)).toEqual([
			'무제한',
			'내 크레딧 확인',
			'크레딧 사용',
			'아직 지원되지 않음',
		]);
		expect(result.summary).toMatch(/^나에게 해당하는 결과: 무제한 \d+개/);
	});

	it('answers check_eligibility with a Korean sentence and label', () => {
		const input = { ...OK, plan: 'pro', joined: '2026-01-05', model: 'carat-video', locale: 'ko' };
		const result = checkEligibilityTool.run(rules, input).structuredContent as { label: string; answer: string };
		expect(result.label).toBe('무제한');
		expect(result.answer).toMatch(/[가-힣]/);
		expect(result.answer).not.toMatch(/unlimited|credits/i);
	});

	it('refuses a locale it does not speak, naming the field', () => {
		expect(text(listBenefitsTool, { ...OK, locale: 'ja' })).toBe('Language: "ja" is not one of en, ko');
	});
});

describe('estimate_credits asks only for what the answer depends on', () => {
	it('prices Plus + Carat Video without a signup date, as the estimator does', () => {
		const input = { plan: 'plus', billing: 'monthly', asOf: '2026-11-22', lines: [{ model: 'carat-video', count: 2 }] };
		const result = estimateCreditsTool.run(rules, input);
		expect(result.isError).toBeUndefined();
		expect(result.structuredContent).toMatchObject({ total: 2 * CARAT_VIDEO_PLUS, approximate: true });
		expect((result.structuredContent as { summary: string }).summary).toBe(
			`Total of known costs: about ${2 * CARAT_VIDEO_PLUS} credits.`,
		);
	});

	it('asks Premium + Carat Video for the signup date, naming the model', () => {
		const input = { plan: 'premium', billing: 'monthly', lines: [{ model: 'carat-video', count: 2 }] };
		const result = estimateCreditsTool.run(rules, input);
		expect(result.isError).toBe(true);
		expect(result.content[0].text).toMatch(/^Signup date: .*Carat Video \(LTX\)/);
	});
});
