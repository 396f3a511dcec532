import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { benchArticle, benchSlug, BENCH_DIR } from './articles.ts';

/** Two copies of the project with the same generated content: our configuration, and stock Starlight's. */
export interface Workspace {
	root: string;
	ours: string;
	stock: string;
}

/** Never copied as such: installed packages (hard-linked instead), build output and caches, git, earlier benchmarks. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', 'test-results']);
/** Caches inside node_modules that each copy must have to itself, so every build starts cold. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Stock Starlight: only where the site lives, where the articles are, and the renderer their widgets need. */
const STOCK_CONFIG = `// Stock Starlight for the scale benchmark: no link check, no Markdown copies or llms.txt, no CSP, no article lint,
// default sidebar (every page). Only the site's address, its languages (so that both build the same pages, the
// fallback pages of untranslated articles included), the articles' folder and the widgets' renderer are set.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';

export default defineConfig({
	site: 'https://carat.im',
	base: '/docs',
	integrations: [starlight({ title: 'Carat Help', defaultLocale: DEFAULT_LOCALE, locales: LOCALES, markdown: { processedDirs: ['./content/docs'] } }), preact()],
});
`;

/**
 * A copy of `project` in `dest` with the project's installed packages (same versions, same files): node_modules is
 * copied as hard links (`cp -al`: no extra space, no download), which Astro and Vite see as an ordinary install, as
 * they do not a symlinked one. Needs `dest` on the project's file system.
 */
function copyProject(project: string, dest: string): void {
	cpSync(project, dest, { recursive: true, filter: (src) => src === project || !SKIP.has(basename(src)) });
	mkdirSync(join(dest, 'node_modules'));
	for (const entry of readdirSync(join(project, 'node_modules'))) {
		if (OWN_CACHES.has(entry)) continue;
		const cp = spawnSync('cp', ['-al', join(project, 'node_modules', entry), join(dest, 'node_modules', entry)], {
			encoding: 'utf8',
		});
		if (cp.status !== 0) throw new Error(`cp -al node_modules/${entry} into ${dest} failed: ${cp.stderr.trim()}`);
	}
}

/** Writes `n` generated articles into a copy's `content/docs/en/bench/`. */
function generate(dest: string, n: number): void {
	const dir = join(dest, 'content/docs/en', BENCH_DIR);
	mkdirSync(dir, { recursive: true });
	for (let i = 0; i < n; i++) writeFileSync(join(dest, 'content/docs/en', `${benchSlug(i)}.mdx`), benchArticle(i, n));
}

/**
 * Makes the benchmark's two copies of `project` under a new temporary folder (in `BENCH_TMPDIR`, default the system's
 * temporary folder, which must be on the project's file system), each with `n` generated articles.
 * Ours lists them in a "Benchmark" section (llms.txt requires every page in a section, and the sidebar shows them, as
 * stock Starlight's default sidebar does); stock gets Starlight's plain configuration and none of our pages.
 */
export function makeWorkspace(project: string, n: number): Workspace {
	const root = mkdtempSync(join(process.env.BENCH_TMPDIR ?? tmpdir(), 'carat-bench-'));
	const ws = { root, ours: join(root, 'ours'), stock: join(root, 'stock') };
	for (const dest of [ws.ours, ws.stock]) {
		copyProject(project, dest);
		generate(dest, n);
	}
	const slugs = Array.from({ length: n }, (_, i) => benchSlug(i));
	const sectionsFile = join(ws.ours, 'content/docs/sections.json');
	const sections = JSON.parse(readFileSync(sectionsFile, 'utf8'));
	sections.sections.push({ label: { en: 'Benchmark', ko: '벤치마크' }, pages: slugs });
	writeFileSync(sectionsFile, JSON.stringify(sections, null, 2));
	writeFileSync(join(ws.stock, 'astro.config.mjs'), STOCK_CONFIG);
	rmSync(join(ws.stock, 'src/pages'), { recursive: true, force: true });
	return ws;
}

/** Removes a copy's build output and caches, so that its next build starts cold. */
export function cleanBuild(dir: string): void {
	for (const d of ['dist', '.astro', ...[...OWN_CACHES].map((c) => `node_modules/${c}`)])
		rmSync(join(dir, d), { recursive: true, force: true });
}
