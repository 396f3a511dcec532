import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { today } from '../../src/rules/schema/day.ts';

// Issue 17's "done when", on a copy of the project: a promotion ends on a date (Z Image for signups after Nov 30,
// 2026, an example: the site's own rules stay what the seeds say). The build refuses the change until
// `npm run rules:diff -- --write` drafts its entry; then the change pages, both feeds, llms.txt, rules.json and the MCP
// tool list_changes all carry it.
let copy: ProjectCopy;
let day: string;
let id: string;
const dist = (file: string) => readFileSync(join(copy.dir, 'dist', file), 'utf8');
const EN = 'Z Image · all plans · joined on or after Dec 1, 2026: Unlimited → Uses credits.';
const KO = 'Z Image · 모든 요금제 · 2026년 12월 1일 이후 가입: 무제한 → 크레딧 사용.';
const CHECKER = '?plan=plus&amp;billing=monthly&amp;joined=2026-12-01&amp;model=z-image';

beforeAll(() => {
	copy = copyProject();
	copy.commit();
	const file = join(copy.dir, 'content/rules/grants.json');
	const data = JSON.parse(readFileSync(file, 'utf8'));
	data.grants.find((g: { id: string }) => g.id === 'z-image-from-2025-12-17').joined.through = '2026-11-30';
	writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
	day = today();
	id = `${day}-z-image-from-2025-12-17`;
});
afterAll(() => copy?.remove());

describe('a promotion that ends, logged before it builds', () => {
	it('the build refuses the change, naming the file and the command to run', () => {
		expect(copy.tool('fix.ts').status).toBe(0);
		const build = copy.build();
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/content\/rules\/changes\.json:\d+: the rule data differs from the last entry/);
		expect(build.output).toContain('npm run rules:diff -- --write');
	}, 120_000);

	it('npm run rules:diff -- --write drafts the entry, after which it builds', () => {
		const draft = copy.tool('rules-diff.ts', '--write');
		expect(draft.status, draft.output).toBe(0);
		expect(draft.output).toContain(`Drafted entry "${id}"`);
		const log = JSON.parse(readFileSync(join(copy.dir, 'content/rules/changes.json'), 'utf8')).changes;
		expect(log.at(-1)).toMatchObject({
			id,
			date: day,
			summary: { en: EN, ko: KO },
			rules: ['z-image-from-2025-12-17', 'z-image'],
			customer: { plan: 'plus', billing: 'monthly', joined: '2026-12-01', model: 'z-image' },
		});
		const build = copy.build();
		expect(build.status, build.output.slice(-3000)).toBe(0);
	}, 120_000);

	it.each([
		{
			locale: 'en',
			summary: EN,
			section: '/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-image-models',
		},
		{
			locale: 'ko',
			summary: KO,
			section: '/docs/ko/troubleshooting/usage-plan/unlimited-benefit-scope/#무제한-이미지-모델',
		},
	])(
		'the $locale change page and feed carry it first, with its section and the checker',
		({ locale, summary, section }) => {
			const html = dist(`${locale}/changes/index.html`);
			const first = html.indexOf(`<h3 id="${id}"`);
			expect(first).toBeGreaterThan(0);
			expect(first).toBeLessThan(html.indexOf('<h3 id="2026-11-22-sources"'));
			expect(html).toContain(summary);
			expect(html).toContain(`href="${section}"`);
			expect(html).toContain(`href="/docs/${locale}/tools/am-i-unlimited/${CHECKER}"`);
			const feed = parseFeed(dist(`${locale}/changes.rss`));
			expect(feed.items[0]!.url).toBe(`https://carat.im/docs/${locale}/changes/#${id}`);
			expect(feed.items[0]!.description).toBe(summary);
		},
	);

	it('llms.txt and rules.json carry it', () => {
		expect(dist('llms.txt')).toContain(`- [${day}](https://carat.im/docs/en/changes/#${id}): ${EN}`);
		const rules = JSON.parse(dist('rules.json'));
		expect(rules.changes.at(-1).id).toBe(id);
		expect(rules.checked).toBe(day);
	});

	it('the MCP tool list_changes gives it first', async () => {
		const client = new Client({ name: 'change-log-test', version: '1.0.0' });
		await client.connect(
			new StdioClientTransport({ command: process.execPath, args: ['bin/carat-help-mcp.js'], cwd: copy.dir }),
		);
		try {
			const result = (await client.callTool({
				name: 'list_changes',
				arguments: { since: day, locale: 'ko' },
			})) as unknown as {
				structuredContent: { changes: { id: string; summary: string; checker: string }[] };
			};
			expect(result.structuredContent.changes).toEqual([
				expect.objectContaining({
					id,
					summary: KO,
					checker: `https://carat.im/docs/ko/tools/am-i-unlimited/${CHECKER.replaceAll('&amp;', '&')}`,
				}),
			]);
		} finally {
			await client.close();
		}
	}, 60_000);
});
