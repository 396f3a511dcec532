import { describe, expect, it } from 'vitest';
import { readAllArticles } from '../../src/lib/mdx-articles.ts';
import { rules } from '../../src/rules/index.ts';
import {
	articleNumberProblems,
	grantShownProblems,
	numberProblems,
	statedValueProblems,
	strayTableProblems,
	tableProblems,
} from '../../src/lib/prose-checks.ts';

// The core promise: every rule table and number in the articles, English and Korean, agrees with content/rules. The
// checks are src/lib/prose-checks.ts (what `npm run check` and the build run); each failure names the article file,
// the line and what to do. The figures in the sentences below are read from the data, so a price change changes them.
const articles = readAllArticles();
const byArticle = articles.map((a) => [`${a.locale}/${a.id || 'home'}`, a] as const);
const cost = rules.data.credits.costs[0]!;
const videos = rules.data.credits.monthlyCredits[0]!.derived.generations;
const perMonth = rules.data.credits.generationsPerMonth[0]!.generations;
const usd = rules.data.credits.prices[0]!.usd;
const { maxVideoSeconds, topUpValidityMonths } = rules.data.credits.limits;

describe('prose and data agree: rule tables', () => {
	it.each(byArticle)('%s: every marked table is the table the data gives', (_, article) => {
		expect(tableProblems(rules, article)).toEqual([]);
	});
	it.each(byArticle)('%s: no table names a model or a plan without a rules-table marker', (_, article) => {
		expect(strayTableProblems(rules, article)).toEqual([]);
	});
	it('every grant is shown under its source heading', () => {
		expect(grantShownProblems(rules, articles)).toEqual([]);
	});
});

describe('prose and data agree: numbers and dates', () => {
	// Figures that are in no rule data (a cost of 34, a 7-second clip, $30, Dec 18, 2025).
	it.each([
		['en', 'about 34 credits for each generation', /34 is not in the data/],
		['en', 'roughly 34-credit videos', /34 is not in the data/],
		['en', 'a 7-second clip', /7 is not in the data/],
		['en', 'for 2 years from signup', /2 is not in the data/],
		// Issue 17: spelled out, a duration the data does not have slipped past.
		['en', 'unlimited for six months from signup', /"6 months": 6 is not in the data/],
		['en', 'a two-year benefit', /"2-year": 2 is not in the data/],
		// Issue 17: spelled out, a duration the data does not have slipped past.
		['en', 'unlimited for six months from signup', /"6 months": 6 is not in the data/],
		['en', 'a two-year benefit', /"2-year": 2 is not in the data/],
		['en', 'it costs $30 a month', /"\$30" is not a price/],
		['en', 'joined on Dec 18, 2025', /date "Dec 18, 2025" is no signup boundary/],
		['en', 'joined on Mar 10, 2026, through Mar 10, 2027', /should be "Mar 9, 2027"/],
		['ko', '한 번 생성에 약 34크레딧', /34 is not in the data/],
		['ko', '영상 약 300개', /300 is not in the data/],
		['ko', '같은 크레딧으로 4회 정도', /4 is not in the data/],
		['ko', '7초짜리 영상', /7 is not in the data/],
		['ko', '충전일로부터 2개월', /"2개월": 2 is not in the data \(credits.json limits.topUpValidityMonths/],
		['ko', '가입일부터 2년간', /"2년": 2 is not in the data \(grants.json/],
		['ko', '월 30달러', /"30달러" is not a price/],
		['ko', '월 $30', /"\$30" is not a price/],
		['ko', '2025년 12월 18일 이후에 가입한 회원', /date "2025년 12월 18일" is no signup boundary/],
		['ko', '2026년 3월 10일에 가입했다면 2027년 3월 10일까지', /should be "2027년 3월 9일"/],
		['ko', '2025년 11월 21일~29일에 가입한 회원', /date "2025년 11월 29일" is no signup boundary/],
		['ko', '2025년 11월 21일~12월 18일에 가입한 회원', /date "2025년 12월 18일" is no signup boundary/],
	] as const)('catches (%s) "%s"', (locale, text, says) => {
		expect(numberProblems(rules, text, locale).join('\n')).toMatch(says);
	});
	it.each([
		['en', `about ${cost.credits} credits for a 5-second video`],
		['en', 'for 1 year from signup'],
		['en', `Plus ($${usd} a month)`],
		['en', 'joined on Mar 10, 2026, through Mar 9, 2027'],
		['ko', `5초 영상 하나에 약 ${cost.credits}크레딧`],
		['ko', `영상 약 ${videos}개, 고성능 모델은 ${perMonth}회 정도`],
		['ko', `최대 ${maxVideoSeconds.value}초`],
		['ko', `충전일로부터 ${topUpValidityMonths.value}개월`],
		['ko', '가입일부터 1년간'],
		['ko', `Plus 요금제(월 $${usd}), 월 ${usd}달러`],
		['ko', '2026년 2월 25일 이후에 가입한 Premium / Max 회원'],
		['ko', '2026년 3월 10일에 가입했다면 2027년 3월 9일까지'],
		['ko', '2025년 11월 21일~30일에 가입한 회원'],
		['ko', 'Carat 1.0 Lite, 에이전트 2.0, LTX 2.3, Sora 2, Nanobanana 2, 1K 또는 2K'],
	] as const)('accepts (%s) "%s"', (locale, text) => {
		expect(numberProblems(rules, text, locale)).toEqual([]);
	});

	it.each(byArticle)('%s: every number and date comes from the data', (_, article) => {
		expect(articleNumberProblems(rules, article)).toEqual([]);
	});

	it('every published value is stated in its source article', () => {
		expect(statedValueProblems(rules, articles)).toEqual([]);
	});
});
