import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What one build produced. Sizes in bytes, time in seconds. */
export interface BuildFigures {
	seconds: number;
	distBytes: number;
	largestPage: { path: string; bytes: number };
}

/** Total size of the files under `dir`, and its largest `.html` file (path relative to `dir`). */
export function distStats(dir: string): Pick<BuildFigures, 'distBytes' | 'largestPage'> {
	let distBytes = 0;
	let largestPage = { path: '', bytes: 0 };
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const bytes = statSync(path).size;
		distBytes += bytes;
		if (entry.name.endsWith('.html') && bytes > largestPage.bytes) largestPage = { path: path.slice(dir.length + 1), bytes };
	}
	return { distBytes, largestPage };
}

/**
 * Runs `astro build` in `dir` on this Node and times it (wall clock). Its output goes to `<dir>/build.log`. Throws,
 * with the log's last lines, when the build fails.
 */
export function timeBuild(dir: string): BuildFigures {
	const pkg = createRequire(join(dir, 'package.json')).resolve('astro/package.json');
	const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.astro);
	const start = performance.now();
	const run = spawnSync(process.execPath, [bin, 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - start) / 1000;
	writeFileSync(join(dir, 'build.log'), `${run.stdout}\n${run.stderr}`);
	if (run.status !== 0) throw new Error(`astro build failed in ${dir} (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.split('\n').slice(-30).join('\n')}`);
	return { seconds, ...distStats(join(dir, 'dist')) };
}
