import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks, htmlFiles, resolveSitePath } from '../../src/lib/site-links.ts';
import { copyWordsFor } from '../../src/lib/copy-words.ts';
import { LOCALES, LOCALE_KEYS, localeOf } from '../../src/lib/locales.ts';
import { articleProblems } from '../../src/lib/article-lint.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { RuleDataSchema } from '../../src/rules/schema/rule-data.ts';
import { rules, sourceHref } from '../../src/rules/index.ts';

const DIST = 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const fromUrl = (url: string) => resolveSitePath(DIST, new URL(url).pathname);
const mainText = (html: string) =>
	(html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '')
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const REQUIRED = [
	'/docs/en/',
	'/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/',
	'/docs/en/troubleshooting/usage-plan/unlimited-video-generation-pro-business/',
	'/docs/en/troubleshooting/agent-2/use-carat-video-model/',
	'/docs/en/troubleshooting/usage-plan/promotion-overview/',
	'/docs/en/troubleshooting/usage-plan/unlimited-usage-issue/',
	'/docs/en/troubleshooting/usage-plan/low-credit-message/',
	'/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded/',
	'/docs/en/troubleshooting/usage-plan/carat-video-unlimited-but-blocked/', // seed 000
	'/docs/en/troubleshooting/usage-plan/usage-limit-exceeded-error/', // seed 003
	'/docs/en/troubleshooting/faq/plus-plan-faq/', // seed 002
	'/docs/en/tools/am-i-unlimited/',
	'/docs/en/tools/credit-estimator/',
];
const pages = htmlFiles(DIST).filter((f) => !f.endsWith('404.html') && f !== join(DIST, 'index.html'));

describe('built site', () => {
	it('was built (npm test runs astro build first)', () => {
		expect(existsSync(join(DIST, 'en/index.html'))).toBe(true);
	});

	it.each(REQUIRED)('has %s, with a real article in it', (path) => {
		const file = resolveSitePath(DIST, path);
		expect(file, path).toBeDefined();
		expect(mainText(readFileSync(file!, 'utf8')).length).toBeGreaterThan(300);
	});

	it('has every internal link on every page resolving (pages and heading anchors)', () => {
		expect(findBrokenLinks(DIST)).toEqual([]);
	});

	it('links every grant, default, plan statement, note and cost to a heading that exists', () => {
		const sources = [
			...rules.data.grants,
			...rules.data.notes,
			...rules.data.credits.costs,
			...rules.data.models.flatMap((m) => [m.default].flat()),
			...rules.data.plans.filter((p) => p.source),
		].map((row) => sourceHref(row.source!));
		for (const href of new Set(sources)) {
			const [path, id] = href.split('#');
			const file = resolveSitePath(DIST, path!);
			expect(file, href).toBeDefined();
			expect(readFileSync(file!, 'utf8'), href).toContain(`id="${id}"`);
		}
	});

	it.each(pages.map((f) => [f.slice(DIST.length)]))('%s links its Markdown copy', (file) => {
		const html = readFileSync(join(DIST, file), 'utf8');
		const href = html.match(/<link rel="alternate" type="text\/markdown" href="([^"]+)"/)?.[1];
		expect(href).toBeDefined();
		expect(resolveSitePath(DIST, href!), href).toBeDefined();
	});

	it('announces no Markdown copy where there is none (404)', () => {
		expect(read('404.html')).not.toContain('type="text/markdown"');
	});

	it('ships none of our JavaScript on a plain article, and lazy islands on widget pages', () => {
		const plain = read('en/troubleshooting/usage-plan/low-credit-message/index.html');
		expect(plain).not.toMatch(/astro-island|Island\.[\w-]+\.js/);
		const tool = read('en/tools/am-i-unlimited/index.html');
		expect(tool).toMatch(/<astro-island[^>]*client="visible"/);
		expect(mainText(tool)).toContain('needs JavaScript');
	});

	it('has a sitemap, named by robots.txt', () => {
		expect(read('sitemap-index.xml')).toContain('https://carat.im/docs/sitemap-0.xml');
		expect(read('sitemap-0.xml')).toContain(
			'https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/',
		);
		expect(read('robots.txt')).toMatch(/^Sitemap: https:\/\/carat\.im\/docs\/sitemap-index\.xml$/m);
	});
});

