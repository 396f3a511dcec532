import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { globSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// `npm run check -- --unit` (and `npm test`) runs the vitest project `unit` (vitest.config.ts), chosen by where a file
// lives. These tests list the files through vitest itself, so a file no project includes, or a new unit test the
// editor's loop would skip, fails here.
type Listed = { file: string; projectName: string };
let all: Listed[] | undefined;
const listed = (): Listed[] =>
	(all ??= JSON.parse(execFileSync('vitest', ['list', '--filesOnly', '--json'], { encoding: 'utf8' })).map(
		(f: { file: string; projectName: string }) => ({ ...f, file: relative(process.cwd(), f.file) }),
	));

const probeDir = `tests/zz-probe-${process.pid}`;
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

describe('test projects', () => {
	it('put every test file on disk in exactly one project', () => {
		const onDisk = globSync(['tests/**/*.test.ts', 'src/**/*.test.ts']).sort();
		const files = listed();
		expect(files.map((f) => f.file).sort()).toEqual(onDisk);
	});

	it.each([
		['tests/site/built-site.test.ts', 'site'],
		['tests/mcp/server.test.ts', 'site'],
		['tests/browser/checker.test.ts', 'browser'],
		['tests/rules/eligibility.test.ts', 'unit'],
		['src/lib/page-scan.test.ts', 'unit'],
	])('%s runs in %s', (file, project) => {
		expect(listed().find((f) => f.file === file)?.projectName).toBe(project);
	});

	it('pick up a new test file in a new folder as a unit test, so npm run check runs it', () => {
		mkdirSync(probeDir, { recursive: true });
		const probe = join(probeDir, 'probe.test.ts');
		writeFileSync(probe, "import { it } from 'vitest';\nit('runs', () => {});\n");
		const out = execFileSync('vitest', ['list', '--project', 'unit', '--filesOnly', '--json'], { encoding: 'utf8' });
		expect(JSON.parse(out).map((f: { file: string }) => relative(process.cwd(), f.file))).toContain(probe);
	});
});
