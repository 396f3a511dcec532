import { isEnding, isHangul, KOREAN_ENDINGS, KOREAN_UNITS, stemKorean } from './korean.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { SynonymGroup } from './synonyms.ts';

/**
 * The one text analyzer of the help center's search, for English and Korean, used by the site's search dialog
 * (src/search/pagefind-facade.ts, on the query), by the build (the extra terms each page is indexed with,
 * src/overrides/PageTitle.astro) and by the MCP server's search_docs (src/mcp/search.ts, on pages and queries). Pure
 * functions over strings, no DOM and no Node API: it runs in the browser too.
 */

/** A language of the help center. */
export type Lang = 'en' | 'ko';

/** The most words a query is searched for, and the most characters of each: bounds on the work of one search. */
export const QUERY_BOUNDS = { words: 32, wordLength: 40 } as const;

/** English stemmer (Porter2, as Pagefind stems English), given by the caller: the browser leaves it to Pagefind. */
export type Stemmer = (word: string) => string;

const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;
const NUMBER_THEN_HANGUL = /^(\d+(?:\.\d+)?)([가-힣]+)$/;
const LATIN_THEN_HANGUL = /^([a-z][a-z\d.]*)([가-힣]+)$/;
const UNITS_LONGEST_FIRST = [...KOREAN_UNITS].sort((a, b) => b.length - a.length);

/** `text` folded for matching: Unicode NFKC (full-width letters, compatibility forms), lower case. */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The words of `text` in order, folded (`fold`), apostrophes dropped (`won't` → `wont`), symbols and emoji left out
 * (`$29` → `29`). A version number stays one word (`2.0`).
 */
