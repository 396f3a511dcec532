import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', '.bench', '.copies']);

/**
 * A throw-away copy of the project, to break or extend without touching the real one. It lives in `.copies/` inside
 * the project, so that Node and Vite find the project's `node_modules` by walking up (a symlinked `node_modules`
 * breaks Astro's compile cache).
 */
export interface ProjectCopy {
	dir: string;
	/** Runs `astro build` in the copy; returns its exit code and everything it printed. */
	build(): { status: number | null; output: string };
	/** Runs a tool of the copy (`tools/fix.ts` …) with the project's Node. */
	tool(name: string, ...args: string[]): { status: number | null; output: string };
	/** Makes the copy a git repository with one commit of its files, so that `rules:diff` has a HEAD to compare. */
	commit(): void;
	remove(): void;
}

export function copyProject(): ProjectCopy {
	mkdirSync('.copies', { recursive: true });
	const dir = resolve(mkdtempSync(join('.copies', 'project-')));
	cpSync('.', dir, {
		recursive: true,
		filter: (src) => !src.split('/').some((part) => SKIP.has(part) || part.startsWith('.dist-staging-')),
	});
	const run = (args: string[]) => {
		const r = spawnSync(process.execPath, args, {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
	};
	return {
		dir,
		build: () => run([resolve('node_modules/astro/bin/astro.mjs'), 'build']),
		tool: (name, ...args) => run([`tools/${name}`, ...args]),
		commit: () => {
			for (const args of [
				['init', '-q'],
				['add', '-A'],
				['commit', '-qm', 'copy'],
			])
				execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
