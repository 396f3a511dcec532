import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../src/rules/verdict.ts';
import { englishWords, koreanWords, rules as committed } from '../../src/rules/index.ts';
import { benefitsFor, type Customer } from '../../src/rules/engine/benefits.ts';
import { overlapsOf } from '../../src/rules/engine/analysis.ts';
import { RuleDataError } from '../../src/rules/checks/validate.ts';
import { lastDayOf } from '../../src/rules/schema/calendar.ts';
import { answerChecker, type CheckerAnswer } from '../../src/components/checker-answer.ts';
import { checkEligibilityTool, listBenefitsTool } from '../../src/agents/tools.ts';
import type { CheckerForm } from '../../src/components/checker-state.ts';
import type { ResolvedQuery } from '../../src/rules/engine/rule-index.ts';
import { klingHalfYear, liveFiles, lowEnds, rulesWith, soraMonth, videoEditFromFeb } from './offer-examples.ts';
import type { RuleFiles } from '../editor/examples.ts';

// Promotions over time (issue 17): offers that start and stop on a calendar day, benefits of months and days, and
// answers for any as-of day. Every rule set here is a COPY of the committed data with an invented change
// (offer-examples.ts); the expected answers are written by hand from those changes.
const offers = rulesWith(lowEnds, klingHalfYear, soraMonth, videoEditFromFeb);
const premium = { plan: 'premium', billing: 'monthly', joined: '2026-03-01' } as const;
const ask = (model: string, asOf: string, who: { plan?: string; joined?: string } = {}) =>
	({ ...premium, model, asOf, ...who }) as ResolvedQuery;

afterEach(() => vi.useRealTimers());

describe('lasts: years, months and days, through the day before the same date that much later', () => {
	it.each([
		{ start: '2026-03-10', lasts: { months: 6 }, last: '2026-09-09' },
		{ start: '2026-03-10', lasts: { days: 10 }, last: '2026-03-19' },
		{ start: '2026-03-10', lasts: { years: 1, months: 6 }, last: '2027-09-09' },
		// Jan 31 + 1 month: Feb 31 does not exist, so the same date is Mar 1 and the benefit lasts through Feb's last day.
		{ start: '2027-01-31', lasts: { months: 1 }, last: '2027-02-28' },
		{ start: '2028-01-31', lasts: { months: 1 }, last: '2028-02-29' },
		{ start: '2026-08-31', lasts: { months: 1 }, last: '2026-09-30' },
		{ start: '2026-11-30', lasts: { months: 3 }, last: '2027-02-28' },
		{ start: '2026-12-15', lasts: { months: 2 }, last: '2027-02-14' },
		// Feb 29 as for years: 12 months from it end on Feb 28 of the common year.
		{ start: '2028-02-29', lasts: { years: 1 }, last: '2029-02-28' },
		{ start: '2028-02-29', lasts: { months: 12 }, last: '2029-02-28' },
		{ start: '2028-02-29', lasts: { months: 1 }, last: '2028-03-28' },
	])('$start + $lasts → through $last', ({ start, lasts, last }) => {
		expect(lastDayOf(start, lasts)).toBe(last);
	});

	it('a one-month benefit from Jan 31, 2027 holds on Feb 28 and has ended on Mar 1 (Sora 2, Pro, copy)', () => {
		const pro = { plan: 'pro', joined: '2027-01-31' } as const;
		const last = evaluate(offers, ask('sora-2', '2027-02-28', pro), englishWords);
		expect([last.status, last.unlimitedUntil]).toEqual(['unlimited', '2027-02-28']);
		expect(last.answer).toBe(
			'Sora 2 is unlimited for you until Feb 28, 2027, then it uses credits: the benefit covers Pro members who joined on or after Jan 1, 2027, for 1 month from signup.',
		);
		const after = evaluate(offers, ask('sora-2', '2027-03-01', pro), englishWords);
		expect(after.status).toBe('credits');
		expect(after.answer).toBe(
			'Sora 2 uses credits for you now: its unlimited benefit lasted 1 month from signup and ended on Feb 28, 2027.',
		);
		expect(evaluate(offers, ask('sora-2', '2027-03-01', pro), koreanWords).answer).toBe(
			'가입일부터 1개월간 받던 무제한 혜택이 2027년 2월 28일에 끝나서, 지금은 크레딧이 차감돼요.',
		);
	});
});

