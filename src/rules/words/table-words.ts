import type { ModelOptions } from '../schema/model.ts';
import type { ModelId } from '../schema/ids.ts';
import type { RuleSet } from '../engine/compile.ts';
import type { LaterStart } from './later-starts.ts';
import {
	EVERYONE,
	EVERYONE_ELSE,
	READING_MARK,
	TABLE_HEADERS,
	laterStartText,
	modelLabel,
	modelName,
	tierName,
	whoText,
	type Audience,
} from './en.ts';
import {
	EVERYONE_KO,
	EVERYONE_ELSE_KO,
	READING_MARK_KO,
	TABLE_HEADERS_KO,
	laterStartTextKo,
	modelLabelKo,
	modelNameKo,
	tierNameKo,
	whoTextKo,
} from './ko.ts';
import { laterStarts } from './later-starts.ts';

/** The languages the rule tables are written in: the first folder under `content/docs/`. */
export const TABLE_LOCALES = ['en', 'ko'] as const;
export type TableLocale = (typeof TABLE_LOCALES)[number];

/** What a rule table says, in one language: its headers and the words of its cells. */
export interface TableWords {
	headers: Record<keyof typeof TABLE_HEADERS, readonly [string, string]>;
	/** The "uses credits for" cell of what no grant covers. */
	everyone: string;
	/** The "uses credits for" cell of what a grant covers for some members only. */
	everyoneElse: string;
	/** Added to the "who" cell of a row whose grant is a reading (`basis.reading`): ` (our reading)`. */
	readingMark: string;
	modelName: (rules: RuleSet, id: ModelId) => string;
	modelLabel: (rules: RuleSet, id: ModelId, options: ModelOptions | undefined) => string;
	tierName: (tier: string) => string;
	whoText: (rules: RuleSet, audience: Audience) => string;
	/** What a row adds for a plan whose benefits start later than the row's window. */
	laterStartText: (rules: RuleSet, later: LaterStart) => string;
}

/**
 * The "who" cell of a table row: `whoText` (marked when the row's rule is a `reading`), then who of a later-starting
 * plan should check My Credits.
 */
export function rowWho(rules: RuleSet, w: TableWords, a: Audience, reading = false): string {
	return (
		w.whoText(rules, a) +
		(reading ? w.readingMark : '') +
		laterStarts(rules, a)
			.map((l) => w.laterStartText(rules, l))
			.join('')
	);
}

/** The table words per locale: English from words.ts, Korean from words-ko.ts. */
export const TABLE_WORDS: Record<TableLocale, TableWords> = {
	en: {
		headers: TABLE_HEADERS,
		everyone: EVERYONE,
		everyoneElse: EVERYONE_ELSE,
		readingMark: READING_MARK,
		modelName,
		modelLabel,
		tierName,
		whoText,
		laterStartText,
	},
	ko: {
		headers: TABLE_HEADERS_KO,
		everyone: EVERYONE_KO,
		everyoneElse: EVERYONE_ELSE_KO,
		readingMark: READING_MARK_KO,
		modelName: modelNameKo,
		modelLabel: modelLabelKo,
		tierName: tierNameKo,
		whoText: whoTextKo,
		laterStartText: laterStartTextKo,
	},
};

/**
 * The table locale of an article file or id: `content/docs/ko/x.mdx` -> `ko`, `content/docs/en/x.mdx` -> `en`.
 * Throws for a path under `content/docs/` whose folder is no table locale, so that a new language is never written
 * in English by mistake; anything else is English.
 */
export function tableLocaleOf(file: string): TableLocale {
	const folder = /(?:^|\/)content\/docs\/([^/]+)\//.exec(file)?.[1];
	if (folder === undefined) return 'en';
	if (!(TABLE_LOCALES as readonly string[]).includes(folder))
		throw new Error(
			`${file}: no table words for "${folder}" (src/rules/table-words.ts has ${TABLE_LOCALES.join(', ')})`,
		);
	return folder as TableLocale;
}
