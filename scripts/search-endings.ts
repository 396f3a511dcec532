// node scripts/search-endings.ts: the endings the Korean articles put after a stem that is itself one of their words
// (`크레딧` + `이`, `무제한` + `인데`), most frequent first, with how many words end so, and whether
// src/search/korean.ts strips each. Where the list of particles and endings comes from; asserts nothing.
import { KOREAN_ENDINGS } from '../src/search/korean.ts';
import { articlesText } from '../tests/search/articles.ts';

const words = articlesText('ko').match(/[가-힣]+/g) ?? [];
const vocabulary = new Set(words);
const counts = new Map<string, number>();
for (const word of words)
	for (let i = 1; i < word.length; i++) {
		const ending = word.slice(i);
		if (ending.length <= 3 && vocabulary.has(word.slice(0, i))) counts.set(ending, (counts.get(ending) ?? 0) + 1);
	}
const listed = new Set<string>(KOREAN_ENDINGS);
for (const [ending, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 80))
	console.log(`${ending.padEnd(4, '　')} ${String(n).padStart(4)}  ${listed.has(ending) ? 'stripped' : ''}`);
