/**
 * What HTML an article may contain, as an allow-list applied to one element at a time: its name and its attributes.
 * The article lint (article-lint.ts) applies it to every MDX JSX element and every raw HTML element of a `.md`
 * article (as parse5 reads it), and the URL rules to Markdown links and images. Anything not listed here is refused.
 */

/** The origin every page is served from; anything loaded from elsewhere is refused. */
import { BASE, SITE as SITE_ORIGIN } from '../rules/schema/links.ts';

/** Where Starlight's components are imported from. */
export const STARLIGHT_COMPONENTS = '@astrojs/starlight/components';

/**
 * The components an article may use, by the name it must be imported and written as: the module it comes from (a
 * path under `src/components/` for the project's widgets) and the props it may be given, each as a literal value.
 */
export const COMPONENTS: Record<string, { from: string; props: string[] }> = {
	Aside: { from: STARLIGHT_COMPONENTS, props: ['type', 'title', 'icon'] },
	Badge: { from: STARLIGHT_COMPONENTS, props: ['text', 'variant', 'size'] },
	Card: { from: STARLIGHT_COMPONENTS, props: ['title', 'icon'] },
	CardGrid: { from: STARLIGHT_COMPONENTS, props: ['stagger'] },
	LinkCard: { from: STARLIGHT_COMPONENTS, props: ['title', 'href', 'description'] },
	LinkButton: { from: STARLIGHT_COMPONENTS, props: ['href', 'variant', 'icon', 'iconPlacement'] },
	Steps: { from: STARLIGHT_COMPONENTS, props: [] },
	Tabs: { from: STARLIGHT_COMPONENTS, props: ['syncKey'] },
	TabItem: { from: STARLIGHT_COMPONENTS, props: ['label', 'icon'] },
	AmIUnlimited: { from: 'src/components/AmIUnlimited.astro', props: [] },
	CreditEstimator: { from: 'src/components/CreditEstimator.astro', props: [] },
	ChangeLog: { from: 'src/components/ChangeLog.astro', props: [] },
};

/** Attributes every allowed HTML element may carry (besides `aria-*`). */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'lang', 'dir', 'title', 'translate'];
const MEDIA = ['src', 'width', 'height', 'controls', 'loop', 'muted', 'preload'];

/** The HTML elements an article may contain, each with the attributes it may carry besides `GLOBAL_ATTRIBUTES`. */
export const HTML_ELEMENTS: Record<string, string[]> = {
	...Object.fromEntries(
		[
			'abbr',
			'b',
			'br',
			'caption',
			'code',
			'dd',
			'dfn',
			'div',
			'dl',
			'dt',
			'em',
			'figcaption',
			'figure',
			'h1',
			'h2',
			'h3',
			'h4',
			'h5',
			'h6',
			'hr',
			'i',
			'kbd',
			'mark',
			'p',
			'picture',
			'pre',
			's',
			'samp',
			'small',
			'span',
			'strong',
			'sub',
			'summary',
			'sup',
			'table',
			'tbody',
			'tfoot',
			'thead',
			'tr',
			'u',
			'ul',
			'var',
			'wbr',
		].map((tag) => [tag, []]),
	),
	a: ['href', 'hreflang', 'rel', 'target'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite', 'datetime'],
	ins: ['cite', 'datetime'],
	details: ['open', 'name'],
	img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
	source: ['src', 'srcset', 'sizes', 'type', 'media'],
	video: [...MEDIA, 'poster', 'playsinline'],
	audio: MEDIA,
	li: ['value'],
	ol: ['start', 'reversed', 'type'],
	td: ['colspan', 'rowspan', 'headers'],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
	time: ['datetime'],
};

/** Why some elements outside the allow-list are refused, for a clearer message than "not allowed". */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
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
	noscript: 'is parsed one way by a checker and another by the browser',
	template: 'holds markup the browser does not show but scripts can use',
	form: 'sends what the reader types somewhere',
};

