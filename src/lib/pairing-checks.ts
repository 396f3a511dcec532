import type { Article } from './mdx-articles.ts';
import { factsOf } from './facts.ts';

// A translation says what its English page says: the same outline, the same rule tables and widgets under the same
// headings, the same pages linked, the same numbers and dates. An English page not translated yet is no problem (it
// builds with Starlight's fallback; src/lib/translations.ts names the file to write); a translation without its
// English page is. One line per problem, `file:line: what is wrong — what to do`.

/** The heading index (0 before the first heading, n after the nth) a line falls under. */
const sectionOf = (article: Article, line: number) => article.outline.filter((h) => h.line < line).length;
const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Widgets (components imported from `@components/`) in order, each with the section it stands in. */
function widgets(article: Article): string[] {
	const names = [...article.source.matchAll(/^import (\w+) from '@components\//gm)].map((m) => m[1]!);
	if (!names.length) return [];
	return [...article.source.matchAll(new RegExp(`<(${names.join('|')})\\b`, 'g'))].map(
		(m) => `${m[1]} in section ${sectionOf(article, lineAt(article.source, m.index))}`,
	);
}

/** The pages of this site an article links to, without locale, query or fragment. */
const linkedPages = (article: Article) =>
	[...new Set([...article.source.matchAll(/\/docs\/[a-z]{2}\/([^)"'#?\s]*)/g)].map((m) => m[1]!))].sort();

/** Every number with a unit and every date of the article's prose and tables, as `kind value`. */
function facts(article: Article): string[] {
	const texts = [
		...article.prose.map((p) => p.text),
		...article.tables.flatMap((t) => t.rows.map((r) => r.cells.join(' | '))),
	];
	return [...new Set(texts.flatMap((t) => factsOf(t, article.locale)).map((f) => `${f.kind} ${f.value}`))].sort();
}

const markers = (a: Article) => a.markers.map((m) => `${m.spec} in section ${sectionOf(a, m.line)}`);
const same = (a: string[], b: string[]) => a.join('\n') === b.join('\n');
const list = (a: string[]) => (a.length ? a.join(', ') : 'none');

/** What a translated page (`other`) lacks or adds compared with its English page (`en`). */
export function pairProblems(en: Article, other: Article): string[] {
	const out: string[] = [];
	const [eo, oo] = [en.outline.map((h) => '#'.repeat(h.depth)), other.outline.map((h) => '#'.repeat(h.depth))];
	if (!same(eo, oo)) {
		const i = eo.findIndex((d, k) => d !== oo[k]);
		const at = other.outline[i < 0 ? oo.length - 1 : i]?.line ?? 1;
		out.push(
			`${other.file}:${at}: its headings (${oo.join(' ')}) are not those of ${en.file} (${eo.join(' ')}) — give it the same headings, at the same depths, in the same order`,
		);
	}
	if (!same(markers(en), markers(other)))
		out.push(
			`${other.file}:${other.markers[0]?.line ?? 1}: its rules-table markers (${list(markers(other))}) are not those of ${en.file} (${list(markers(en))}) — copy the markers under the same headings, then npm run fix`,
		);
	if (!same(widgets(en), widgets(other)))
		out.push(
			`${other.file}:1: its widgets (${list(widgets(other))}) are not those of ${en.file} (${list(widgets(en))}) — place the same widgets under the same headings`,
		);
	if (!same(linkedPages(en), linkedPages(other)))
		out.push(
			`${other.file}:1: it links ${list(linkedPages(other))}, ${en.file} links ${list(linkedPages(en))} — link the same pages`,
		);
	const foreign = other.source.match(/\/docs\/[a-z]{2}\//g)?.filter((p) => p !== `/docs/${other.locale}/`) ?? [];
	if (foreign.length)
		out.push(
			`${other.file}:1: it links pages of another language (${foreign.join(', ')}) — link /docs/${other.locale}/…`,
		);
	const [stated, translated] = [facts(en), facts(other)];
	const missing = stated.filter((f) => !translated.includes(f));
	const extra = translated.filter((f) => !stated.includes(f));
	if (missing.length || extra.length)
		out.push(
			`${other.file}:1: the numbers and dates differ from ${en.file} (only in the English page: ${list(missing)}; only here: ${list(extra)}) — state the same figures in both`,
		);
	return out;
}

/** Every translation without its English page, and every difference of the pages that exist in both languages. */
export function pairingProblems(english: Article[], translated: Article[]): string[] {
	return translated.flatMap((other) => {
		const en = english.find((a) => a.id === other.id);
		return en
			? pairProblems(en, other)
			: [
					`${other.file}:1: there is no English page for it (content/docs/en/${other.id || 'index'}.mdx) — write the English page first, or remove this one`,
				];
	});
}
