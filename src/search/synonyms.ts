import data from '../../content/search/synonyms.json' with { type: 'json' };

/**
 * One group of `content/search/synonyms.json`: the words the articles use for one thing in each language (`en`,
 * `ko`, e.g. `background music`, `배경음악`), and what customers type for it (`aliases`: `BGM`, `브금`, `나노바나나`).
 * A query's alias, or the other language's word, is searched as the group's word in the pages' language.
 */
export interface SynonymGroup {
	en: string;
	ko: string;
	aliases: string[];
}

/** The synonym groups of `content/search/synonyms.json`, as editors wrote them. */
export const SYNONYMS: readonly SynonymGroup[] = (data as { groups: SynonymGroup[] }).groups;
