import { describe, expect, it } from 'vitest';
import { interpretationCounts, rulesWithBasis } from '../../src/rules/checks/basis.ts';
import { englishWords, evaluate, koreanWords, resolveQuery, rules } from '../../src/rules/index.ts';
import { roundToFigures } from '../../src/rules/engine/costs.ts';
import { answerChecker, type CheckerAnswer } from '../../src/components/checker-answer.ts';
import { listBenefitsTool } from '../../src/agents/tools.ts';
import type { CheckerForm } from '../../src/components/checker-state.ts';
import type { RuleFileName } from '../../src/rules/schema/rule-data.ts';
import { problemsAfter, type Json } from './rule-edits.ts';

// Issue 16: every rule says what it rests on, a reading is shown as one, conflicts between sources are data, and
// answers depend only on what they need. Expected values are written from the seeds, not from the code.
describe('every rule has a basis', () => {
	it('lists the readings: the rules the sources do not state outright', () => {
		const readings = rulesWithBasis(rules.data)
			.filter((r) => r.basis !== 'stated')
			.map((r) => r.rule);
		expect(readings).toEqual([
			// "annual subscribers who joined after certain dates": only Max annual's dates are published.
			'grants.json: grant "nanobanana-2-1k-annual-unpublished-dates"',
			// "(1 year)", without saying from when.
			'grants.json: grant "carat-video-premium-from-2026-02-25"',
			// Two unlimited methods named; text-to-video never mentioned.
			'notes.json: note "carat-video-text-to-video"',
			// "about 303 videos" at "about 33 credits": no credit figure is published for Plus.
			'credits.json: monthly credits of plus',
		]);
		expect(rulesWithBasis(rules.data).every((r) => r.basis !== undefined)).toBe(true);
	});

	it.each<{ name: string; edit: (f: Record<RuleFileName, Json>) => void; says: RegExp }>([
		{
			name: 'a grant without a basis',
			edit: (f) => delete f['grants.json'].grants[0].basis,
			says: /grants\.json: grant "nanobanana-plus-pro-from-2025-12-01" \(grants\[0\]\)\.basis: missing: write "basis": "stated"/,
		},
		{
			name: 'a model default with a misspelt basis',
			edit: (f) => (f['models.json'].models[0].default.basis = 'stat'),
			says: /models\.json: .*nanobanana.*default\.basis: "stat" is not a basis/,
		},
		{
			name: 'a reading without its Korean sentence',
			edit: (f) => (f['credits.json'].monthlyCredits[0].basis = { reading: { en: 'Read from two figures.' } }),
			says: /credits\.json: .*monthlyCredits.*basis/,
		},
		{
			name: 'a conflict whose followed value the note does not give',
			edit: (f) => {
				const values = f['notes.json'].notes.find((n: Json) => n.conflict).conflict.values;
				delete values[0].followed;
				values[1] = { ...values[1], value: 'Seedance Turbo', followed: true };
			},
			says: /notes\.json: notes\[\d+\] \(agent-2-default-video-model\)\.text: the conflict's followed value "Seedance Turbo" must appear/,
		},
		{
			name: 'a conflict with no followed value',
			edit: (f) =>
				f['notes.json'].notes.find((n: Json) => n.conflict).conflict.values.forEach((v: Json) => delete v.followed),
			says: /conflict\.values: mark exactly one value "followed": true/,
		},
	])('refuses $name, naming the rule', ({ edit, says }) => {
		expect(problemsAfter(edit).join('\n')).toMatch(says);
	});
});

describe('counts what rests on interpretation', () => {
	const { total, counts } = interpretationCounts(rules);
	const cases = (rule: string) => counts.find((c) => c.rule === rule)?.cases;

	it('counts each reading’s and silence’s customer cases', () => {
		// Plus / Premium / Pro / Business annual, 1K: one run of signup dates each (Max has its own grant).
		expect(cases('nanobanana-2-1k-annual-unpublished-dates')).toBe(4);
		// Carat Video text-to-video: 5 plans x 2 billing cycles, one run each.
		expect(cases('carat-video-text-to-video')).toBe(10);
		// Premium and Max (Premium's benefits), monthly and annual, image-based and start and end frames, from Feb 25,
		// 2026; Max annual's part starts on May 22, 2026 instead, still one run.
		expect(cases('carat-video-premium-from-2026-02-25')).toBe(8);
		expect(counts.find((c) => c.rule === 'plan-start')?.kind).toBe('silence');
		expect(total).toBeGreaterThan(cases('carat-video-text-to-video')!);
	});
});

