import { englishWords, type AnswerWords } from './answers.ts';
import { koreanWords } from './answers-ko.ts';

// Both languages' words, for the API and the agent tools, which answer in the language asked for. An island loads
// only its page's language (answers.ts or answers-ko.ts), never this module.

/** The answer words of a locale (`en`, `ko`); English when `locale` is absent. */
export const wordsFor = (locale: 'en' | 'ko' | undefined): AnswerWords =>
	locale === 'ko' ? koreanWords : englishWords;
