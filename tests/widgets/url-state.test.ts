import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from '../../src/components/url-state.ts';
import { checkerParams as paramsOf } from '../../src/components/checker-state.ts';
import { choicesOf } from '../../src/components/choices.ts';
import { uiStrings } from '../../src/components/ui-strings.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import { rules } from '../../src/rules/index.ts';

const { link, fields } = uiStrings('en', en);
const checkerParams = paramsOf(choicesOf(rules.data, 'en'), fields);

describe('URL state', () => {
	it.each([
		{
			search: '?plan=premium&billing=monthly&joined=2026-03-10&model=carat-video',
			values: { plan: 'premium', billing: 'monthly', joined: '2026-03-10', model: 'carat-video' },
			problems: [],
		},
		{
			search: '?model=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			values: {},
			problems: ['Ignored Model ("model" in the link): "<script>alert(1)</script>" is not one of'],
		},
		{
			search: '?joined=2026-02-30',
			values: {},
			problems: ['Ignored Signup date ("joined" in the link): "2026-02-30" is not a date written YYYY-MM-DD.'],
		},
		{ search: '?utm_source=mail&plan=pro', values: { plan: 'pro' }, problems: [] },
		{
			search: '?constructor=x&__proto__=y&toString=z&hasOwnProperty=1&plan=plus',
			values: { plan: 'plus' },
			problems: [],
		},
	])('reads $search', ({ search, values, problems }) => {
		const read = readParams(search, checkerParams, link);
		expect(read.values).toEqual(values);
		expect(read.problems).toHaveLength(problems.length);
		read.problems.forEach((p, i) => expect(p.startsWith(problems[i]!)).toBe(true));
	});

	it('round-trips: what it writes, it reads back the same', () => {
		const state = {
			plan: 'max',
			billing: 'annual',
			joined: '2026-05-22',
			model: 'nanobanana-2',
			res: '1K',
			method: '',
			agent: 'agent-2.0',
			asof: '2026-11-22',
		};
		const read = readParams(writeParams(state), checkerParams, link);
		expect(read.problems).toEqual([]);
		expect(read.values).toEqual(Object.fromEntries(Object.entries(state).filter(([, v]) => v)));
	});

	it('repeats list parameters in order', () => {
		expect(writeParams({ plan: 'plus' }, { line: ['carat-video~10', 'veo-3~1'] })).toBe(
			'?plan=plus&line=carat-video%7E10&line=veo-3%7E1',
		);
		expect(readParams('?line=a&line=b', { line: { repeat: true } }, link).lists).toEqual({ line: ['a', 'b'] });
	});
});