export function words(text: string): string[] {
	return [...fold(text).matchAll(WORD)].map((m) => m[0].replace(/['’]/g, ''));
}

/**
 * One word as it is searched for: a Korean word without its particles and endings (`stemKorean`), a number with its
 * Korean unit kept together (`33크레딧이` → `33크레딧`) or without a particle (`2도` → `2`), an English word stemmed
 * when a `stem` is given. Returns the word's terms: `33크레딧` also gives `33` and `크레딧` when `split` is set (the
 * index side, so that `33 크레딧` finds it too).
 */
export function termsOfWord(word: string, stem?: Stemmer, split = false): string[] {
	if (isHangul(word)) return [stemKorean(word)];
	const numbered = NUMBER_THEN_HANGUL.exec(word);
	if (numbered) {
		const [, number, rest] = numbered as unknown as [string, string, string];
		const unit = UNITS_LONGEST_FIRST.find((u) => rest.startsWith(u) && isEnding(rest.slice(u.length)));
		if (unit) return split ? [`${number}${unit}`, number, unit] : [`${number}${unit}`];
		if (isEnding(rest)) return [number];
		return [number, stemKorean(rest)];
	}
	const latin = LATIN_THEN_HANGUL.exec(word);
	if (latin) return [...termsOfWord(latin[1]!, stem), ...(isEnding(latin[2]!) ? [] : [stemKorean(latin[2]!)])];
	if (stem && /^[a-z]+$/.test(word)) return [stem(word)];
	return [word];
}

/**
 * The phrases of `text` that a synonym group names, replaced by the group's words in `lang` (`BGM` →
 * `background music`, `나노바나나는` → `nanobanana는`, `캐럿 비디오` → `carat video`). An alias matches a whole word or
 * words; a Korean one also with any spacing between its syllables (`배경 음악`, `배경음악`) and followed by particles.
 */
export function applySynonyms(text: string, lang: Lang, groups: readonly SynonymGroup[]): string {
	let out = fold(text);
	for (const group of groups) {
		const target = ` ${fold(group[lang])} `;
		for (const alias of [...group.aliases, group.en, group.ko]) out = out.replace(aliasPattern(alias), `$1${target}`);
	}
	return out;
}

const patterns = new Map<string, RegExp>();
/** A pattern for `alias` as a phrase of a folded text: its own word boundaries, Korean syllables spaced or not. */
function aliasPattern(alias: string): RegExp {
	let pattern = patterns.get(alias);
	if (!pattern) {
		const body = [...fold(alias).trim()]
			.map((c) =>
				c === ' ' ? '\\s*' : `${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${/[가-힣]/.test(c) ? '\\s?' : ''}`,
			)
			.join('')
			.replace(/\\s\?$/, '');
		// After the alias: no letter (or digit, after a Latin one) of the same word; particles go with the alias.
		const after = `(?:${ENDING_PATTERN})?(?!${/[가-힣]$/.test(alias) ? '[가-힣]' : '[\\p{L}\\p{N}]'})`;
		pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${body}${after}`, 'gu');
		patterns.set(alias, pattern);
	}
	return pattern;
}
const ENDING_PATTERN = `(?:${KOREAN_ENDINGS.join('|')}){1,2}`;

/**
 * The terms a query is searched for, in order, each once, at most `QUERY_BOUNDS.words` of them: synonyms applied for
 * the pages' language, then each word as `termsOfWord` makes it, stop words of either language dropped. A Korean
 * word whose remainder after a synonym is only particles (`nanobanana는`) loses them. When every word is a stop word
 * (`how do I`), the words themselves are kept, so a query never turns into nothing but by having no word at all
 * (empty, spaces, emoji, punctuation).
 */
export function queryTerms(query: string, lang: Lang, groups: readonly SynonymGroup[], stem?: Stemmer): string[] {
	const raw = words(applySynonyms(query, lang, groups))
		.slice(0, QUERY_BOUNDS.words * 2)
		.map((w) => w.slice(0, QUERY_BOUNDS.wordLength));
	const joined = joinNumbersAndUnits(raw);
	const terms = joined
		.filter((w) => !isStopWord(w) && !(isHangul(w) && isEnding(w)))
		.flatMap((w) => termsOfWord(w, stem))
		.filter((t) => t && !isStopWord(t));
	const kept = terms.length ? terms : joined.flatMap((w) => termsOfWord(w, stem));
	return [...new Set(kept)].slice(0, QUERY_BOUNDS.words);
}

const isStopWord = (term: string) => STOP_WORDS.en.has(term) || STOP_WORDS.ko.has(term);

/** `15 초` as `15초`: a number followed by a Korean unit (`KOREAN_UNITS`, with particles) becomes one word. */
function joinNumbersAndUnits(list: string[]): string[] {
	const out: string[] = [];
	for (const w of list) {
		const previous = out.at(-1);
		const unit = UNITS_LONGEST_FIRST.find((u) => w.startsWith(u) && isEnding(w.slice(u.length)));
		if (previous && /^\d+$/.test(previous) && unit) out[out.length - 1] = `${previous}${w}`;
		else out.push(w);
	}
	return out;
}

/**
 * The words of `text` as an index sees them: each word's terms (`termsOfWord`, numbers with units split too), in
 * order, stop words kept (a page is found by what it says, the query drops what it need not match).
 */
export function textTerms(text: string, stem?: Stemmer): string[] {
	return words(text).flatMap((w) => termsOfWord(w, stem, true));
}

/**
 * What an index needs beyond a page's own words for Korean queries to find it, each once: the stems of its Korean
 * words (`차감돼요` → `차감`), the two words of a spaced pair joined (`캐럿 비디오` → `캐럿비디오`) and the ends of a
 * compound (`배경음악` → `음악`, found by `배경 음악`), and a number's unit on its own (`33크레딧` → `33`, `크레딧`).
 * Words already in `text` as they are are left out (the index has them).
 */
export function extraTerms(text: string): string[] {
	const own = new Set(words(text));
	const extra = new Set<string>();
	// Pairs are joined within a run of words separated by spaces only, not across punctuation.
	for (const run of text.split(/[^\p{L}\p{N}\s]+/u)) {
		const stems = words(run).map((w) => termsOfWord(w, undefined, true));
		stems.forEach((terms, i) => {
			for (const t of terms) extra.add(t);
			const stem = terms[0]!;
			if (!isHangul(stem)) return;
			for (let cut = 1; stem.length - cut >= 2; cut++) extra.add(stem.slice(cut));
			const next = stems[i + 1]?.[0];
			if (next && isHangul(next)) extra.add(stem + next);
		});
	}
	return [...extra].filter((t) => !own.has(t) && /[가-힣\d]/.test(t));
}
