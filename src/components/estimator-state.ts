import { FIELDS, LIMITS } from '../rules/schema/fields.ts';
import type { Choices } from './choices.ts';
import { fill, quoted, readParams, type ParamSpec } from './url-state.ts';
import type { LinkWords } from './ui-strings.ts';
import { customerParams, type Labels } from './checker-state.ts';

/** One line of the estimator as typed: every value a string. `option` is a resolution or a method id, or `''`. */
export interface EstimatorLine {
	/** Stable key for the list (not in the URL). */
	key: number;
	model: string;
	count: string;
	option: string;
	/** Credits each as the app shows them, for an unpublished cost; `''` when not entered. */
	cost: string;
}

/** The estimator's form as the reader set it; URL names are the keys (`bal`: the credit balance). */
export interface EstimatorForm {
	plan: string;
	billing: string;
	joined: string;
	asof: string;
	bal: string;
	lines: EstimatorLine[];
}

let nextKey = 1;
/** A new line: `count` 1 of `model`. */
export const newLine = (model: string, count = '1', option = '', cost = ''): EstimatorLine => ({
	key: nextKey++,
	model,
	count,
	option,
	cost,
});

/** The URL parameters of the estimator: the customer, `bal`, and one `line=model~count~option~cost` per line. */
export function estimatorParams(choices: Choices, labels: Labels) {
	return {
		...customerParams(choices, labels),
		// Numbers are kept as typed, like the form keeps them; the answer names the field when one is not valid.
		[FIELDS.balance.param]: { label: labels.balance, maxLength: MAX_TEXT },
		[FIELDS.lines.param]: { repeat: true },
	} satisfies ParamSpec;
}

/** The longest count, cost or balance text a URL may carry (more than any valid number needs). */
const MAX_TEXT = 20;
// Parts are percent-encoded, `~` included, so that whatever was typed comes back as typed.
const encode = (part: string) => encodeURIComponent(part).replaceAll('~', '%7E');
const decode = (part: string) => {
	try {
		return decodeURIComponent(part);
	} catch {
		return undefined;
	}
};

/** `carat-video~10~image-to-video` for a line (trailing empty parts left out). */
export const lineParam = (l: EstimatorLine) =>
	[l.model, l.count, l.option, l.cost].map(encode).join('~').replace(/~+$/, '');

/**
 * A `line` parameter as a line, or a message naming what is wrong with it. Model (an id, or a name customers type:
 * `sora`, `소라`) and option must be ones the form offers; count and cost are kept as typed (as the form keeps them)
 * and checked with the answer.
 */
export function parseLine(raw: string, choices: Choices, words: LinkWords): EstimatorLine | string {
	const [typed = '', count = '', option = '', cost = '', ...extra] = raw.split('~').map(decode);
	const shown = quoted(raw);
	// Ids are names too (`aliases` has every id): `sora-2`, `Sora2` and `소라` all lead to sora-2.
	const info = choices.models.find((m) => m.id === choices.aliases[typed.toLowerCase()]);
	if (!info) return fill(words.lineModel, { value: shown });
	if (option === undefined || (option && !info.resolutions?.includes(option) && !info.methods?.includes(option)))
		return fill(words.lineOption, { value: shown, model: info.name });
	if (count === undefined || cost === undefined || count.length > MAX_TEXT || cost.length > MAX_TEXT || extra.length)
		return fill(words.lineShape, { value: shown });
	return newLine(info.id, count, option, cost);
}

/**
 * The form a URL holds, and one message per ignored parameter of the estimator (others are none of its business).
 * At most `LIMITS.lines` lines are read; `first` is the line a form without lines starts with.
 */
export function readEstimator(
	search: string,
	choices: Choices,
	first: EstimatorLine,
	words: LinkWords,
	labels: Labels,
): { form: EstimatorForm; problems: string[] } {
	const read = readParams(search, estimatorParams(choices, labels), words);
	const raw = read.lists.line ?? [];
	const parsed = raw.slice(0, LIMITS.lines).map((l) => parseLine(l, choices, words));
	const lines = parsed.filter((l): l is EstimatorLine => typeof l !== 'string');
	const problems = [...read.problems, ...parsed.filter((l): l is string => typeof l === 'string')];
	if (raw.length > LIMITS.lines)
		problems.push(
			fill(words.tooManyLines, { count: (raw.length - LIMITS.lines).toLocaleString('en-US'), max: LIMITS.lines }),
		);
	const form: EstimatorForm = {
		plan: '',
		billing: choices.billing[0]![0],
		joined: '',
		asof: '',
		bal: '',
		...read.values,
		lines: lines.length || raw.length ? lines : [first],
	};
	return { form, problems };
}