describe('readings are labelled as readings', () => {
	const verdict = (q: object, words = englishWords) =>
		evaluate(rules, resolveQuery(rules, { asOf: '2026-12-02', ...q } as never), words);

	it('the 1-year benefit says how "(1 year)" is read, in both languages', () => {
		const q = { plan: 'premium', billing: 'annual', joined: '2026-03-01', model: 'carat-video' };
		expect(verdict(q).reading).toMatch(
			/^How we read this: .*"\(1 year\)".*one year from your signup date.*My Credits has the final word\.$/,
		);
		expect(verdict(q, koreanWords).reading).toMatch(/^이 사이트의 해석: .*가입일부터 1년.*내 크레딧/);
	});

	it('a stated rule carries no reading', () => {
		expect(verdict({ plan: 'pro', billing: 'monthly', joined: '2026-03-01', model: 'carat-video' }).reading).toBe(
			undefined,
		);
	});

	it('text-to-video says the sources do not mention it', () => {
		const v = verdict({
			plan: 'pro',
			billing: 'monthly',
			joined: '2026-03-01',
			model: 'carat-video',
			method: 'text-to-video',
		});
		expect(v.status).toBe('credits');
		expect(v.notes.find((n) => n.id === 'carat-video-text-to-video')?.text).toMatch(
			/image-based generation and start and end frames\. How we read this: .*text-to-video/,
		);
	});

	it('Agent 2.0’s default video model carries both names the sources give', () => {
		const q = { plan: 'pro', billing: 'monthly', joined: '2026-03-01', model: 'carat-video', agent: 'agent-2.0' };
		const note = (words = englishWords) =>
			verdict(q, words).notes.find((n) => n.id === 'agent-2-default-video-model')!.text;
		expect(note()).toMatch(/"Seedance 2\.0 Fast" \(followed here\) and "Seedance 2\.0"\./);
		expect(note(koreanWords)).toMatch(/"Seedance 2\.0 Fast"\(이 사이트 기준\), "Seedance 2\.0"/);
	});
});

describe('figures the sources do not publish are never exact', () => {
	it.each([
		[9999, 2, 10_000],
		[9999, 3, 10_000],
		[303 * 30, 2, 9100],
		[1234, 1, 1000],
		[45, 2, 45],
	])('%i to %i significant figures is %i', (n, figures, expected) => {
		expect(roundToFigures(n, figures)).toBe(expected);
	});
});

describe('who may have it unlimited lists the groups that should check My Credits too', () => {
	it('Nanobanana 2 at 2K for Premium annual names the annual group of the 1K answer', () => {
		const v = evaluate(
			rules,
			resolveQuery(rules, {
				plan: 'premium',
				billing: 'annual',
				joined: '2026-03-01',
				model: 'nanobanana-2',
				resolution: '2K',
				asOf: '2026-12-02',
			} as never),
			englishWords,
		);
		expect(v.whoHasIt).toEqual([
			'Max members on annual billing who joined on or after May 22, 2026 (1K)',
			'Plus / Premium / Pro / Business members on annual billing who joined after a date the help center does not publish (1K): check My Credits',
		]);
	});
});

describe('the checker answers as soon as the answer no longer depends on the signup date', () => {
	const form = (f: Partial<CheckerForm>): CheckerForm =>
		({
			plan: '',
			billing: 'monthly',
			joined: '',
			model: '',
			res: '',
			method: '',
			agent: '',
			asof: '2026-12-02',
			...f,
		}) as CheckerForm;
	const answer = (f: Partial<CheckerForm>, words = englishWords) =>
		answerChecker(rules, form(f), words) as CheckerAnswer | undefined;

	it('Plus + Grok Imagine: unlimited, for any signup date', () => {
		const a = answer({ plan: 'plus', model: 'grok-imagine' })!;
		expect(a.model?.status).toBe('unlimited');
		expect(a.who).toBe('Plus, monthly billing, any signup date, as of Dec 2, 2026');
		expect(a.groups).toEqual([]);
		expect(answer({ plan: 'plus', model: 'grok-imagine' }, koreanWords)!.who).toContain('가입일 무관');
	});

	it('Plus + Carat Video: uses credits, at the published cost, for any signup date', () => {
		const a = answer({ plan: 'plus', model: 'carat-video' })!;
		const each = rules.data.credits.costs.find((c) => c.model === 'carat-video')!.credits;
		expect(a.model?.status).toBe('credits');
		expect(a.model?.cost).toBe(`about ${each} credits per 5-second video`);
		expect(a.model?.answer).not.toMatch(/joined/);
	});

	it.each([
		['premium', 'carat-video'],
		['plus', 'z-image'],
		['max', 'grok-imagine'],
	])('%s + %s depends on the signup date: no answer until it is given', (plan, model) => {
		expect(answer({ plan, billing: 'annual', model })).toBe(undefined);
	});

	it('no model and no signup date: no answer yet', () => {
		expect(answer({ plan: 'plus' })).toBe(undefined);
	});
});

describe('My benefits and list_benefits mark what rests on a reading', () => {
	const customer = { plan: 'premium', billing: 'annual', joined: '2026-03-01', asOf: '2026-12-02' };

	const row = (model: string, words = englishWords) =>
		(
			answerChecker(
				rules,
				{ ...customer, asof: customer.asOf, model: '', res: '', method: '', agent: '' } as CheckerForm,
				words,
			) as CheckerAnswer
		).groups
			.flatMap((g) => g.rows)
			.find((r) => r.model === model)!;

	it('the Carat Video row ends its detail with the mark, in both languages', () => {
		expect(row('carat-video').detail).toBe('until Feb 28, 2027 (our reading)');
		expect(row('carat-video', koreanWords).detail).toBe('2027년 2월 28일까지(이 사이트의 해석)');
		expect(row('z-image').detail).toBe(undefined);
	});

	it('list_benefits gives the reading on those rows only', () => {
		const result = listBenefitsTool.run(rules, customer).structuredContent as {
			groups: { benefits: { model: string; reading?: string }[] }[];
		};
		const rows = result.groups.flatMap((g) => g.benefits);
		expect(rows.find((r) => r.model === 'carat-video')!.reading).toMatch(/^How we read this: .*"\(1 year\)"/);
		// Carat Video's "(1 year)", and the Nanobanana 2 1K annual group (check My Credits) read from "certain dates".
		expect(rows.filter((r) => r.reading).map((r) => r.model)).toEqual(['carat-video', 'nanobanana-2']);
	});
});
