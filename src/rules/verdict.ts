import type { RuleSet } from './engine/compile.ts';
import type { ResolvedQuery } from './engine/rule-index.ts';
import { decide } from './engine/decide.ts';
import { explain, reasonsOf, type Verdict } from './words/explain.ts';
import type { AnswerWords } from './words/answers.ts';

// Deciding and explaining, together: the one place where a decision meets its words (the engine never words, the
// words never decide). Zod-free, so WebMCP's bundle and the islands can use it.

/**
 * The full verdict for a resolved query: `decide`, its explanation in `words`, and its reasons condition by condition
 * (in English: they are the rule's terms, for agents and tests).
 */
export function evaluate(rules: RuleSet, q: ResolvedQuery, words: AnswerWords): Verdict {
	const decision = decide(rules, q);
	return { ...decision, ...explain(rules, decision, words), reasons: reasonsOf(rules, decision) };
}
