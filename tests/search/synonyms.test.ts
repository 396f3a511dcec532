import { describe, expect, it } from 'vitest';
import { applySynonyms, fold, textTerms } from '../../src/search/analyzer.ts';
import { SYNONYMS, type SynonymGroup } from '../../src/search/synonyms.ts';
import { articlesText } from './articles.ts';

/** An alias as matching sees it: folded, spaces left out. */
const spacing = (text: string) => fold(text).replace(/\s+/g, '');
/** Whether the group's own words already match `alias` (a Korean word matches with any spacing). */
const redundant = (group: SynonymGroup, alias: string) =>
	applySynonyms(alias, 'en', [{ ...group, aliases: [] }]).trim() === fold(group.en);
const articleTerms = { en: new Set(textTerms(articlesText('en'))), ko: new Set(textTerms(articlesText('ko'))) };

/**
 * What is wrong with synonym groups, one sentence each: a group's word in a language that no article of that language
 * uses (a synonym pointing at nothing), an alias listed twice or in two groups, an empty alias.
 */
function synonymProblems(groups: readonly SynonymGroup[]): string[] {
	const problems: string[] = [];
	const seen = new Map<string, number>();
	groups.forEach((group, i) => {
		for (const lang of ['en', 'ko'] as const) {
			const missing = textTerms(group[lang]).filter((t) => !articleTerms[lang].has(t));
			if (missing.length)
				problems.push(
					`group ${i + 1} (${group.en}): "${group[lang]}" is in no ${lang} article (${missing.join(', ')})`,
				);
		}
		for (const alias of group.aliases) {
			if (!alias.trim()) problems.push(`group ${i + 1} (${group.en}): an empty alias`);
			const key = spacing(alias);
			if (redundant(group, alias))
				problems.push(`group ${i + 1} (${group.en}): "${alias}" is matched by the group’s own word already`);
			if (seen.has(key)) problems.push(`"${alias}" is an alias of group ${seen.get(key)! + 1} and group ${i + 1}`);
			seen.set(key, i);
		}
	});
	return problems;
}

describe('content/search/synonyms.json', () => {
	it('every group points at words the articles use, in both languages; each alias once', () => {
		expect(synonymProblems(SYNONYMS)).toEqual([]);
	});

	it('names a group whose word no article uses, an alias in two groups, an alias that is the group’s word', () => {
		const broken = [...SYNONYMS, { en: 'Nanobananna', ko: '나노바나나', aliases: ['BGM', '나노 바나나'] }];
		expect(synonymProblems(broken)).toEqual([
			`group ${broken.length} (Nanobananna): "Nanobananna" is in no en article (nanobananna)`,
			`group ${broken.length} (Nanobananna): "나노바나나" is in no ko article (나노바나나)`,
			`"BGM" is an alias of group 1 and group ${broken.length}`,
			`group ${broken.length} (Nanobananna): "나노 바나나" is matched by the group’s own word already`,
			`"나노 바나나" is an alias of group 4 and group ${broken.length}`,
		]);
	});
});
