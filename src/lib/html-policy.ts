/**
 * What HTML an article may contain, as rules on one element at a time: its name and its attributes. The article lint
 * (article-lint.ts) applies them to every MDX JSX element and raw HTML tag, and to Markdown links and images.
 */

/** The origin every page is served from; anything loaded from elsewhere is refused. */
export const SITE_ORIGIN = 'https://carat.im';

/** Elements an article may never contain, with the reason given to the editor. */
export const FORBIDDEN_ELEMENTS: Record<string, string> = {
	script: 'runs code in the reader’s browser',
	iframe: 'embeds another page',
	frame: 'embeds another page',
	frameset: 'embeds other pages',
	object: 'embeds a plugin or another page',
	embed: 'embeds a plugin or another page',
	applet: 'embeds a plugin',
	portal: 'embeds another page',
	base: 'changes where every link of the page points',
	meta: 'can redirect the page or change its policy',
	link: 'loads a stylesheet or other resource into the page',
	style: 'adds page-wide styles the Content-Security-Policy refuses',
};

/** Attributes whose value is a URL the element navigates to (checked for scheme only). */
const NAVIGATES = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite', 'ping']);
/** Attributes whose value is a URL (or URLs) the browser loads into the page (checked for scheme and origin). */
const LOADS = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'codebase', 'icon', 'imagesrcset']);
/** Attributes that carry a whole document or code. */
const FORBIDDEN_ATTRIBUTES: Record<string, string> = {
	srcdoc: 'embeds a whole document',
	style: 'inline styles are refused by the Content-Security-Policy; use a class',
};

/** An attribute as written: `value` is the text, `undefined` for a bare attribute, `null` for a `{…}` expression. */
export interface Attribute {
	name: string;
	value: string | null | undefined;
}

/**
 * Why a URL may not appear in an article, or `undefined` when it may. `loads`: the browser fetches it into the page
 * (an image, a video poster), so it must stay on `SITE_ORIGIN`; otherwise it is only navigated to.
 * Schemes are compared as a browser reads them: case-insensitive, ignoring the whitespace and control characters a
 * browser strips (`java\tscript:`).
 */
export function urlProblem(url: string, loads: boolean): string | undefined {
	const bare = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z\d+.-]*):/.exec(bare)?.[1];
	if (scheme === 'javascript' || scheme === 'vbscript') return `a ${scheme}: URL runs code`;
	if (scheme === 'data') return 'a data: URL hides a document or an image inside the article';
	if (!loads) return undefined;
	const parsed = URL.parse(url.trim(), `${SITE_ORIGIN}/docs/`);
	if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin !== SITE_ORIGIN)
		return `loads from another origin (${parsed.origin}); serve the file from the site instead`;
	if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `loads a ${parsed.protocol} URL`;
	return undefined;
}

/** The URLs in an attribute value: one, or for `srcset` each candidate's URL. */
const urlsOf = (name: string, value: string) => (name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value]);

/**
 * Everything wrong with one element of an article, as sentences naming the element and attribute; `[]` when it is
 * allowed. `name` is the tag or component name as written (`img`, `LinkCard`); HTML names are compared
 * case-insensitively, components are allowed by name and their attributes checked like an element's.
 */
export function elementProblems(name: string, attributes: Attribute[]): string[] {
	const tag = name.toLowerCase();
	const problems: string[] = [];
	if (FORBIDDEN_ELEMENTS[tag]) problems.push(`<${name}> is not allowed in an article: it ${FORBIDDEN_ELEMENTS[tag]}`);
	for (const { name: raw, value } of attributes) {
		const attr = raw.toLowerCase();
		const where = `<${name} ${raw}>`;
		if (attr.startsWith('on')) problems.push(`${where}: event-handler attributes run code in the reader’s browser`);
		else if (FORBIDDEN_ATTRIBUTES[attr]) problems.push(`${where}: ${FORBIDDEN_ATTRIBUTES[attr]}`);
		else if (NAVIGATES.has(attr) || LOADS.has(attr)) {
			if (value === null) problems.push(`${where}: a URL must be written as plain text, not a {…} expression, so that it can be checked`);
			else if (typeof value === 'string')
				for (const url of urlsOf(attr, value)) {
					const problem = urlProblem(url, LOADS.has(attr));
					if (problem) problems.push(`${where}: ${problem}`);
				}
		}
	}
	return problems;
}
