import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { launch, serveDist, desktop } from '../browser/harness.ts';
import { EXAMPLES, type RuleFiles } from '../editor/examples.ts';

// A docs editor adds a model by editing JSON only, then runs the README's commands. On a copy of the project:
// the new model must reach the tables (npm run fix), the range snapshot (npm run snapshot), rules.json and the
// checker of the built site, with no TypeScript file touched.
let copy: ProjectCopy;
const files = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => !/^(dist|\.astro|\.git|node_modules)(\/|$)/.test(f) && statSync(join(dir, f)).isFile())
		.sort();

beforeAll(() => {
	copy = copyProject();
	copy.commit();
	const path = (f: string) => join(copy.dir, 'content/rules', f);
	const data = Object.fromEntries(
		['models.json', 'grants.json'].map((f) => [f, JSON.parse(readFileSync(path(f), 'utf8'))]),
	) as RuleFiles;
	EXAMPLES.find((e) => e.name.includes('Imagen 4'))!.edit(data);
	for (const [f, json] of Object.entries(data)) writeFileSync(path(f), `${JSON.stringify(json, null, 2)}\n`);
});
afterAll(() => copy?.remove());

describe('a new model, Imagen 4, unlimited for Pro, added in JSON only', () => {
	it('npm run fix writes it into the unlimited image table, and the "uses credits" one for everyone else', () => {
		const fix = copy.tool('fix.ts');
		expect(fix.status, fix.output).toBe(0);
		expect(fix.output).toContain('unlimited-benefit-scope.mdx: rewrote 2 rule tables');
		const article = readFileSync(
			join(copy.dir, 'content/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope.mdx'),
			'utf8',
		);
		expect(article).toContain('| Imagen 4 | Pro members, any signup date |');
		expect(article).toContain('| Imagen 4 | All other members |');
	});

	it('npm run snapshot accepts its verdict ranges, after which every check passes', () => {
		// The change log gets its entry first, as the build asks (see tests/build/change-log.test.ts).
		const draft = copy.tool('rules-diff.ts', '--write');
		expect(draft.status, draft.output).toBe(0);
		const snapshot = copy.tool('snapshot.ts');
		expect(snapshot.status, snapshot.output).toBe(0);
		const csv = readFileSync(join(copy.dir, 'content/rules/snapshots/verdict-ranges.csv'), 'utf8');
		expect(csv).toContain('pro,monthly,imagen-4,,..,Unlimited,imagen-4-pro');
		expect(csv).toContain('plus,annual,imagen-4,,..,Uses credits,default');
		const check = copy.tool('check.ts');
		expect(check.status, check.output.slice(-3000)).toBe(0);
	}, 240_000);

	it('builds into rules.json and the checker, and no file outside content/ changed', async () => {
		const build = copy.build();
		expect(build.status, build.output.slice(-3000)).toBe(0);
		const rules = JSON.parse(readFileSync(join(copy.dir, 'dist/rules.json'), 'utf8'));
		expect(rules.models.map((m: { id: string }) => m.id)).toContain('imagen-4');
		expect(rules.grants.map((g: { id: string }) => g.id)).toContain('imagen-4-pro');

		const changed = files(copy.dir).filter((f) => {
			try {
				return readFileSync(join(copy.dir, f), 'utf8') !== readFileSync(f, 'utf8');
			} catch {
				return true;
			}
		});
		expect(changed.map((f) => relative('.', f))).toEqual(
			expect.arrayContaining(['content/rules/grants.json', 'content/rules/models.json']),
		);
		expect(changed.filter((f) => !f.startsWith('content/'))).toEqual([]);

		const { origin, close } = await serveDist(join(copy.dir, 'dist'));
		const browser = await launch();
		try {
			const page = await (await browser.newContext(desktop)).newPage();
			await page.goto(`${origin}/docs/en/tools/am-i-unlimited/`);
			await page.getByLabel('Plan', { exact: true }).selectOption('pro');
			await page.getByLabel('Signup date', { exact: true }).fill('2026-06-01');
			await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Imagen 4' });
			const status = page.locator('.cw-model .cw-status');
			await expect.poll(() => status.textContent()).toBe('Imagen 4: Unlimited');
			await page.getByLabel('Plan', { exact: true }).selectOption('plus');
			await expect.poll(() => status.textContent()).toBe('Imagen 4: Uses credits');
			expect(await page.locator('.cw-model').textContent()).toContain('Who has it unlimited:Pro members');
		} finally {
			await browser.close();
			await close();
		}
	}, 120_000);
});
