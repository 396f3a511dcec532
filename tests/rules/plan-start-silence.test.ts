import { describe, expect, it } from 'vitest';
import { evaluate, koreanWords, englishWords, resolveQuery, rules } from '../../src/rules/index.ts';
import { parseTableSpec, ruleTable } from '../../src/rules/checks/tables.ts';
import { answerChecker, type CheckerAnswer } from '../../src/components/checker-answer.ts';
import type { CheckerForm } from '../../src/components/checker-state.ts';

// Issue 16: the sources say Max annual benefits apply to signups on or after May 22, 2026, and nothing of earlier Max
// annual members. Where Premium's benefits would decide, the answer is "check My Credits", never "no benefits".
const ASOF = '2026-11-22';
const verdict = (model: string, joined: string, words = englishWords) =>
	evaluate(rules, resolveQuery(rules, { plan: 'max', billing: 'annual', joined, model, asOf: ASOF } as never), words);

describe('Max annual members who joined before May 22, 2026', () => {
	it.each(['z-image', 'grok-imagine', 'chatgpt-image-2.0-low', 'seedream-4.0'])(
		'%s (unlimited for Premium then): check My Credits',
		(model) => {
			const v = verdict(model, '2026-05-01');
			expect(v.status).toBe('confirm');
			expect(v.rule).toBe('plan-start');
			expect(v.href).toBe('/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#max-plan-benefits');
		},
	);

	it('says in English that the help center does not say, and points to My Credits', () => {
		expect(verdict('grok-imagine', '2026-01-10').answer).toBe(
			'The help center does not say whether Grok Imagine is unlimited for you: it says Max on annual billing has unlimited benefits for signups on or after May 22, 2026, not what members who joined earlier (you joined on Jan 10, 2026) have, so check the Active benefits section of My Credits.',
		);
	});

	it('says it in Korean too', () => {
		expect(verdict('grok-imagine', '2026-01-10', koreanWords).answer).toBe(
			'도움말 센터에는 Max 연간 결제가 2026년 5월 22일 이후 가입자부터 무제한 혜택을 받는다고만 나와 있고, 그 전에 가입한 회원(나의 가입일: 2026년 1월 10일)의 혜택은 나와 있지 않아요. 내 크레딧의 [혜택 사용중]에서 확인하세요.',
		);
	});

	it.each([
		['midjourney', '2026-05-01'],
		['seedream-4.0', '2026-01-10'],
		['nanobanana-2', '2026-05-01', '2K'],
	])('%s joined %s: uses credits, as it would with Premium’s benefits', (model, joined, resolution?: string) => {
		const q = { plan: 'max', billing: 'annual', joined, model, asOf: ASOF, ...(resolution && { resolution }) };
		const v = evaluate(rules, resolveQuery(rules, q as never), englishWords);
		expect(v.status).toBe('credits');
		expect(v.rule).not.toBe('plan-start');
	});

	it('keeps the plan’s own rules from May 22, 2026 and for Max on monthly billing', () => {
		expect(verdict('z-image', '2026-05-22').status).toBe('unlimited');
		const monthly = { plan: 'max', billing: 'monthly', joined: '2026-01-10', model: 'z-image', asOf: ASOF };
		expect(evaluate(rules, resolveQuery(rules, monthly as never), englishWords).status).toBe('unlimited');
	});

	it('keeps a model no plan has yet unavailable', () => {
		expect(verdict('video-element-edit', '2026-01-10').status).toBe('unsupported');
	});
});

describe('the tables’ rows that reach Max annual', () => {
	const row = (locale: 'en' | 'ko', model: string) => {
		const spec = parseTableSpec(`unlimited model=${model}`);
		if (typeof spec === 'string') throw new Error(spec);
		return ruleTable(rules, spec, locale).rows[0]![1];
	};
	it('name the Max annual members who joined before May 22, 2026, in both languages', () => {
		expect(row('en', 'grok-imagine')).toBe(
			'Plus / Premium / Max / Pro members on monthly or annual billing, any signup date; Max annual members who joined before May 22, 2026: check My Credits',
		);
		expect(row('ko', 'grok-imagine')).toBe(
			'월간 또는 연간 결제 Plus / Premium / Max / Pro 회원, 가입일 무관. 2026년 5월 22일 전에 가입한 연간 결제 Max 회원은 내 크레딧에서 확인',
		);
	});
	it('leave a row that starts on Max annual’s own day as it is', () => {
		expect(row('en', 'nanobanana-2')).toBe('Max members on annual billing who joined on or after May 22, 2026');
	});
});

describe('the checker’s answer', () => {
	const form = (plan: string, model: string, res = '') =>
		({ plan, billing: 'annual', joined: '2026-01-10', asof: ASOF, model, res, method: '', agent: '' }) as CheckerForm;
	const modelAnswer = (plan: string, model: string, res = '') =>
		(answerChecker(rules, form(plan, model, res), englishWords) as CheckerAnswer).model!;
	it('does not add "the signup dates are unpublished" to a plan-start answer, only to a grant’s', () => {
		expect(modelAnswer('max', 'z-image').status).toBe('confirm');
		expect(modelAnswer('max', 'z-image').datesUnpublished).toBe(false);
		expect(modelAnswer('premium', 'nanobanana-2', '1K').datesUnpublished).toBe(true);
	});
});
