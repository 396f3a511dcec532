import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { jsonLine } from './json-lines.ts';

/** Where the sidebar's groups and order are written, from the repository root. An editor's file: no TypeScript. */
export const SECTIONS_FILE = 'content/docs/sections.json';

/** A group of articles: its label in each language, its pages in reading order. */
export interface Section {
	/** The English label (the sidebar's and llms.txt's heading). */
	label: string;
	/** Its label in the other locales (Starlight's sidebar `translations`): `{ ko: '도구' }`. */
	translations: { ko: string };
	/** Page ids without the locale (`troubleshooting/faq/plus-plan-faq`): one serves `content/docs/{en,ko}/<id>.mdx`. */
	slugs: string[];
}

const SectionsSchema = z.strictObject({
	/** The groups of the sidebar, in order. */
	sections: z
		.array(
			z.strictObject({
				/** The group's label in English and Korean, as the sidebar shows it. */
				label: z.strictObject({ en: z.string().check(z.minLength(1)), ko: z.string().check(z.minLength(1)) }),
				/** Its pages in reading order, as paths under `content/docs/en/` without `.mdx`. */
				pages: z.array(z.string().check(z.regex(/^[a-z0-9][a-z0-9/-]*$/))),
			}),
		)
		.check(z.minLength(1)),
});

/** Thrown when `content/docs/sections.json` is missing or malformed; each problem is `file:line: what — what to do`. */
export class SectionsError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(problems.join('\n'));
		this.name = 'SectionsError';
		this.problems = problems;
	}
}

/**
 * Reads the sidebar's sections from `<root>/content/docs/sections.json`. Throws `SectionsError` naming the file, the
 * line and the field when it is not JSON or does not fit the shape `{ "sections": [{ "label": { "en", "ko" },
 * "pages": [...] }] }`.
 */
export function readSections(root = '.'): Section[] {
	const file = join(root, SECTIONS_FILE);
	if (!existsSync(file)) throw new SectionsError([`${SECTIONS_FILE}:1: missing — write the sidebar's sections there`]);
	const text = readFileSync(file, 'utf8');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new SectionsError([`${SECTIONS_FILE}:1: not JSON (${(e as Error).message}) — fix the syntax`]);
	}
	const result = SectionsSchema.safeParse(json);
	if (!result.success)
		throw new SectionsError(
			result.error.issues.map(
				(i) =>
					`${SECTIONS_FILE}:${jsonLine(text, i.path as (string | number)[])}: ${i.path.join('.') || '(root)'}: ${
						i.code === 'invalid_format' ? 'a page id is lowercase words and slashes, no .mdx' : i.message
					} — see README, "Adding or changing an article"`,
			),
		);
	return result.data.sections.map((s) => ({ label: s.label.en, translations: { ko: s.label.ko }, slugs: s.pages }));
}

/**
 * The English pages under `<root>/content/docs/en/`, `.mdx` and `.md`, by id (`troubleshooting/faq/refunds`; the
 * home page `''`) with their file from the root.
 */
export function englishPages(root = '.'): Map<string, string> {
	const dir = join(root, 'content/docs/en');
	const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];
	return new Map(
		files
			.filter((f) => /\.mdx?$/.test(f))
			.sort()
			.map((f) => [f.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''), `content/docs/en/${f}`]),
	);
}

/**
 * What is wrong between the sections and the English pages (`englishPages`; the home page is in no section): a page in
 * no section, a listed page that does not exist, a page listed twice. One line each, `file:line: what — what to do`.
 */
export function sectionProblems(sections: Section[], pages: Map<string, string>, root = '.'): string[] {
	const text = readFileSync(join(root, SECTIONS_FILE), 'utf8');
	const listed = sections.flatMap((s) => s.slugs);
	const out: string[] = [];
	const seen = new Set<string>();
	sections.forEach((s, i) =>
		s.slugs.forEach((slug, j) => {
			const at = `${SECTIONS_FILE}:${jsonLine(text, ['sections', i, 'pages', j])}`;
			if (!pages.has(slug))
				out.push(
					`${at}: "${slug}" is listed but there is no content/docs/en/${slug}.mdx (or .md) — write the page or remove the entry`,
				);
			if (seen.has(slug)) out.push(`${at}: "${slug}" is listed twice — keep it in one section`);
			seen.add(slug);
		}),
	);
	for (const [id, file] of pages)
		if (id && !listed.includes(id))
			out.push(`${file}:1: the page is in no section — add "${id}" to a section's "pages" in ${SECTIONS_FILE}`);
	return out;
}

/**
 * How the articles are grouped for customers: the sidebar and llms.txt both read `content/docs/sections.json`
 * (read once, from the working directory: `astro build` and the tools run at the repository root).
 */
export const SECTIONS: Section[] = readSections();
