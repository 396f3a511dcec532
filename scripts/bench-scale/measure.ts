import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What one build produced. Sizes in bytes, time in seconds. */
export interface BuildFigures {
	/** Wall clock. */
	seconds: number;
	/** CPU time, user + system, of the build and every process it started; `undefined` where not measurable. */
	cpuSeconds: number | undefined;
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
		if (entry.name.endsWith('.html') && bytes > largestPage.bytes)
			largestPage = { path: path.slice(dir.length + 1), bytes };
	}
	return { distBytes, largestPage };
}

/**
 * CPU seconds (user + system) used so far by this process's children that have ended, including their own ended
 * children: `cutime + cstime` of Linux's `/proc/self/stat`. `undefined` where there is no such file.
 */
function endedChildrenCpuSeconds(): number | undefined {
	if (!existsSync('/proc/self/stat')) return undefined;
	// Fields after the command name, which is in parentheses and may hold spaces: field 3 is at index 0.
	const stat = readFileSync('/proc/self/stat', 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
	return ticks / clockTicksPerSecond();
}

let ticksPerSecond: number | undefined;
/** The kernel's clock ticks per second (`getconf CLK_TCK`, 100 on Linux as shipped), asked once. */
function clockTicksPerSecond(): number {
	ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
	return ticksPerSecond;
}

/**
 * Runs `astro build` in `dir` on this Node and times it: wall clock, and CPU time of the build's whole process tree
 * (less disturbed than the wall clock by other work on the machine, though not immune to it). Its output goes to
 * `<dir>/build.log`. Throws,
 * with the log's last lines, when the build fails.
 */
export function timeBuild(dir: string): BuildFigures {
	const pkg = createRequire(join(dir, 'package.json')).resolve('astro/package.json');
	const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.astro);
	const cpuBefore = endedChildrenCpuSeconds();
	const start = performance.now();
	const run = spawnSync(process.execPath, [bin, 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - start) / 1000;
	const cpuAfter = endedChildrenCpuSeconds();
	const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
	writeFileSync(join(dir, 'build.log'), `${run.stdout}\n${run.stderr}`);
	if (run.status !== 0)
		throw new Error(
			`astro build failed in ${dir} (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.split('\n').slice(-30).join('\n')}`,
		);
	return { seconds, cpuSeconds, ...distStats(join(dir, 'dist')) };
}
