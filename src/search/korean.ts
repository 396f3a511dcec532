/**
 * Particles and endings stripped from the end of a Korean word, longest first. Each occurs at the end of words of the
 * articles (content/docs/ko) after a stem that is itself a word there (`크레딧이`, `무제한인데`, `차감돼요`, `가입한`),
 * or, for the question forms, at the end of a Korean article title or heading (`보나요`, `무제한인가요`);
 * `tests/search/analyzer.test.ts` fails when one is found in no article, and `node scripts/search-endings.ts` prints
 * the endings the articles use, most frequent first.
 */
export const KOREAN_ENDINGS = [
	'했다면',
	'이라고',
	'로부터',
	'에서는',
	'에서도',
	'하거나',
	'하는지',
	'하세요',
	'이에요',
	'인가요',
	'이어도',
	'되는',
	'되지',
	'돼요',
	'해요',
	'해서',
	'해야',
	'해도',
	'하면',
	'하는',
	'하기',
	'하지',
	'이고',
	'이든',
	'이나',
	'인데',
	'인지',
	'에서',
	'에게',
	'에는',
	'에도',
	'에만',
	'으로',
	'부터',
	'까지',
	'보다',
	'마다',
	'예요',
	'에요',
	'나요',
	'가요',
	'서는',
	'서도',
	'와의',
	'거나',
	'짜리',
	'라고',
	'이',
	'가',
	'은',
	'는',
	'을',
	'를',
	'에',
	'의',
	'도',
	'만',
	'로',
	'와',
	'과',
	'요',
	'한',
	'할',
	'된',
	'되',
	'돼',
	'해',
	'하',
] as const;

const ENDINGS_LONGEST_FIRST = [...KOREAN_ENDINGS].sort((a, b) => b.length - a.length);

/** Whether `text` is one or more Hangul syllables only. */
export const isHangul = (text: string) => /^[가-힣]+$/.test(text);

/** Whether `text` is nothing but one of `KOREAN_ENDINGS` (or two of them): what follows a stem, not a word. */
export const isEnding = (text: string) => text === '' || stemKorean(`가나${text}`) === '가나';

/**
 * The stem of a Korean word: at most two particles or endings of `KOREAN_ENDINGS` stripped from its end, the longest
 * first, keeping at least one syllable (two before a one-syllable ending): `크레딧이` → `크레딧`, `무제한인데` →
 * `무제`, `차감되나요` → `차감`, `충전한` → `충전`. Over-stripping (`무제한` → `무제`) is harmless: both the index and
 * the query get the same stem, and search matches a query word against the start of an indexed word.
 */
export function stemKorean(word: string): string {
	let stem = word;
	for (let pass = 0; pass < 2; pass++) {
		const ending = ENDINGS_LONGEST_FIRST.find(
			(e) => stem.endsWith(e) && stem.length - e.length >= (e.length === 1 ? 2 : 1),
		);
		if (!ending) break;
		stem = stem.slice(0, -ending.length);
	}
	return stem;
}

/** Units written after a number in the Korean articles and queries: `15초`, `33크레딧`, `1개월`, `303개`. */
export const KOREAN_UNITS = ['초', '크레딧', '개월', '개', '회', '년', '월', '일', '원', '장', '건', '달'] as const;
