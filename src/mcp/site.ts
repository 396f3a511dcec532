import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASE, DOCS_PATH, SITE } from '../rules/schema/links.ts';
import { BUILD_COMPLETE_MARKER } from '../integrations/atomic-build.ts';

/** A page of the built site, read from its Markdown copy. */
export interface BuiltPage {
	/**
	 * Site path of the HTML page, without a trailing slash:
	 * `/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded` (`/docs/en` for the home page).
	 */
	path: string;
	/** Locale, the first folder of the path (`en`). */
	locale: string;
	title: string;
	description: string;
	/** Absolute URL of the HTML page (`https://carat.im/docs/en/…/`). */
	url: string;
	/** Absolute URL of the Markdown copy (`https://carat.im/docs/en/….md`). */
	markdownUrl: string;
	/** The Markdown copy, as served. */
	markdown: string;
}

/** What `astro build` wrote that the MCP server reads: every page's Markdown copy, and the rules' version. */
export interface BuiltSite {
	dist: string;
	pages: BuiltPage[];
	/** `version` of `dist/rules.json` (a fingerprint of the rule data it was built from). */
	rulesVersion: string;
}

/** Thrown by `readBuiltSite` when `dist` holds no build; its message says what to run. */
export class NoBuildError extends Error {}

/** Every `.md` file under `dir`, as paths relative to it, but the Agent Skill (`skill.md`), which is no page. */
function markdownFiles(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? markdownFiles(join(dir, e.name), root)
			: e.name.endsWith('.md') && e.name !== 'skill.md'
				? [relative(root, join(dir, e.name))]
				: [],
	);
}

/** A page from its Markdown copy: `# Title`, then `> description` (see src/lib/mdx-to-md.ts `markdownCopy`). */
function pageOf(file: string, markdown: string): BuiltPage {
	const path = `/docs/${file.replace(/\.md$/, '')}`;
	return {
		path,
		locale: file.split(/[/.]/)[0]!,
		title: markdown.match(/^# (.+)$/m)?.[1] ?? path,
		description: markdown.match(/^# .+\n\n> (.+)$/m)?.[1] ?? '',
		url: `${SITE}${path}/`,
		markdownUrl: `${SITE}${path}.md`,
		markdown,
	};
}

/** The `version` of a built `rules.json`; throws `NoBuildError` naming the file when it is not JSON or has none. */
function rulesVersionOf(rulesFile: string): string {
	const rebuild = 'run `npm run build` in the carat-help folder, then start carat-help-mcp again';
	let rules: unknown;
	try {
		rules = JSON.parse(readFileSync(rulesFile, 'utf8'));
	} catch (error) {
		throw new NoBuildError(
			`${rulesFile} is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : String(error)}): ${rebuild}`,
		);
	}
	const version = (rules as { version?: unknown } | null)?.version;
	if (typeof version !== 'string') throw new NoBuildError(`${rulesFile} has no "version" (a string): ${rebuild}`);
	return version;
}

/**
 * Reads the built site in `dist` (default this project's `dist/`): the `.md` copies and `rules.json`. Throws
 * `NoBuildError`, naming the folder and the command to run, when they are missing or when `dist` lacks the marker a
 * complete build leaves (`BUILD_COMPLETE_MARKER`, see src/integrations/atomic-build.ts), or when `rules.json` is not
 * JSON with a `version` (the message names the file).
 */
export function readBuiltSite(dist: string): BuiltSite {
	if (existsSync(dist) && !existsSync(join(dist, BUILD_COMPLETE_MARKER)))
		throw new NoBuildError(
			`${dist} holds no complete build (${join(dist, BUILD_COMPLETE_MARKER)} is missing: a build was interrupted, failed, or predates this check): run \`npm run build\` in the carat-help folder, then start carat-help-mcp again`,
		);
	const rulesFile = join(dist, 'rules.json');
	if (!existsSync(rulesFile))
		throw new NoBuildError(
			`no built site in ${dist} (${rulesFile} is missing): run \`npm run build\` in the carat-help folder, then start carat-help-mcp again`,
		);
	const pages = markdownFiles(dist)
		.sort()
		.map((file) => pageOf(file, readFileSync(join(dist, file), 'utf8')));
	if (!pages.length)
		throw new NoBuildError(
			`no Markdown copies (*.md) in ${dist}: run \`npm run build\` in the carat-help folder, then start carat-help-mcp again`,
		);
	return { dist, pages, rulesVersion: rulesVersionOf(rulesFile) };
}

/**
 * The page a path or URL names, or `undefined`: `https://carat.im/docs/en/x/`, `/docs/en/x`, `/docs/en/x.md`,
 * `en/x`, with or without a `#fragment` or `?query`.
 */
export function findPage(site: BuiltSite, pathOrUrl: string): BuiltPage | undefined {
	let path = pathOrUrl
		.trim()
		.replace(/^https?:\/\/[^/]+/, '')
		.replace(/[?#].*$/, '')
		.replace(/\.md$/, '')
		.replace(/\/+$/, '');
	if (!path.startsWith('/')) path = `/${path}`;
	if (!path.startsWith(`${BASE}/`) && path !== BASE) path = `${BASE}${path}`;
	if (path === BASE) path = DOCS_PATH.slice(0, -1);
	return site.pages.find((p) => p.path === path);
}