describe('every page in every language', () => {
	const articlePages = pages.filter((f) => localeOf(f.slice(DIST.length + 1)));
	const urlOf = (file: string) => `https://carat.im/docs/${file.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
	const alternates = (html: string) =>
		Object.fromEntries(
			[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
		);

	it.each(LOCALE_KEYS)('has the same pages in %s as in English', (locale) => {
		const of = (l: string) =>
			articlePages
				.filter((f) => localeOf(f.slice(DIST.length + 1)) === l)
				.map((f) => f.slice(DIST.length + 1 + l.length));
		expect(of(locale).length).toBeGreaterThanOrEqual(REQUIRED.length);
		expect(of(locale).sort()).toEqual(of('en').sort());
	});

	it.each(articlePages.map((f) => [f.slice(DIST.length)]))(
		'%s: is in its language and names every language version (hreflang), each built',
		(file) => {
			const html = read(file);
			const locale = localeOf(file.slice(1))!;
			expect(html).toMatch(new RegExp(`<html lang="${LOCALES[locale].lang}"`));
			const links = alternates(html);
			const self = urlOf(join(DIST, file));
			expect(Object.keys(links).sort()).toEqual([...LOCALE_KEYS.map((l) => LOCALES[l].lang), 'x-default'].sort());
			expect(links[LOCALES[locale].lang]).toBe(self);
			expect(links['x-default']).toBe(links.en);
			for (const href of Object.values(links)) expect(fromUrl(href), href).toBeDefined();
			// The language picker offers the same page in every language.
			for (const l of LOCALE_KEYS)
				expect(html).toContain(`<option value="${new URL(links[LOCALES[l].lang]!).pathname}"`);
		},
	);

	const twins = articlePages
		.filter((f) => localeOf(f.slice(DIST.length + 1)) === 'en')
		.map((f) => [f.slice(DIST.length), f.slice(DIST.length).replace(/^\/en\//, '/ko/')] as const)
		.filter(([, ko]) => existsSync(join(DIST, ko)));
	const checkedOn = (file: string) =>
		/<p class="page-checked[^"]*">[\s\S]*?<time datetime="([^"]+)"/.exec(read(file))?.[1];
	it.each(twins)('%s and %s show one last-checked date', (en, ko) => {
		// Every article has one; the home page (a splash page, no page actions) has none in either language.
		if (en !== '/en/index.html') expect(checkedOn(en), en).toBeDefined();
		expect(checkedOn(ko)).toBe(checkedOn(en));
	});

	it.each(articlePages.map((f) => [f.slice(DIST.length)]))(
		'%s: shows no raw asterisk and no ✨ emoji (bold closes next to Hangul; the sparkle is an SVG)',
		(file) => {
			const text = mainText(read(file));
			expect(text.match(/.{0,20}\*\*.{0,20}/g) ?? []).toEqual([]);
			expect(text).not.toContain('✨');
		},
	);

	it('closes bold before a Korean particle on the page (`**[혜택 사용중]**에서`)', () => {
		const html = read('ko/troubleshooting/usage-plan/unlimited-benefit-scope/index.html');
		expect(html).toContain('<strong>[혜택 사용중]</strong>에서');
		expect(html).toContain('<strong>“Use Carat Basic Video (LTX 2.3)”</strong>라고');
	});

	it('lists both languages in the sitemap, each page with its alternates', () => {
		const sitemap = read('sitemap-0.xml');
		for (const file of articlePages) {
			const url = urlOf(file);
			const entry = sitemap.match(new RegExp(`<url><loc>${url.replace(/[.?]/g, '\\$&')}</loc>(.*?)</url>`))?.[1];
			expect(entry, url).toBeDefined();
			for (const l of LOCALE_KEYS)
				expect(entry, `${url} alternate ${l}`).toMatch(
					new RegExp(`hreflang="${LOCALES[l].lang}" href="https://carat.im/docs/${l}/`),
				);
		}
	});

	it('indexes each language for search on its own (Pagefind, one index per lang)', () => {
		const { languages } = JSON.parse(read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const count = (l: string) => articlePages.filter((f) => localeOf(f.slice(DIST.length + 1)) === l).length;
		expect(Object.fromEntries(Object.entries(languages).map(([lang, v]) => [lang, v.page_count]))).toEqual(
			Object.fromEntries(LOCALE_KEYS.map((l) => [LOCALES[l].lang, count(l)])),
		);
	});
});