/** Attributes whose value is a URL the element navigates to (checked for scheme only). */
const NAVIGATES = new Set(['href', 'cite']);
/** Attributes whose value is a URL (or URLs) the browser loads into the page (checked for scheme and origin). */
const LOADS = new Set(['src', 'srcset', 'poster']);
/** Why some attributes outside the allow-list are refused, for a clearer message than "not allowed". */
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
	// Browsers drop control characters and spaces from a URL before reading its scheme (WHATWG URL); so does this.
	// eslint-disable-next-line no-control-regex
	const bare = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z\d+.-]*):/.exec(bare)?.[1];
	if (scheme === 'javascript' || scheme === 'vbscript') return `a ${scheme}: URL runs code`;
	if (scheme === 'data') return 'a data: URL hides a document or an image inside the article';
	if (!loads) return undefined;
	const parsed = URL.parse(url.trim(), `${SITE_ORIGIN}${BASE}/`);
	if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin !== SITE_ORIGIN)
		return `loads from another origin (${parsed.origin}); serve the file from the site instead`;
	if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `loads a ${parsed.protocol} URL`;
	return undefined;
}

/** The URLs in an attribute value: one, or for `srcset` each candidate's URL. */
const urlsOf = (name: string, value: string) =>
	name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];

/** Why an attribute outside the allow-list is refused. */
function attributeRefusal(attr: string): string {
	if (attr.startsWith('on')) return 'event-handler attributes run code in the reader’s browser';
	if (FORBIDDEN_ATTRIBUTES[attr]) return FORBIDDEN_ATTRIBUTES[attr];
	if (attr.startsWith('set:')) return 'an Astro set: directive writes HTML or text that no check reads';
	if (attr.includes(':')) return 'Astro directives are not allowed in an article';
	return 'not an allowed attribute of this element (see src/lib/html-policy.ts)';
}

/** Whether `name` is written as a component (`LinkCard`) rather than an HTML element (`span`). */
export const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/**
 * Everything wrong with one element of an article, as sentences naming the element and attribute; `[]` when it is
 * allowed. `name` is the tag or component name as written (`img`, `LinkCard`): an HTML element must be one of
 * `HTML_ELEMENTS` (compared case-insensitively) with its listed attributes, a component one of `COMPONENTS` with its
 * listed props; every value must be literal text, and URLs pass `urlProblem`.
 */
export function elementProblems(name: string, attributes: Attribute[]): string[] {
	const component = isComponentName(name) ? COMPONENTS[name] : undefined;
	const tag = name.toLowerCase();
	const allowed = component
		? component.props
		: isComponentName(name)
			? undefined
			: HTML_ELEMENTS[tag] && [...GLOBAL_ATTRIBUTES, ...HTML_ELEMENTS[tag]];
	if (!allowed) {
		const why = FORBIDDEN_ELEMENTS[tag]
			? `it ${FORBIDDEN_ELEMENTS[tag]}`
			: isComponentName(name)
				? `articles may use only ${Object.keys(COMPONENTS).join(', ')}`
				: 'only the elements listed in src/lib/html-policy.ts are';
		return [`<${name}> is not allowed in an article: ${why}`];
	}
	const problems: string[] = [];
	for (const { name: raw, value } of attributes) {
		const attr = component ? raw : raw.toLowerCase();
		const where = `<${name} ${raw}>`;
		if (!allowed.includes(attr) && !(!component && attr.startsWith('aria-')))
			problems.push(`${where}: ${attributeRefusal(attr.toLowerCase())}`);
		else if (value === null)
			problems.push(`${where}: a {…} expression is not allowed in an article; write the value as literal text`);
		else if (typeof value === 'string' && (NAVIGATES.has(attr) || LOADS.has(attr)))
			for (const url of urlsOf(attr, value)) {
				const problem = urlProblem(url, LOADS.has(attr));
				if (problem) problems.push(`${where}: ${problem}`);
			}
	}
	return problems;
}
