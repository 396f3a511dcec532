import { SECTIONS } from './sections.ts';
import { mdxToMarkdown, type BodySource } from './mdx-to-md.ts';

type Page = { slug: string; title: string; description: string | undefined; body: string; url: string; markdownUrl: string; source?: BodySource };

const NAME = 'Carat Help';
const SUMMARY =
	'Help center of Carat (carat.im), an app for making AI images and videos with credits and unlimited promotions: which models are unlimited on which plan and signup date, why credits are deducted, and what credits buy.';

const entry = (p: Page) => `- [${p.title}](${p.markdownUrl})${p.description ? `: ${p.description}` : ''}`;

/**
 * `/docs/llms.txt` (llmstxt.org): an H1, a blockquote summary, then H2 sections listing every page exactly once as
 * `- [Title](absolute .md URL): description`, grouped as in `SECTIONS`. Throws when a page is in no section.
 */
export function buildLlmsTxt(pages: Page[]): string {
	const bySlug = new Map(pages.map((p) => [p.slug, p]));
	const listed = new Set(['', ...SECTIONS.flatMap((s) => s.slugs)]);
	const unlisted = pages.filter((p) => !listed.has(p.slug));
	if (unlisted.length) throw new Error(`llms.txt: add ${unlisted.map((p) => p.slug).join(', ')} to a section in src/lib/sections.ts`);
	const section = (label: string, slugs: string[]) =>
		`## ${label}\n\n${slugs.flatMap((s) => (bySlug.has(s) ? [entry(bySlug.get(s)!)] : [])).join('\n')}`;
	return [
		`# ${NAME}`,
		`> ${SUMMARY}`,
		'Each page is listed once, as its Markdown copy. The rules behind every "is it unlimited?" answer are published as JSON.',
		section('Start here', ['']),
		...SECTIONS.map((s) => section(s.label, s.slugs)),
		[
			'## Rules',
			'',
			'- [Rule data](https://carat.im/docs/rules.json): plans, models, benefit rules with signup windows, credit costs and caveats, each with its source section and the date it was last checked',
			'- [Rule data schema](https://carat.im/docs/rules.schema.json): JSON Schema of rules.json',
		].join('\n'),
		[
			'## Tools for agents',
			'',
			'The pages with the checker or the estimator register check_eligibility, list_benefits and estimate_credits with WebMCP. An MCP server, `npx carat-help-mcp` in a checkout of this site (stdio), offers search_docs, get_page, every page as a resource, and the same three tools.',
			'',
			'- [Agent tools](https://carat.im/docs/agent-tools.json): check_eligibility, list_benefits and estimate_credits: names, descriptions and the JSON Schema of each input',
		].join('\n'),
		'## Optional\n\n- [All articles in one file](https://carat.im/docs/llms-full.txt): every page above, in Markdown',
	].join('\n\n') + '\n';
}

/** `/docs/llms-full.txt`: every page, in Markdown, in one file, each headed by its title and URL. */
export function buildLlmsFull(pages: Page[]): string {
	const parts = pages.map((p) => `# ${p.title}\n\nSource: ${p.url}\n\n${p.description ? `> ${p.description}\n\n` : ''}${mdxToMarkdown(p.body, { page: p.url, source: p.source })}`);
	return `# ${NAME}\n\n> ${SUMMARY}\n\n${parts.join('\n\n---\n\n')}\n`;
}

