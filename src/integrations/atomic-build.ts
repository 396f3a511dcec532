import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file a complete build leaves in the output folder; `carat-help-mcp` refuses an output folder without it. */
export const BUILD_COMPLETE_MARKER = '.build-complete';

/** The staging folder of the build run by process `pid`, beside `outDir` (same file system, so a rename moves it). */
const stagingFor = (outDir: string, pid: number) => join(dirname(outDir), `.${basename(outDir)}-staging-${pid}`);

const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/** Removes the staging folders of builds whose process is gone (killed with SIGKILL, a power cut). */
function removeStaleStaging(outDir: string): void {
	const prefix = `.${basename(outDir)}-staging-`;
	for (const name of readdirSync(dirname(outDir))) {
		const pid = Number(name.slice(prefix.length));
		if (name.startsWith(prefix) && Number.isInteger(pid) && !isRunning(pid))
			rmSync(join(dirname(outDir), name), { recursive: true, force: true });
	}
}

/** Puts the finished `staging` in place of `outDir`: the previous build is renamed aside, then removed. */
function commit(staging: string, outDir: string): void {
	writeFileSync(join(staging, BUILD_COMPLETE_MARKER), `${new Date().toISOString()}\n`);
	const previous = `${staging}-previous`;
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(staging, outDir);
	rmSync(previous, { recursive: true, force: true });
}

/**
 * Atomic `astro build`: the site is written into a staging folder beside the output folder (`.dist-staging-<pid>/`)
 * and moved into `dist/`, with the completion marker `BUILD_COMPLETE_MARKER`, only after every other integration's
 * `astro:build:done` (the link check, Pagefind, the sitemap) has passed. A build that fails at any step, or is
 * interrupted (Ctrl+C, SIGTERM), removes its staging folder and leaves the previous `dist/` (or none) as it was.
 *
 * An integration rather than a wrapper script, so that every way of building behaves the same: `astro build`,
 * `npm start`, `npm test` (scripts/build-strict.ts), `npm run bench`, the tests' project copies. List it LAST: its
 * `astro:config:setup` appends the step that moves the site, which so runs after the `astro:build:done` hooks of
 * every integration, including those Starlight adds. `astro dev` and `astro preview` are left alone.
 */
export default function atomicBuild(): AstroIntegration {
	return {
		name: 'carat-help:atomic-build',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
				const staging = stagingFor(outDir, process.pid);
				removeStaleStaging(outDir);
				rmSync(staging, { recursive: true, force: true });
				// 'exit' runs on process.exit() and on an uncaught error alike (only synchronous work is possible there);
				// after a successful build the staging folder is already gone.
				process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
				for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
					process.once(signal, () => {
						rmSync(staging, { recursive: true, force: true });
						process.kill(process.pid, signal); // the handler is gone: the default action ends the process
					});
				const commitStep: AstroIntegration = {
					name: 'carat-help:atomic-build',
					hooks: {
						'astro:build:done': ({ logger }) => {
							commit(staging, outDir);
							logger.info(`every check passed: the site is in ${outDir}`);
						},
					},
				};
				updateConfig({ outDir: pathToFileURL(`${staging}/`), integrations: [commitStep] });
			},
		},
	};
}