describe('an offer that ends on a day: ChatGPT Image 2.0 Low until Dec 31, 2026 (README worked example 4, copy)', () => {
	it.each([
		{ asOf: '2026-12-31', status: 'unlimited', until: '2026-12-31', rule: 'chatgpt-image-2.0-low-premium-pro' },
		{ asOf: '2027-01-01', status: 'credits', until: undefined, rule: 'default' },
	])('as of $asOf: $status', ({ asOf, status, until, rule }) => {
		const v = evaluate(offers, ask('chatgpt-image-2.0-low', asOf), englishWords);
		expect([v.status, v.unlimitedUntil, v.rule]).toEqual([status, until, rule]);
	});

	it('says so in both languages, on both sides of the day', () => {
		const answers = (asOf: string) =>
			[englishWords, koreanWords].map((w) => evaluate(offers, ask('chatgpt-image-2.0-low', asOf), w).answer);
		expect(answers('2026-12-31')).toEqual([
			'ChatGPT Image 2.0 Low is unlimited for you until Dec 31, 2026, then it uses credits: the benefit covers Premium / Max / Pro members on monthly or annual billing, any signup date, offered through Dec 31, 2026.',
			'2026년 12월 31일까지 나에게 무제한이고, 그 뒤로는 크레딧이 차감돼요. 대상: 월간 또는 연간 결제 Premium / Max / Pro 회원, 가입일 무관, 2026년 12월 31일까지 제공.',
		]);
		expect(answers('2027-01-01')).toEqual([
			'ChatGPT Image 2.0 Low uses credits for you on Jan 1, 2027: the promotion that made it unlimited for Premium / Max / Pro members on monthly or annual billing, any signup date, ended on Dec 31, 2026.',
			'2027년 1월 1일 기준으로 크레딧이 차감돼요. 무제한 프로모션(대상: 월간 또는 연간 결제 Premium / Max / Pro 회원, 가입일 무관)이 2026년 12월 31일에 종료됐어요.',
		]);
	});

	it('gives the failed condition as a reason: the offer, against the as-of day', () => {
		const v = evaluate(offers, ask('chatgpt-image-2.0-low', '2027-01-01'), englishWords);
		expect(v.reasons.filter((r) => r.field === 'offered')).toMatchObject([
			{
				rule: 'chatgpt-image-2.0-low-premium-pro',
				decisive: false,
				passed: false,
				required: 'Promotion offered through Dec 31, 2026',
				actual: 'as of Jan 1, 2027',
			},
		]);
	});

	it('leaves the committed rules as the sources say: no offer, unlimited in 2027', () => {
		expect(committed.data.grants.filter((g) => g.offered)).toEqual([]);
		expect(evaluate(committed, ask('chatgpt-image-2.0-low', '2027-01-01'), englishWords).status).toBe('unlimited');
	});
});