describe('llms.txt', () => {
	const text = read('llms.txt');
	const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)(?:: (.+))?$/gm)].map((m) => ({
		title: m[1]!,
		url: m[2]!,
		description: m[3],
	}));
	// The Agent Skill (skill.md) is listed too, under "Tools for agents": it is no article.
	const articleLinks = links.filter((l) => l.url.endsWith('.md') && !l.url.endsWith('/skill.md'));
	const sections = text
		.split(/^## /m)
		.slice(1)
		.map((part) => ({ title: part.split('\n')[0]!, body: part }));

	it('is an H1, a blockquote summary, then H2 sections of link lists', () => {
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/^# \S/);
		expect(lines.find((l, i) => i > 0 && l.trim())).toMatch(/^> \S/);
		expect(text.match(/^## .+$/gm)!.length).toBeGreaterThanOrEqual(4);
		for (const line of lines.filter((l) => l.startsWith('- ')))
			expect(line).toMatch(/^- \[[^\]]+\]\(https:\/\/carat\.im\/docs\/[^)]+\)(: .+)?$/);
	});

	it('lists every article exactly once, as its .md copy with its description', () => {
		const expected = pages
			.filter((f) => f.endsWith('index.html'))
			.map((f) => `https://carat.im/docs/${f.slice(DIST.length + 1).replace(/\/index\.html$/, '')}.md`);
		expect(articleLinks.map((l) => l.url).sort()).toEqual(expected.sort());
		expect(articleLinks.every((l) => l.description)).toBe(true);
	});

	it('lists the Korean pages in a section of their own, and only there', () => {
		const korean = sections.filter(
			(s) =>
				s.body.includes('https://carat.im/docs/ko/') && s.title !== 'Tools for agents' && s.title !== 'Rule changes',
		);
		expect(korean.map((s) => s.title)).toEqual(['한국어 (Korean)', 'Optional']);
		const listed = [...korean[0]!.body.matchAll(/\]\((https:\/\/carat\.im\/docs\/ko[^)]*\.md)\)/g)].map((m) => m[1]);
		expect(listed).toHaveLength(pages.filter((f) => f.startsWith(join(DIST, 'ko'))).length);
	});

	it('lists the rules as JSON and their schema, and llms-full.txt per language', () => {
		expect(links.map((l) => l.url)).toEqual(
			expect.arrayContaining([
				'https://carat.im/docs/rules.json',
				'https://carat.im/docs/rules.schema.json',
				'https://carat.im/docs/llms-full.txt',
				'https://carat.im/docs/ko/llms-full.txt',
			]),
		);
	});

	it('names the agent tools and the MCP server', () => {
		expect(links.map((l) => l.url)).toContain('https://carat.im/docs/agent-tools.json');
		expect(text).toContain('`npx carat-help-mcp`');
	});

	it('has every link resolving to a file in the build', () => {
		expect(links.filter((l) => !fromUrl(l.url)).map((l) => l.url)).toEqual([]);
	});
});

