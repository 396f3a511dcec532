import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from './project-copy.ts';

// `astro build` itself refuses a broken rule set, before it renders anything, naming the file, the grant ids and an
// example input, and an article that breaks the HTML policy. Each case breaks one file of a copy of the project,
// builds over a previous build's dist/, and puts the file back: the previous dist/ must be left exactly as it was
// (the build writes into a staging folder, src/integrations/atomic-build.ts), and no staging folder behind.
type Json = Record<string, any>;
let copy: ProjectCopy;
beforeAll(() => {
	copy = copyProject();
});
afterAll(() => copy?.remove());

const grants = (edit: (g: Json[]) => void) => (text: string) => {
	const file = JSON.parse(text);
	edit(file.grants);
	return JSON.stringify(file, null, 2);
};
const byId = (g: Json[], id: string) => g.find((x) => x.id === id)!;
/** The file line of a construct appended to `text` by `append` (after one blank line). */
const appendedLine = (text: string) => text.split('\n').length + 1;
/** The line the first grant's `"lasts"` object ends on, where a key appended after it stands. */
const lineOfLasts = (text: string) =>
	text.slice(0, /"lasts":\s*\{[^}]*\}/.exec(text)!.index + /"lasts":\s*\{[^}]*\}/.exec(text)![0].length).split('\n')
		.length;
const append = (construct: string) => (text: string) => `${text}\n${construct}\n`;
const FAQ = {
	en: 'content/docs/en/troubleshooting/faq/plus-plan-faq.mdx',
	ko: 'content/docs/ko/troubleshooting/faq/plus-plan-faq.mdx',
};

