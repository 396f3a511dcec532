import { describe, expect, it } from 'vitest';
import { ruleChanges } from '../../src/rules/checks/diff.ts';
import { CHANGE_WORDS } from '../../src/rules/words/change-words.ts';
import { rules } from '../../src/rules/index.ts';
import { lowEnds, rulesWith } from '../rules/offer-examples.ts';

// A promotion that ends on a day ends for every member it covers, whenever they joined: rules:diff says so in its own
// line, since the verdict lines (asked on each signup day) show only the members who join after it.
describe('rules:diff words an offer that ends (README worked example 7, on a copy of the data)', () => {
	const after = rulesWith(lowEnds);
	const changes = ruleChanges(rules, after);

	it.each([
		[
			'en',
			'ChatGPT Image 2.0 Low · promotion for every member it covers, whenever they joined: offered on every day → offered through Dec 31, 2026',
		],
		[
			'ko',
			'ChatGPT Image 2.0 Low · 가입일과 관계없이 대상 회원 모두에게 적용되는 프로모션: 기간 제한 없이 제공 → 2026년 12월 31일까지 제공',
		],
	] as const)('%s', (lang, line) => {
		const lines = changes.map((c) => CHANGE_WORDS[lang].line({ before: rules, after }, c, false));
		expect(lines).toContain(line);
	});

	it('names the grant once, not as a bare field path', () => {
		expect(changes.filter((c) => c.kind === 'field')).toEqual([]);
		expect(changes.filter((c) => c.kind === 'offer').map((c) => (c as { id: string }).id)).toEqual([
			'chatgpt-image-2.0-low-premium-pro',
		]);
	});
});