describe('an offer that starts on a day: Kling for Premium, Jan 1 to Jun 30, 2027 (copy)', () => {
	it.each([
		['2026-12-31', 'credits', undefined],
		['2027-01-01', 'unlimited', '2027-06-30'],
		['2027-06-30', 'unlimited', '2027-06-30'],
		['2027-07-01', 'credits', undefined],
	])('as of %s: %s', (asOf, status, until) => {
		const v = evaluate(offers, ask('kling', asOf), englishWords);
		expect([v.status, v.unlimitedUntil]).toEqual([status, until]);
	});
	it('before it starts, says when it starts; Max inherits it', () => {
		expect(evaluate(offers, ask('kling', '2026-12-31'), englishWords).answer).toBe(
			'Kling uses credits for you on Dec 31, 2026: a promotion makes it unlimited for Premium / Max members, any signup date, from Jan 1, 2027.',
		);
		expect(evaluate(offers, ask('kling', '2026-12-31'), koreanWords).answer).toBe(
			'2026년 12월 31일 기준으로 크레딧이 차감돼요. 무제한 프로모션(대상: Premium / Max 회원, 가입일 무관)은 2027년 1월 1일에 시작해요.',
		);
		expect(evaluate(offers, ask('kling', '2027-02-01', { plan: 'max' }), englishWords).status).toBe('unlimited');
	});
	it('writes the offer as a Korean range, the year not repeated', () => {
		expect(evaluate(offers, ask('kling', '2027-01-01'), koreanWords).answer).toBe(
			'2027년 6월 30일까지 나에게 무제한이고, 그 뒤로는 크레딧이 차감돼요. 대상: Premium / Max 회원, 가입일 무관, 2027년 1월 1일~6월 30일 제공.',
		);
	});
	it('members who join while it runs get it from their signup day', () => {
		expect(evaluate(offers, ask('kling', '2027-03-05', { joined: '2027-03-05' }), englishWords).status).toBe(
			'unlimited',
		);
	});
});

describe('a default that changes on a day: Editing elements in a video, credits from Feb 1, 2027 (copy)', () => {
	it.each([
		['2027-01-31', 'unsupported'],
		['2027-02-01', 'credits'],
	])('as of %s: %s', (asOf, status) => {
		expect(evaluate(offers, ask('video-element-edit', asOf), englishWords).status).toBe(status);
	});
});

describe('My benefits: Starts on / Ended on, within 90 days of the as-of day', () => {
	const changes = (asOf: string) =>
		benefitsFor(offers, { ...premium, asOf } as Customer).changes.map((c) => `${c.model} ${c.kind} ${c.on}`);
	it.each([
		// 90 days before Jan 1, 2027 is Oct 3, 2026.
		{ asOf: '2026-10-02', shows: [] },
		{ asOf: '2026-10-03', shows: ['kling starts 2027-01-01'] },
		{ asOf: '2026-12-31', shows: ['kling starts 2027-01-01'] },
		{ asOf: '2027-01-01', shows: ['chatgpt-image-2.0-low ended 2026-12-31'] },
		// Carat Video's one year from Mar 1, 2026 ran out on Feb 28, 2027 (committed rule).
		{ asOf: '2027-03-31', shows: ['chatgpt-image-2.0-low ended 2026-12-31', 'carat-video ended 2027-02-28'] },
		{ asOf: '2027-04-01', shows: ['carat-video ended 2027-02-28'] },
	])('as of $asOf: $shows', ({ asOf, shows }) => {
		expect(changes(asOf)).toEqual(shows);
	});

	const form = (asof: string): CheckerForm => ({
		...premium,
		asof,
		model: '',
		res: '',
		method: '',
		agent: '',
	});
	it.each([
		{
			words: englishWords,
			asOf: '2027-01-10',
			heading: 'Starting soon or recently ended',
			rows: [['ChatGPT Image 2.0 Low', 'Ended on Dec 31, 2026']],
		},
		{
			words: koreanWords,
			asOf: '2027-01-10',
			heading: '곧 시작하거나 최근에 종료된 혜택',
			rows: [['ChatGPT Image 2.0 Low', '2026년 12월 31일 종료']],
		},
		{
			words: englishWords,
			asOf: '2026-12-01',
			heading: 'Starting soon or recently ended',
			rows: [['Kling', 'Starts on Jan 1, 2027']],
		},
		{
			words: koreanWords,
			asOf: '2026-12-01',
			heading: '곧 시작하거나 최근에 종료된 혜택',
			rows: [['Kling', '2027년 1월 1일 시작']],
		},
		{
			words: englishWords,
			asOf: '2027-03-15',
			heading: 'Starting soon or recently ended',
			rows: [
				['ChatGPT Image 2.0 Low', 'Ended on Dec 31, 2026'],
				['Carat Video (LTX), image-based or start and end frames', 'Ended on Feb 28, 2027'],
			],
		},
	])('the checker in $words.lang as of $asOf', ({ words, asOf, heading, rows }) => {
		vi.useFakeTimers({ now: new Date('2026-12-02T12:00:00'), toFake: ['Date'] });
		const answer = answerChecker(offers, form(asOf), words) as CheckerAnswer;
		expect(answer.changes?.heading).toBe(heading);
		expect(answer.changes?.rows.map((r) => [r.label, r.detail])).toEqual(rows);
	});
	it('has no such list when nothing starts or ended near the day', () => {
		expect((answerChecker(offers, form('2026-06-01'), englishWords) as CheckerAnswer).changes).toBeUndefined();
	});
});

