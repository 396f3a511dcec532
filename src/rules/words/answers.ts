import type { InputProblem } from '../engine/input-checks.ts';
import type { MonthlyCredits, PublishedCost } from '../engine/costs.ts';
import type { ResolvedQuery } from '../engine/rule-index.ts';
import type { RuleSet } from '../engine/compile.ts';
import type { Grant } from '../schema/grant.ts';
import type { ModelOptions } from '../schema/model.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';
import type { Reading } from '../schema/common.ts';
import type { VerdictNote } from './explain.ts';
import {
	affordWords,
	answerWords,
	balanceDefaultWords,
	benefitsSummary,
	costWords,
	customerWords,
	estimateSummary,
	formatDate,
	modelLabel,
	modelName,
	queryModelLabel,
	problemMessage,
	readingWords,
	READING_MARK,
	conflictWords,
	signupNeededWords,
	statusLabel,
	untilWords,
	whoHasItWords,
	type AnswerInput,
} from './en.ts';

/**
 * What the widgets say about a rule, in one language: the same sentences as en.ts (English) or ko.ts, behind
 * one shape, so that an island loads only its page's language. Methods that name a plan, model or grant take the
 * `RuleSet` first. Dates `YYYY-MM-DD` in, written the language's way out.
 */
export interface AnswerWords {
	statusLabel(status: Status): string;
	modelName(rules: RuleSet, id: ModelId): string;
	/** A model with option values: `Nanobanana 2, 1K`. */
	modelLabel(rules: RuleSet, id: ModelId, options?: ModelOptions): string;
	queryModelLabel(rules: RuleSet, q: ResolvedQuery): string;
	/** The answer in one sentence. */
	answer(rules: RuleSet, d: AnswerInput): string;
	/** Who may have a model unlimited, one line per grant (a `confirm` grant's line says to check My Credits). */
	whoHasIt(rules: RuleSet, grants: readonly Grant[]): string[];
	/** The customer in one line; without `joined`, the answer holds for any signup date and says so. */
	customer(rules: RuleSet, c: { plan: PlanId; billing: BillingId; joined?: string; asOf: string }): string;
	cost(cost: PublishedCost): string;
	until(iso: string): string;
	benefitsSummary(counts: Record<Status, number>): string;
	afford(
		model: string,
		generations: number | 'unlimited' | 'unknown',
		approximate: boolean,
		balance: { credits: number; approximate: boolean },
	): string;
	balanceDefault(rules: RuleSet, plan: PlanId, monthly: MonthlyCredits | undefined): string;
	signupNeeded(rules: RuleSet, models: readonly ModelId[], plan: PlanId): string;
	estimateSummary(total: number, approximate: boolean, unpriced: number): string;
	/** An input problem's message, naming the field by its label (and an estimate line's number). */
	problem(p: InputProblem): string;
	/** A calendar day `YYYY-MM-DD` written the language's way (dates.ts). */
	date(iso: string): string;
	/** A note's text. */
	note(n: VerdictNote): string;
	/** Values the sources disagree on, the followed one first: `Carat's help pages name it two ways: …`. */
	conflict(values: readonly string[]): string;
	/** Added to a "My benefits" row decided by a reading: ` (our reading)`. */
	readingMark: string;
	/** A name a customer typed, taken for a model: `Took "sora" to mean Sora 2.` */
	tookName(rules: RuleSet, text: string, model: ModelId): string;
	/** A rule's reading, labelled as the help center's reading (`How we read this: …`). */
	reading(reading: Reading): string;
}

/** The English words (words.ts). */
export const englishWords: AnswerWords = {
	statusLabel,
	modelName,
	modelLabel,
	queryModelLabel,
	answer: answerWords,
	whoHasIt: whoHasItWords,
	customer: customerWords,
	cost: costWords,
	until: untilWords,
	benefitsSummary,
	afford: affordWords,
	balanceDefault: balanceDefaultWords,
	signupNeeded: signupNeededWords,
	estimateSummary,
	problem: problemMessage,
	date: formatDate,
	note: (n) => n.text,
	reading: readingWords,
	conflict: conflictWords,
	readingMark: READING_MARK,
	tookName: (rules, text, model) => `Took ${JSON.stringify(text)} to mean ${modelName(rules, model)}.`,
};
