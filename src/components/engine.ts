import type { AnswerWords } from '../rules/words/answers.ts';
import type { RuleSet } from '../rules/engine/compile.ts';

// Loads a widget's rule engine once, on demand: when the page opens with answers in its URL, or when the reader
// first touches the form. The island renders its form before (server-rendered, the same markup) and its answer after.

/**
 * A lazily imported module: `get()` returns it once loaded (else `undefined`), `load(then)` starts the import at most
 * once and calls `then` when it is ready. An import that fails (offline) is retried on the next `load`.
 */
export function lazy<T>(importer: () => Promise<T>) {
	let module: T | undefined;
	let pending: Promise<void> | undefined;
	return {
		get: () => module,
		load(then: () => void) {
			if (module) return then();
			pending ??= importer().then(
				(m) => {
					module = m;
				},
				() => {
					pending = undefined;
				},
			);
			void pending.then(() => module && then());
		},
	};
}

/** The committed rule set, imported on demand (its data is most of the engine's download). */
export function loadRules(): Promise<RuleSet> {
	return import('../rules/committed.ts').then((m) => m.rules);
}

/** The rule words of a page's language (`ui.lang`), imported on demand with the engine. */
export function loadWords(lang: string): Promise<AnswerWords> {
	return lang === 'ko'
		? import('../rules/words/answers-ko.ts').then((m) => m.koreanWords)
		: import('../rules/words/answers.ts').then((m) => m.englishWords);
}