describe('an answer for another day than today', () => {
	const form = (asof: string): CheckerForm => ({ ...premium, asof, model: '', res: '', method: '', agent: '' });
	const on = (day: string) => vi.useFakeTimers({ now: new Date(`${day}T12:00:00`), toFake: ['Date'] });

	it.each([
		{
			words: englishWords,
			text: 'The rules for Dec 20, 2026 and for today (Jan 5, 2027) differ, so the answers differ: [[What changed]].',
			href: '/docs/en/changes/',
		},
		{
			words: koreanWords,
			text: '2026년 12월 20일과 오늘(2027년 1월 5일)은 적용되는 규칙이 달라서 결과도 달라요. 자세한 내용은 [[변경 내역]]에서 확인하세요.',
			href: '/docs/ko/changes/',
		},
	])('links the change log ($words.lang) when the rules answer that day differently', ({ words, text, href }) => {
		on('2027-01-05');
		expect((answerChecker(offers, form('2026-12-20'), words) as CheckerAnswer).rulesChanged).toEqual({ text, href });
	});
	it('says nothing when the answers differ only because a benefit ran out (committed rules)', () => {
		on('2027-03-10');
		// Carat Video: unlimited on Dec 20, 2026, credits today; the same grant, so the rules did not change.
		const answer = answerChecker(committed, { ...form('2026-12-20'), joined: '2026-03-01' }, englishWords);
		expect((answer as CheckerAnswer).rulesChanged).toBeUndefined();
	});
	it('links the change-log entry that touched the changed model, the newest one', () => {
		on('2027-01-05');
		const log = [
			{ id: '2026-11-22-sources', rules: [] },
			{ id: '2026-12-02-chatgpt-image-2.0-low-premium-pro', rules: ['chatgpt-image-2.0-low-premium-pro'] },
			{ id: '2026-12-03-midjourney', rules: ['midjourney'] },
		];
		const answer = answerChecker(offers, form('2026-12-20'), englishWords, log) as CheckerAnswer;
		expect(answer.rulesChanged?.href).toBe('/docs/en/changes/#2026-12-02-chatgpt-image-2.0-low-premium-pro');
		// No entry touches it: the change log itself.
		const none = answerChecker(offers, form('2026-12-20'), englishWords, log.slice(0, 1)) as CheckerAnswer;
		expect(none.rulesChanged?.href).toBe('/docs/en/changes/');
	});
	it('says it only when the rules answer that day differently than today', () => {
		on('2027-01-05');
		expect((answerChecker(offers, form('2026-11-01'), englishWords) as CheckerAnswer).rulesChanged).toBeDefined();
		expect((answerChecker(offers, form('2027-01-02'), englishWords) as CheckerAnswer).rulesChanged).toBeUndefined();
	});

	it('check_eligibility answers for a past day, and says today differs', () => {
		on('2027-01-05');
		const result = checkEligibilityTool.run(offers, { ...premium, model: 'chatgpt-image-2.0-low', asOf: '2026-12-20' });
		expect(result.structuredContent).toMatchObject({
			verdict: 'unlimited',
			until: '2026-12-31',
			rulesChanged: {
				text: 'The rules for Dec 20, 2026 and for today (Jan 5, 2027) differ, so the answers differ: What changed.',
				changes: 'https://carat.im/docs/en/changes/',
			},
		});
		const today = checkEligibilityTool.run(offers, { ...premium, model: 'chatgpt-image-2.0-low' });
		expect(today.structuredContent).toMatchObject({ verdict: 'credits', until: null });
		expect(today.structuredContent).not.toHaveProperty('rulesChanged');
	});
	it('check_eligibility answers for a future day', () => {
		on('2026-12-02');
		const result = checkEligibilityTool.run(offers, { ...premium, model: 'chatgpt-image-2.0-low', asOf: '2027-01-01' });
		expect(result.structuredContent).toMatchObject({
			verdict: 'credits',
			until: null,
			rulesChanged: {
				text: 'The rules for today (Dec 2, 2026) and for Jan 1, 2027 differ, so the answers differ: What changed.',
			},
		});
	});
	it('list_benefits answers for a past day in Korean, with what ended', () => {
		on('2027-05-01');
		const result = listBenefitsTool.run(offers, { ...premium, asOf: '2027-01-10', locale: 'ko' });
		const content = result.structuredContent as { groups: { verdict: string; benefits: { model: string }[] }[] };
		expect(content.groups.find((g) => g.verdict === 'unlimited')!.benefits.map((b) => b.model)).toContain('kling');
		expect(result.structuredContent).toMatchObject({
			changes: [{ model: 'chatgpt-image-2.0-low', kind: 'ended', on: '2026-12-31', text: '2026년 12월 31일 종료' }],
			rulesChanged: { changes: 'https://carat.im/docs/ko/changes/' },
		});
	});
});

