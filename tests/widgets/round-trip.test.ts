import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choicesOf } from '../../src/components/choices.ts';
import { checkerParams, type CheckerForm } from '../../src/components/checker-state.ts';
import { answerChecker } from '../../src/components/checker-answer.ts';
import { lineParam, newLine, readEstimator, type EstimatorForm } from '../../src/components/estimator-state.ts';
import { answerEstimator } from '../../src/components/estimator-answer.ts';
import { readParams, writeParams } from '../../src/components/url-state.ts';
import { englishWords as words } from '../../src/rules/words/answers.ts';
import { uiStrings } from '../../src/components/ui-strings.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import { rules } from '../../src/rules/index.ts';

const { link, fields } = uiStrings('en', en);

// A support agent's link must reopen the answer they saw: every form state the widgets can hold goes through its URL
// and comes back the same form (issue: widgets, "Links"); and a link opens the answer the articles give (expected
// values written by hand from the seed sentences).
const choices = choicesOf(rules.data, 'en');
/** The published cost of Carat Video on Plus (credits.json): a price change changes it, not this test. */
const CARAT_VIDEO_PLUS = rules.data.credits.costs.find(
	(c) => c.model === 'carat-video' && (!c.plans || c.plans.includes('plus' as never)),
)!.credits;

const ASOF = '2026-11-22';
const id = <T extends readonly (readonly [string, string])[]>(pairs: T) => fc.constantFrom(...pairs.map(([x]) => x));
const day = fc
	.date({ min: new Date('2019-06-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const maybe = <T extends string>(a: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), a);
// What a reader can type into a number field: valid whole numbers, the limits' edges, and anything else.
const typed = fc.oneof(
	fc.integer({ min: 0, max: 200_000 }).map(String),
	fc.constantFrom('1e3', '1.0', '0.5', '12345678', '100000', '100001', '-1', ' 5', '007', '1~2', '50%', '٣'),
	fc.string({ maxLength: 20 }),
);

const checkerForm: fc.Arbitrary<CheckerForm> = fc
	.record({
		plan: maybe(id(choices.plans)),
		billing: id(choices.billing),
		joined: maybe(day),
		asof: maybe(day),
		model: maybe(fc.constantFrom(...choices.models.map((m) => m.id))),
		agent: maybe(id(choices.agents)),
	})
	.chain((f) => {
		const model = choices.models.find((m) => m.id === f.model);
		return fc
			.record({
				res: model?.resolutions ? maybe(fc.constantFrom(...model.resolutions)) : fc.constant(''),
				method: model?.methods ? maybe(fc.constantFrom(...model.methods)) : fc.constant(''),
			})
			.map((o) => ({ ...f, ...o }));
	});

const line = fc.constantFrom(...choices.models).chain((m) =>
	fc.record({
		model: fc.constant(m.id),
		count: typed,
		option: maybe(fc.constantFrom(...(m.resolutions ?? m.methods ?? ['']))),
		cost: maybe(typed),
	}),
);
const estimatorForm = fc.record({
	plan: maybe(id(choices.plans)),
	billing: id(choices.billing),
	joined: maybe(day),
	asof: fc.constant(ASOF),
	bal: maybe(typed),
	lines: fc.array(line, { minLength: 1, maxLength: 50 }).map((lines) => lines.map((l, key) => ({ ...l, key }))),
});
const withoutKeys = (f: EstimatorForm) => ({ ...f, lines: f.lines.map(({ key: _, ...l }) => l) });
const estimatorUrl = (f: EstimatorForm) =>
	writeParams(
		{ plan: f.plan, billing: f.billing, joined: f.joined, asof: f.asof, bal: f.bal },
		{ line: f.lines.map(lineParam) },
	);

describe('the URL holds the form', () => {
	it('checker: every form state reopens as itself', () => {
		fc.assert(
			fc.property(checkerForm, (form) => {
				const read = readParams(writeParams({ ...form }), checkerParams(choices, fields), link);
				expect(read.problems).toEqual([]);
				const reopened = {
					...form,
					...Object.fromEntries(Object.keys(form).map((k) => [k, ''])),
					billing: form.billing,
					...read.values,
				};
				expect(reopened).toEqual(form);
			}),
			{ numRuns: 300 },
		);
	});

	it('estimator: every form state reopens as itself', () => {
		fc.assert(
			fc.property(estimatorForm, (form) => {
				const { form: reopened, problems } = readEstimator(
					estimatorUrl(form),
					choices,
					newLine(choices.models[0]!.id),
					link,
					fields,
				);
				expect(problems).toEqual([]);
				expect(withoutKeys(reopened)).toEqual(withoutKeys(form));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('a link opens the answer the articles give', () => {
	const checker = (search: string) => {
		const read = readParams(search, checkerParams(choices, fields), link);
		const form = { plan: '', billing: '', joined: '', asof: '', model: '', res: '', method: '', agent: '' };
		return answerChecker(rules, { ...form, ...read.values }, words);
	};
	it.each([
		['Plus, joined the day before the Nanobanana window', '2025-11-30', 'credits'],
		['Plus, joined on the first day of the Nanobanana window', '2025-12-01', 'unlimited'],
	])('checker: %s', (_, joined, status) => {
		const answer = checker(`?plan=plus&billing=monthly&joined=${joined}&asof=${ASOF}&model=nanobanana`);
		expect(answer && 'model' in answer && answer.model?.status).toBe(status);
	});

	it('estimator: 3 Carat Video for Plus, no signup date, at the published cost each', () => {
		const { form } = readEstimator(
			'?plan=plus&billing=monthly&line=carat-video~3',
			choices,
			newLine('x'),
			link,
			fields,
		);
		const answer = answerEstimator(rules, { ...form, asof: ASOF }, choices, words);
		expect(answer.kind === 'estimate' && [answer.estimate.total, answer.estimate.approximate]).toEqual([
			3 * CARAT_VIDEO_PLUS,
			true,
		]);
	});
});

describe('the form accepts exactly what the API accepts, and says so by label', () => {
	const base: EstimatorForm = {
		plan: 'plus',
		billing: 'monthly',
		joined: '',
		asof: ASOF,
		bal: '',
		lines: [{ key: 1, model: 'carat-video', count: '1', option: '', cost: '' }],
	};
	const withLine = (patch: Partial<EstimatorForm['lines'][number]>): EstimatorForm => ({
		...base,
		lines: [{ ...base.lines[0]!, ...patch }],
	});
	it.each([
		{ form: withLine({ count: '1e3' }), message: 'Count, line 1: "1e3" is not a whole number from 1 to 100,000' },
		{ form: withLine({ count: '1.0' }), message: 'Count, line 1: "1.0" is not a whole number from 1 to 100,000' },
		{ form: withLine({ count: '100001' }), message: 'Count, line 1: "100001" is not a whole number from 1 to 100,000' },
		{
			form: withLine({ model: 'veo-3', cost: '0.5' }),
			message: 'Credits each, line 1: "0.5" is not a whole number from 0 to 100,000',
		},
		{
			form: withLine({ model: 'veo-3', cost: '12345678' }),
			message: 'Credits each, line 1: "12345678" is not a whole number from 0 to 100,000',
		},
		{ form: { ...base, bal: '1e3' }, message: 'Credit balance: "1e3" is not a whole number from 0 to 100,000,000' },
		{
			form: { ...base, bal: '1000000000' },
			message: 'Credit balance: "1000000000" is not a whole number from 0 to 100,000,000',
		},
		{
			form: { ...base, joined: '2027-05-01' },
			message: 'Signup date: May 1, 2027 is after the As of date, Nov 22, 2026',
		},
		{
			form: { ...base, plan: 'premium' },
			message:
				'Signup date: needed to price Carat Video (LTX) on Premium, whose unlimited benefit depends on when you joined.',
		},
	])('$message', ({ form, message }) => {
		const answer = answerEstimator(rules, form, choices, words);
		expect(answer.kind).toBe('problem');
		expect((answer as { message: string }).message).toContain(message);
	});

	it.each([
		{ form: withLine({ count: '100000' }), total: 100_000 * CARAT_VIDEO_PLUS },
		{ form: { ...base, bal: '100000000' }, total: CARAT_VIDEO_PLUS },
		{ form: withLine({ model: 'veo-3', cost: '100000' }), total: 100_000 },
	])('prices the limits themselves ($total credits)', ({ form, total }) => {
		const answer = answerEstimator(rules, form, choices, words);
		expect(answer.kind === 'estimate' && answer.estimate.total).toBe(total);
	});

	it('prices Plus + Carat Video without a signup date: no Plus grant depends on it', () => {
		const answer = answerEstimator(rules, base, choices, words);
		expect(answer.kind === 'estimate' && answer.estimate.lines[0]!.creditsEach).toBe(CARAT_VIDEO_PLUS);
	});

	it('reads at most 50 lines from a URL, and says how many it ignored', () => {
		const url = `?plan=plus&${Array.from({ length: 10_000 }, () => 'line=carat-video~1').join('&')}`;
		const { form, problems } = readEstimator(url, choices, newLine('carat-video'), link, fields);
		expect(form.lines).toHaveLength(50);
		expect(problems).toEqual(['Ignored 9,950 lines of the link: an estimate has at most 50 lines.']);
	});
});
