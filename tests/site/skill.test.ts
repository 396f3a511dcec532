import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { serveDist } from '../browser/harness.ts';

// The Agent Skill in both languages, as the built site serves it: Agent Skills frontmatter, the tools, and every
// URL it names reachable on the site (fetched from nginx serving dist/).

let origin = '';
let close: () => Promise<void> = async () => {};
beforeAll(async () => ({ origin, close } = await serveDist()));
afterAll(() => close());

/** The frontmatter (YAML between the first two `---` lines) and the Markdown after it. */
function split(text: string): { meta: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error('no frontmatter');
	return { meta: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe.each([
	{ path: '/docs/skill.md', lang: /^[^\uac00-\ud7a3]*$/ },
	{ path: '/docs/ko/skill.md', lang: /[\uac00-\ud7a3]/ },
])('$path', ({ path, lang }) => {
	let text = '';
	beforeAll(async () => {
		const response = await fetch(`${origin}${path}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
		text = await response.text();
	});

	it('has the Agent Skills frontmatter: name (lowercase, digits, hyphens, at most 64) and a description (at most 1,024)', () => {
		const { meta } = split(text);
		expect(Object.keys(meta).sort()).toEqual(['description', 'name']);
		expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect((meta.name as string).length).toBeLessThanOrEqual(64);
		expect(typeof meta.description).toBe('string');
		expect((meta.description as string).length).toBeGreaterThan(50);
		expect((meta.description as string).length).toBeLessThanOrEqual(1024);
		expect(meta.description).toMatch(lang);
	});

	it('names the rule tools and the MCP server’s docs tools, the stdio and HTTP commands', () => {
		const { body } = split(text);
		const tools = [...body.matchAll(/^- `([a-z_]+)`/gm)].map((m) => m[1]);
		expect(tools).toEqual(['check_eligibility', 'list_benefits', 'estimate_credits', 'search_docs', 'get_page']);
		expect(body).toContain('`npx carat-help-mcp`');
		expect(body).toContain('`npx carat-help-mcp --http` → http://127.0.0.1:8931/mcp');
		// How to answer: the signup date's form, the as-of day, and the plans and billing cycles by name.
		for (const words of ['YYYY-MM-DD', '`asOf`', 'Plus, Premium, Max, Pro, Business']) expect(body).toContain(words);
	});

	it('every carat.im URL in it is served by the built site', async () => {
		const urls = [
			...new Set([...text.matchAll(/https:\/\/carat\.im\/docs\/[^\s),`]*/g)].map((m) => m[0].replace(/[:.,]$/, ''))),
		];
		expect(urls).toEqual(
			expect.arrayContaining([
				'https://carat.im/docs/llms.txt',
				'https://carat.im/docs/rules.json',
				'https://carat.im/docs/agent-tools.json',
			]),
		);
		expect(urls.some((u) => u.endsWith('.md'))).toBe(true);
		for (const url of urls)
			expect((await fetch(`${origin}${new URL(url).pathname}`, { redirect: 'manual' })).status, url).toBe(200);
	});
});

it('llms.txt lists the skill', () => {
	expect(readFileSync('dist/llms.txt', 'utf8')).toMatch(
		/^- \[Agent Skill\]\(https:\/\/carat\.im\/docs\/skill\.md\): .*https:\/\/carat\.im\/docs\/ko\/skill\.md/m,
	);
});