describe('the guarantees hold on every day', () => {
	type Json = Record<string, any>;
	const kling = (f: RuleFiles) => f['grants.json'].grants.find((g: Json) => g.id === 'kling-premium-2027-h1');
	const secondKling =
		(offered: Json, result = 'confirm') =>
		(f: RuleFiles) =>
			f['grants.json'].grants.push({ ...structuredClone(kling(f)), id: 'kling-premium-later', result, offered });
	const problems = (...edits: ((f: RuleFiles) => void)[]) => {
		try {
			rulesWith(...edits);
			return [];
		} catch (e) {
			expect(e).toBeInstanceOf(RuleDataError);
			return (e as RuleDataError).problems;
		}
	};
	const grant = (id: string, edit: (g: Json) => void) => (f: RuleFiles) =>
		edit(f['grants.json'].grants.find((g: Json) => g.id === id));
	// Where the messages place a rule in its file: its index in the committed data (a copy may have more rules).
	const live = liveFiles();
	const g = (id: string) => `grants[${live['grants.json'].grants.findIndex((x: Json) => x.id === id)}]`;
	const m = (id: string) => `models[${live['models.json'].models.findIndex((x: Json) => x.id === id)}]`;

	it('two grants whose offers share no day do not overlap', () => {
		expect(problems(klingHalfYear, secondKling({ from: '2027-07-01' }))).toEqual([]);
		expect(overlapsOf(rulesWith(klingHalfYear, secondKling({ from: '2027-07-01' })))).toEqual([]);
	});

	it.each<{ name: string; edits: ((f: RuleFiles) => void)[]; says: string }>([
		{
			name: 'two offers that share their last and first day',
			edits: [klingHalfYear, secondKling({ from: '2027-06-30' })],
			says: 'content/rules/grants.json: grants "kling-premium-2027-h1" and "kling-premium-later" overlap (Unlimited / Check My Credits): both cover Premium, monthly, joined 2020-01-01 (Jan 1, 2020), Kling, as of 2027-06-30 (Jun 30, 2027). Narrow one of them so that exactly one grant covers each query.',
		},
		{
			name: 'an offer that ends before it starts',
			edits: [grant('z-image-from-2025-12-17', (g) => (g.offered = { from: '2027-03-01', until: '2027-02-01' }))],
			says: `content/rules/grants.json: grant "z-image-from-2025-12-17" (${g('z-image-from-2025-12-17')}).offered: the offer ends before it starts: until 2027-02-01 (Feb 1, 2027) is before from 2027-03-01 (Mar 1, 2027)`,
		},
		{
			name: 'two offers of the same grant that overlap',
			edits: [
				grant(
					'z-image-from-2025-12-17',
					(g) => (g.offered = [{ from: '2027-01-01', until: '2027-03-31' }, { from: '2027-03-15' }]),
				),
			],
			says: `content/rules/grants.json: grant "z-image-from-2025-12-17" (${g('z-image-from-2025-12-17')}).offered: periods [0] and [1] overlap: both hold on 2027-03-15 (Mar 15, 2027)`,
		},
		{
			name: 'an offer that ends before anyone it covers has joined',
			edits: [grant('z-image-from-2025-12-17', (g) => (g.offered = { until: '2025-12-01' }))],
			says: 'content/rules/grants.json: grant "z-image-from-2025-12-17" never decides anything, on any day: its offer ends on 2025-12-01 (Dec 1, 2025), before its first signup day 2025-12-17 (Dec 17, 2025), so on 2025-12-01 (Dec 1, 2025) and every other offered day no member it covers has joined yet. Widen it or remove it.',
		},
		{
			name: 'an offered grant that only covers days before the plan’s benefits start',
			edits: [
				klingHalfYear,
				(f) =>
					f['grants.json'].grants.push({
						...structuredClone(kling(f)),
						id: 'kling-max-annual-early',
						plans: ['max'],
						billing: ['annual'],
						joined: { through: '2026-05-01' },
					}),
			],
			says: 'content/rules/grants.json: grant "kling-max-annual-early" never decides anything, on any day: e.g. Max, annual, joined 2020-01-01 (Jan 1, 2020), Kling, as of 2027-01-01 (Jan 1, 2027) is decided by the plan\'s benefitsFrom date (plans.json), which comes first. Widen it or remove it.',
		},
		{
			name: 'dated defaults with a day between them',
			edits: [
				(f) => {
					const m = f['models.json'].models.find((x: Json) => x.id === 'kling');
					m.default = [
						{ ...m.default, result: 'unsupported', offered: { until: '2026-12-30' } },
						{ ...structuredClone(m.default), offered: { from: '2027-01-01' } },
					];
				},
			],
			says: `content/rules/models.json: ${m('kling')} (kling).default: no default holds on 2026-12-31 (Dec 31, 2026): the offered days of the dated defaults must follow each other from 2020-01-01 to 2099-12-31 (the first without from, the last without until)`,
		},
		{
			name: 'a lasts without years, months or days',
			edits: [grant('carat-video-premium-from-2026-02-25', (g) => (g.lasts = {}))],
			says: `content/rules/grants.json: grant "carat-video-premium-from-2026-02-25" (${g('carat-video-premium-from-2026-02-25')}).lasts: give years, months or days (e.g. { "months": 6 })`,
		},
		{
			name: 'months that run past the calendar',
			edits: [grant('carat-video-premium-from-2026-02-25', (g) => (g.lasts = { months: 900 }))],
			says: `content/rules/grants.json: grant "carat-video-premium-from-2026-02-25" (${g('carat-video-premium-from-2026-02-25')}).lasts: 900 months from a signup on 2026-02-25 last past 2099-12-31, the last day the site's calendar knows`,
		},
	])('fails on $name, naming the file, the rule and a day', ({ edits, says }) => {
		expect(problems(...edits)).toEqual([says]);
	});
});
