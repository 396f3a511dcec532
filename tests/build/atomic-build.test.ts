import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { BUILD_COMPLETE_MARKER } from '../../src/integrations/atomic-build.ts';

// An `astro build` interrupted while it writes pages (Ctrl+C sends SIGINT; a CI runner's timeout, SIGTERM) leaves the
// previous complete dist/ exactly as it was, and no staging folder behind (issue 21: it left 1 of 28 pages and
// .prerender/ chunks holding the build machine's paths, which carat-help-mcp then served).
let copy: ProjectCopy;
let previous: { files: string[]; marker: string };
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const snapshot = () => ({
	files: filesOf(join(copy.dir, 'dist')),
	marker: readFileSync(join(copy.dir, 'dist', BUILD_COMPLETE_MARKER), 'utf8'),
});

beforeAll(() => {
	copy = copyProject();
	const { status, output } = copy.build();
	if (status !== 0) throw new Error(output);
	previous = snapshot();
}, 180_000);
afterAll(() => copy?.remove());

/**
 * Starts `astro build` in the copy and sends `signal` once it has written its first page; resolves with what it
 * printed.
 */
function interruptBuild(
	signal: NodeJS.Signals,
): Promise<{ output: string; pagesBefore: number; signal: NodeJS.Signals | null; code: number | null }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: copy.dir,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		let output = '';
		let pagesBefore = 0;
		createInterface({ input: child.stderr }).on('line', (line) => (output += `${line}\n`));
		createInterface({ input: child.stdout }).on('line', (line) => {
			output += `${line}\n`;
			if (/[├└]─ \/.*(index\.html|\.md)/.test(line) && ++pagesBefore === 1) child.kill(signal);
		});
		child.on('close', (code, sig) => done({ output, pagesBefore, signal: sig, code }));
	});
}

describe.each<NodeJS.Signals>(['SIGINT', 'SIGTERM'])(
	'astro build interrupted with %s while it writes pages',
	(signal) => {
		it('leaves the previous dist/ untouched, with its completion marker, and no staging folder', async () => {
			const run = await interruptBuild(signal);
			expect(run.pagesBefore, run.output).toBeGreaterThanOrEqual(1);
			expect(run.output).not.toContain('[build] Complete!');
			expect(run.signal ?? run.code, run.output).toBe(signal);
			expect(snapshot()).toEqual(previous);
			expect(readdirSync(copy.dir).filter((name) => name.includes('staging'))).toEqual([]);
		}, 180_000);
	},
);

describe('a build that completes', () => {
	it('replaces dist/ with the new site and a new completion marker', () => {
		const { status, output } = copy.build();
		expect(status, output).toBe(0);
		const now = snapshot();
		expect(now.files).toEqual(previous.files);
		expect(now.marker).not.toBe(previous.marker);
		expect(Date.parse(now.marker.trim())).toBeGreaterThan(Date.parse(previous.marker.trim()));
		expect(readdirSync(copy.dir).filter((name) => name.includes('staging'))).toEqual([]);
	}, 180_000);
});