describe('Markdown copies and llms-full.txt', () => {
	const copies = pages
		.filter((f) => f.endsWith('index.html'))
		.map((f) => f.slice(DIST.length + 1).replace(/\/index\.html$/, '.md'));

	it.each(copies)(
		'%s starts with the index blockquote in its language and has no import, export or component tag',
		(copy) => {
			const md = read(copy);
			expect(md.startsWith(`${copyWordsFor(`/docs/${copy}`).indexNote}\n\n# `)).toBe(true);
			expect(md).not.toMatch(/^\s*(import|export)\s/m);
			expect(md).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
			expect(md.length).toBeGreaterThan(400);
		},
	);

	it('keeps the exact Agent 2.0 phrase and the Korean labels', () => {
		const md = read('en/troubleshooting/usage-plan/unlimited-benefit-scope.md');
		expect(md).toContain('"Use Carat Basic Video (LTX 2.3)"');
		expect(md).toContain('My Credits(내 크레딧)');
	});

	it('keeps the exact Agent 2.0 phrase in the Korean copy, and turns widgets into Korean sentences linking Korean pages', () => {
		const md = read('ko/troubleshooting/usage-plan/unlimited-benefit-scope.md');
		expect(md).toContain('"Use Carat Basic Video (LTX 2.3)"');
		expect(md).toContain('[내 크레딧](https://carat.im/en/subscription)');
		expect(md).toContain('[브라우저에서 페이지를 열어](https://carat.im/docs/ko/tools/am-i-unlimited/)');
		expect(md).not.toContain('/docs/en/');
	});

	it.each(copies.filter((c) => localeOf(c) === 'ko'))(
		'%s: bold next to Hangul is written as the page reads it, never escaped (`**[혜택 사용중]**에서`)',
		(copy) => {
			const md = read(copy);
			expect(md).not.toMatch(/\\\*|&#x[\dA-F]+;/);
			// Read the CJK-friendly way, as the page is: no asterisk is left over as text.
			const tree = fromMarkdown(md, { extensions: [cjkFriendlyExtension()] });
			expect(toString(tree)).not.toContain('**');
		},
	);

	it.each([...copies, 'llms-full.txt', 'ko/llms-full.txt'])(
		'%s carries nothing the article HTML policy refuses',
		(file) => {
			// Read as Markdown (raw HTML included), the way an assistant or a Markdown viewer reads it.
			expect(articleProblems(unified().use(remarkParse).parse(read(file)) as Root)).toEqual([]);
		},
	);

	it.each([
		['llms-full.txt', 'en'],
		['ko/llms-full.txt', 'ko'],
	])('%s holds every article of its language (%s) and no other', (file, locale) => {
		const full = read(file);
		const title = (copy: string) =>
			`\n${read(copy)
				.split('\n')
				.find((l) => l.startsWith('# '))!}\n`;
		for (const copy of copies.filter((c) => localeOf(c) === locale)) expect(full).toContain(title(copy));
		expect(
			full.match(/^Source: https:\/\/carat\.im\/docs\/([a-z]{2})\//gm)!.every((m) => m.endsWith(`/${locale}/`)),
		).toBe(true);
		expect(full.match(/^Source: /gm)).toHaveLength(copies.filter((c) => localeOf(c) === locale).length);
		expect(full).not.toMatch(/^\s*import\s/m);
	});
});

describe('rules.json and rules.schema.json', () => {
	const exported = JSON.parse(read('rules.json'));
	it('holds all rule data, with a version and the date last checked', () => {
		// `changes`, the change log: tests/site/change-log.test.ts.
		const { version, checked, sourceBase, changes, ...data } = exported;
		expect(Array.isArray(changes)).toBe(true);
		expect(version).toMatch(/^[0-9a-f]{8}$/);
		expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(sourceBase).toBe('https://carat.im/docs/en/');
		expect(RuleDataSchema.parse(data)).toEqual(rules.data);
	});
	it('has a JSON Schema that describes it', () => {
		const schema = JSON.parse(read('rules.schema.json'));
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(exported).sort());
		expect(schema.properties.grants.items.required).toEqual(
			expect.arrayContaining(['id', 'model', 'result', 'plans', 'source', 'reference', 'checked']),
		);
		expect(Object.keys(schema.properties.grants.items.properties.joined.properties)).toEqual(['from', 'through']);
		expect(schema.properties.models.items.required).toContain('default');
	});
});
