import { FIELD_LABELS, FIELD_LABELS_KO } from '../rules/words/labels.ts';
import type { FieldName } from '../rules/schema/fields.ts';

// The widgets' own words (labels, buttons, hints, headings) live in the page strings' catalogues, one per locale
// (src/content/i18n/<locale>.json, under `carat.widget.`). The Astro wrappers read the page's catalogue
// (`Astro.locals.t.all()`) and hand the widget strings to the island as a prop, so a page downloads its own language
// only and no JavaScript for it. Sentences about a rule (answers, costs, messages) are the rule words'
// (src/rules/words/en.ts, ko.ts), and so are the field labels.

/**
 * Every string a widget shows that is not about a rule. In the longer ones, `**x**` is bold, `[[x]]` links to My
 * Credits (or, in `noScript`, to the page's tables) and `{{x}}` is Korean text inside another language (see `Rich`);
 * `{n}`, `{label}`, `{today}` are filled in.
 */
export interface UiStrings {
	/** `lang` of the page. */
	lang: 'en' | 'ko';
	/** Accessible names of the widgets' regions. */
	names: { checker: string; estimator: string };
	/** Field labels (labels.ts, shared with the rule words' messages), plus the estimator's per-line options. */
	fields: Record<FieldName, string>;
	choosePlan: string;
	allModels: string;
	agentNotSpecified: string;
	moreOptions: string;
	/** Hint under As of; `{today}` is replaced by today's date. */
	asOfHint: string;
	checkerPrompt: string;
	estimatorPrompt: string;
	/** What readers without JavaScript get: where to read the answer (`[[link]]` to `checkerHref` / `estimatorHref`). */
	noScript: { checker: string; estimator: string; checkerHref: string; estimatorHref: string };
	benefitsHeading: string;
	notYourAccount: string;
	confirmGroupHint: string;
	publishedCost: string;
	confirmDetail: string;
	whoHasIt: string;
	goodToKnow: string;
	readMore: string;
	source: string;
	back: string;
	copyLink: string;
	copied: string;
	copyFailed: string;
	myCreditsHref: string;
	joinedHint: string;
	balanceHint: string;
	linesLegend: string;
	/** Label suffix of a line's controls: `Count, line 2`. */
	lineLabel: string;
	remove: string;
	addLine: string;
	/** What the live region says before the new total when a line is added or removed (`{n}`: its number). */
	lineAdded: string;
	lineRemoved: string;
	maxLines: string;
	costHint: string;
	estimateHeading: string;
	tableCaption: string;
	tableHeaders: [model: string, countTimesEach: string, subtotal: string];
	unlimitedForYou: string;
	why: string;
	costEntered: string;
	/** In an unpriced line's cell: short, so that the row stays a few lines high on a phone. */
	unknownCost: string;
	/** Once under the table when a line is unpriced: where the app shows a model's cost (✨ is drawn as an icon). */
	unknownCostHow: string;
	unknown: string;
	total: string;
	about: string;
	notPriced: string;
	notPricedAfter: string;
	numberLocale: string;
	/** Messages about the widget's own parameters in a link that were ignored (templates; see `LinkWords`). */
	link: LinkWords;
}

/**
 * Messages about ignored link parameters: `{field}` label, `{name}` parameter, `{value}` as given (quoted), `{model}`,
 * `{count}`, `{max}`.
 */
export interface LinkWords {
	/** One parameter: `Ignored {field} ("{name}" in the link): {value} is not {expected}.` */
	ignored: string;
	/** `{expected}` of a date, of a list of values (`{values}`), of a text of at most `{max}` characters. */
	date: string;
	oneOf: string;
	maxText: string;
	lineModel: string;
	lineOption: string;
	lineShape: string;
	tooManyLines: string;
}

/** Where the widgets' strings are in a page's i18n catalogue: every key that starts with it. */
export const WIDGET_KEYS = 'carat.widget.';

/**
 * The widgets' strings of a page in `lang`, from its i18n catalogue (`Astro.locals.t.all()`, or a catalogue file in
 * tests): each `carat.widget.<path>` entry placed at its path (`names.checker`; `tableHeaders.0` is the first of a
 * list), with the field labels of the rule words. The i18n schema (content.config.ts) requires every key of en.json
 * in every locale, so a catalogue is complete.
 */
export function uiStrings(lang: 'en' | 'ko', catalogue: Record<string, unknown>): UiStrings {
	const ui: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(catalogue)) {
		if (!key.startsWith(WIDGET_KEYS)) continue;
		const path = key.slice(WIDGET_KEYS.length).split('.');
		let node = ui;
		path.slice(0, -1).forEach((part, i) => {
			node = (node[part] ??= /^\d+$/.test(path[i + 1]!) ? [] : {}) as Record<string, unknown>;
		});
		node[path.at(-1)!] = value;
	}
	// Grouping as en-US writes it (9,999), which is also Korean usage; a ko-KR formatter costs a long task to create.
	return { ...ui, lang, fields: lang === 'ko' ? FIELD_LABELS_KO : FIELD_LABELS, numberLocale: 'en-US' } as UiStrings;
}
