import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_PATHS } from '../../tools/check-paths.ts';

// `npm run check` runs the tests that need no build and no browser. A test file moved or added there must not drop
// out of the editor's loop unnoticed (tests/url-state.test.ts once did, when it moved to tests/widgets/).
const NO_BUILD = ['tests/rules', 'tests/prose', 'tests/widgets', 'src'];

const testFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
	);

describe('npm run check', () => {
	it.each(CHECK_PATHS)('runs %s, which exists', (path) => {
		expect(existsSync(path)).toBe(true);
	});

	it('runs every test file of the folders that need no build', () => {
		const files = NO_BUILD.flatMap(testFiles);
		expect(files.length).toBeGreaterThan(10);
		expect(
			files.filter((f) => !CHECK_PATHS.some((p) => f === p || f.startsWith(p.endsWith('/') ? p : `${p}/`))),
		).toEqual([]);
	});
});
