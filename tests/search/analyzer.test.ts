import { describe, expect, it } from 'vitest';
import { applySynonyms, extraTerms, queryTerms, textTerms, words } from '../../src/search/analyzer.ts';
import { stemEnglish } from '../../src/search/english-stemmer.ts';
import { KOREAN_ENDINGS, stemKorean } from '../../src/search/korean.ts';
import { SYNONYMS } from '../../src/search/synonyms.ts';
import { articlesText } from './articles.ts';

const ko = (q: string) => queryTerms(q, 'ko', SYNONYMS);
const en = (q: string) => queryTerms(q, 'en', SYNONYMS, stemEnglish);

describe('Korean particles and endings', () => {
	// Measured, not guessed: each ending ends words of the Korean articles, alone or before another ending of the list
	// (되 in 차감되는, 하 in 하는).
	const koreanWords = articlesText('ko').match(/[가-힣]+/g)!;
	it.each(KOREAN_ENDINGS)('"%s" ends words of the Korean articles', (ending) => {
		const ends = (w: string) => w.endsWith(ending);
		const before = (w: string) =>
			KOREAN_ENDINGS.some((next) => ends(w.slice(0, -next.length) || '') && w.endsWith(next));
		expect(koreanWords.some((w) => ends(w) || before(w))).toBe(true);
	});

	it.each([
		['크레딧이', '크레딧'],
		['무제한인데', '무제'],
		['차감되나요', '차감'],
		['차감돼요', '차감'],
		['충전한', '충전'],
		['크레딧은', '크레딧'],
		['배경음악이', '배경음악'],
		['가입일로부터', '가입일'],
		// A one-syllable ending leaves at least two syllables; nothing is stripped from a word that is all ending.
		['제한', '제한'],
		['돼요', '돼요'],
	])('%s → %s', (word, stem) => expect(stemKorean(word)).toBe(stem));
});

describe('queryTerms', () => {
	it.each([
		['크레딧이 왜 차감되나요 무제한인데', ['크레딧', '차감', '무제']],
		['충전한 크레딧은 언제까지 쓸 수 있나요', ['충전', '크레딧', '쓸']],
		['배경 음악이 안 돼요', ['배경음악']],
		['브금이 안 만들어져요', ['배경음악', '만들어져']],
		['나노바나나2도 무제한이에요?', ['nanobanana', '2', '무제']],
		['캐럿비디오', ['carat', 'video']],
		['캐럿 비디오는', ['carat', 'video']],
		// 프로 is Pro only as a word of its own, not inside 프로모션.
		['프로모션 중 나노바나나 프로', ['프로모션', 'nanobanana', 'pro']],
		['영상 최대 길이 15 초', ['영상', '최대', '길이', '15초']],
		['33크레딧이', ['33크레딧']],
		['사용량 초과라고 떠요', ['usage', 'limit', 'exceeded', '떠요']],
	])('ko: %s', (query, terms) => expect(ko(query)).toEqual(terms));

	it.each([
		['credits deducted even though unlimited', ['credit', 'deduct', 'unlimit']],
		['BGM not working', ['background', 'music']],
		['what does the $29 plus plan include', ['29', 'plus', 'plan', 'includ']],
		['credit calculator', ['credit', 'estim']],
		['배경음악', ['background', 'music']],
		// Only stop words: the words themselves, rather than nothing.
		['how do I', ['how', 'do', 'i']],
	])('en: %s', (query, terms) => expect(en(query)).toEqual(terms));

	it.each(['', '   \t\n', '🙂🙂🎉', '?!…—', '<>"\'&;'])('no word, no term: %j', (query) => {
		expect(ko(query)).toEqual([]);
		expect(en(query)).toEqual([]);
	});

	it('reads markup-looking text as words, nothing else', () => {
		expect(en('<img src=x onerror="alert(1)">')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
	});

	it('bounds a 2,000-character query to 32 terms of at most 40 characters', () => {
		const terms = ko(`${'각'.repeat(1000)} ${Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ')}`);
		expect(terms).toHaveLength(32);
		expect(terms[0]).toBe('각'.repeat(40));
		expect(terms.slice(1, 3)).toEqual(['w0', 'w1']);
	});

	it('mixed scripts: each word analyzed in its own language', () => {
		expect(ko('Plus 요금제로 Seedance를 쓰면')).toEqual(['plus', '요금제', 'seedance', '쓰면']);
	});
});

describe('index terms', () => {
	it('stems English as Pagefind does (Porter2)', () => {
		expect(textTerms('Credits deducted generations', stemEnglish)).toEqual(['credit', 'deduct', 'generat']);
	});

	it('adds Korean stems, joined spaced pairs, compound ends and split units, not the page’s own words', () => {
		const extra = extraTerms('배경음악은 크레딧이 차감돼요. 캐럿 비디오 33크레딧');
		expect(extra).toEqual(expect.arrayContaining(['차감', '음악', '크레딧차감', '캐럿비디오', '33', '크레딧']));
		expect(extra).not.toContain('배경음악은');
		// Not joined across a sentence end.
		expect(extra).not.toContain('차감캐럿');
	});

	it('words: symbols and emoji are no words; versions and apostrophes stay in one', () => {
		expect(words("Agent 2.0 won't ✨ $29")).toEqual(['agent', '2.0', 'wont', '29']);
	});

	it('synonyms: a Korean alias with any spacing and its particles', () => {
		expect(applySynonyms('나노 바나나는', 'en', SYNONYMS).trim()).toBe('nanobanana');
	});
});