describe.each<{
	name: string;
	file: string;
	breakIt: (text: string) => string;
	says: string[] | ((good: string) => string[]);
	writes?: string;
}>([
	{
		name: 'two grants that overlap with different results',
		file: 'content/rules/grants.json',
		breakIt: grants((g) =>
			g.push({
				...byId(g, 'z-image-from-2025-12-17'),
				id: 'z-image-confirm',
				result: 'confirm',
				joined: { from: '2026-06-01' },
			}),
		),
		says: [
			'content/rules/grants.json:',
			'grants "z-image-from-2025-12-17" and "z-image-confirm" overlap',
			'both cover Plus, monthly, joined 2026-06-01 (Jun 1, 2026), Z Image',
		],
	},
	{
		name: 'a grant that can never decide anything',
		file: 'content/rules/grants.json',
		breakIt: grants((g) =>
			g.push({
				...byId(g, 'nanobanana-2-1k-max-annual-from-2026-05-22'),
				id: 'max-too-early',
				joined: { through: '2026-05-01' },
			}),
		),
		says: ['content/rules/grants.json:', 'grant "max-too-early" never decides anything'],
	},
	{
		name: 'an unknown model id',
		file: 'content/rules/grants.json',
		breakIt: grants((g) => (byId(g, 'z-image-from-2025-12-17').model = 'z-imaje')),
		says: [
			'grant "z-image-from-2025-12-17"',
			'unknown model id "z-imaje" (content/rules/models.json has no such model)',
		],
	},
	{
		name: 'a date that is not a calendar date',
		file: 'content/rules/grants.json',
		breakIt: grants((g) => (byId(g, 'z-image-from-2025-12-17').joined.from = '2025-02-30')),
		says: [
			'content/rules/grants.json:',
			'grant "z-image-from-2025-12-17" (grants[',
			'.joined.from: "2025-02-30" is not a calendar date written YYYY-MM-DD',
		],
	},
	{
		name: 'a window that runs backwards',
		file: 'content/rules/grants.json',
		breakIt: grants(
			(g) =>
				(byId(g, 'nanobanana-pro-1k-2k-joined-2025-11-21-to-30').joined = {
					from: '2025-11-30',
					through: '2025-11-21',
				}),
		),
		says: ['grant "nanobanana-pro-1k-2k-joined-2025-11-21-to-30"', 'the window runs backwards'],
	},
	{
		name: 'a file that is not valid JSON',
		file: 'content/rules/grants.json',
		breakIt: (text) => text.replace('"plans": ["plus", "pro"],', '"plans": ["plus", "pro"]'),
		says: ['content/rules/grants.json:8: not valid JSON'],
	},
	{
		name: 'a benefit that lasts a billion years',
		file: 'content/rules/grants.json',
		breakIt: grants((g) => (byId(g, 'carat-video-premium-from-2026-02-25').lasts.years = 1e9)),
		says: [
			'content/rules/grants.json:',
			'grant "carat-video-premium-from-2026-02-25" (grants[',
			'.lasts.years: 1000000000 is too big (maximum 80)',
		],
	},
	{
		name: 'a key written twice',
		file: 'content/rules/grants.json',
		breakIt: (text) => text.replace(/"lasts":\s*\{[^}]*\}/, (lasts) => `${lasts}, "lasts": {"years": 2}`),
		says: (good) => [
			`content/rules/grants.json:${lineOfLasts(good)}: grant "`,
			']): key "lasts" appears twice in one object',
		],
	},
	{
		name: 'an empty file',
		file: 'content/rules/models.json',
		breakIt: () => '',
		says: ['content/rules/models.json:1: the file is empty'],
	},
	{
		name: 'an article with a script element',
		file: 'content/docs/en/troubleshooting/faq/plus-plan-faq.mdx',
		breakIt: (text) => `${text}\n<script>alert(1)</script>\n`,
		says: ['content/docs/en/troubleshooting/faq/plus-plan-faq.mdx:', '<script> is not allowed in an article'],
	},
	// Issue 21: what got through the deny-list, refused at its file:line:col in both languages.
	{
		name: 'an English article with set:html',
		file: FAQ.en,
		breakIt: append('<div set:html="<meta http-equiv=refresh content=\'0;url=https://example.org/\'>" />'),
		says: (good) => [`${FAQ.en}:${appendedLine(good)}:1: <div set:html>: an Astro set: directive`],
	},
	{
		name: 'a Korean article whose attribute runs Node at build time',
		file: FAQ.ko,
		breakIt: append(
			"<span title={globalThis.process.getBuiltinModule('node:fs').writeFileSync('pwned.txt', 'x')}>x</span>",
		),
		says: (good) => [`${FAQ.ko}:${appendedLine(good)}:1: <span title>: a {…} expression is not allowed`],
		writes: 'pwned.txt',
	},
	{
		name: 'a Korean article importing a project module through @components/..',
		file: FAQ.ko,
		breakIt: append("import { CSP } from '@components/../lib/csp.ts';"),
		says: (good) => [`${FAQ.ko}:${appendedLine(good)}:1: import from "@components/../lib/csp.ts" (src/lib/csp.ts)`],
	},
	{
		name: 'a Korean article with an attribute whose message says "document"',
		file: FAQ.ko,
		breakIt: append('<div srcdoc="x" />'),
		says: (good) => [`${FAQ.ko}:${appendedLine(good)}:1: <div srcdoc>: embeds a whole document`],
	},
	{
		name: 'a source heading that does not exist',
		file: 'content/rules/grants.json',
		breakIt: grants((g) => (byId(g, 'z-image-from-2025-12-17').source.anchor = 'z-image-section')),
		says: ['grant "z-image-from-2025-12-17"', 'has no heading #z-image-section'],
	},
	// Issue 20: the build refuses what `npm run check` refuses, with the same line, naming the data file to change.
	{
		name: 'a rule table edited by hand',
		file: 'content/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope.mdx',
		breakIt: (text) => text.replace('| Z Image |', '| Z Image (edited) |'),
		says: [
			'content/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope.mdx:',
			'the data says "Z Image |',
			'change content/rules/grants.json; npm run fix then rewrites this page',
		],
	},
	{
		name: 'a figure in prose that is not the data',
		file: FAQ.en,
		breakIt: (text) => text.replace(/deducts \d+ credits per video/, 'deducts 12345 credits per video'),
		says: [`${FAQ.en}:`, '"12345 credits": 12345 is not in the data', 'change the sentence to the data'],
	},
	{
		name: 'a page in no section',
		file: 'content/docs/sections.json',
		breakIt: (text) => text.replace('"troubleshooting/faq/plus-plan-faq"', ''),
		says: [
			'content/docs/en/troubleshooting/faq/plus-plan-faq.mdx:1: the page is in no section',
			'add "troubleshooting/faq/plus-plan-faq" to a section\'s "pages" in content/docs/sections.json',
		],
	},
])('astro build refuses $name', ({ file, breakIt, says, writes }) => {
	it('with a message naming what to fix, and leaves the previous dist/ untouched', () => {
		const path = join(copy.dir, file);
		const good = readFileSync(path, 'utf8');
		writeFileSync(path, breakIt(good));
		mkdirSync(join(copy.dir, 'dist'), { recursive: true });
		writeFileSync(join(copy.dir, 'dist/index.html'), '<!doctype html><title>the previous build</title>');
		try {
			const { status, output } = copy.build();
			expect(status).not.toBe(0);
			for (const phrase of typeof says === 'function' ? says(good) : says) expect(output).toContain(phrase);
			// Astro adds this to any error whose text holds "document" or "window" (a signup window, a whole document).
			expect(output).not.toContain('Browser APIs are not available on the server');
			if (writes) expect(existsSync(join(copy.dir, writes))).toBe(false);
			expect(readdirSync(join(copy.dir, 'dist'), { recursive: true })).toEqual(['index.html']);
			expect(readFileSync(join(copy.dir, 'dist/index.html'), 'utf8')).toContain('the previous build');
			expect(readdirSync(copy.dir).filter((name) => name.includes('staging'))).toEqual([]);
		} finally {
			writeFileSync(path, good);
		}
	}, 120_000);
});
