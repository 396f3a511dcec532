import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { htmlFiles } from '../../src/lib/site-links.ts';
import { STARLIGHT_INLINE_SCRIPTS, STYLE_ATTRIBUTES, styleHash } from '../../src/lib/csp.ts';

/** What the CSP of a built page has to cover: its policies, inline scripts and styles, and style attributes. */
function readPage(file: string) {
	const page = {
		policies: [] as string[],
		inline: [] as { tag: string; text: string }[],
		styleAttributes: [] as string[],
	};
	let open: { tag: string; text: string } | undefined;
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy')
					page.policies.push(attrs.content ?? '');
				if ((name === 'script' && attrs.src === undefined) || name === 'style') open = { tag: name, text: '' };
				if (attrs.style !== undefined) page.styleAttributes.push(attrs.style);
			},
			ontext(text) {
				if (open) open.text += text;
			},
			onclosetag(name) {
				if (open && name === open.tag) page.inline.push(open);
				open = undefined;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(readFileSync(file, 'utf8'));
	return page;
}

/** A policy as `directive -> source expressions`. */
const directives = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGES = htmlFiles('dist').map((file) => ({ file, ...readPage(file) }));

describe('the Content-Security-Policy of every built page', () => {
	it.each(PAGES.map((p) => [p.file, p] as const))('%s has exactly one, strict', (_, page) => {
		expect(page.policies).toHaveLength(1);
		const policy = directives(page.policies[0]!);
		expect(policy.get('default-src')).toEqual(["'none'"]);
		const scriptSrc = policy.get('script-src') ?? [];
		// Scripts: this origin and hashes only: no eval, nothing inline without its hash.
		expect(scriptSrc.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toEqual(["'self'"]);
		for (const [name, sources] of policy) {
			expect(sources, name).not.toContain("'unsafe-inline'");
			expect(sources, name).not.toContain("'unsafe-eval'");
			// No other origin anywhere: every source is a keyword, a hash, or `data:` for images.
			expect(
				sources.filter(
					(s) => !/^'[a-z-]+'$|^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/.test(s) && !(name === 'img-src' && s === 'data:'),
				),
				name,
			).toEqual([]);
		}
		expect(policy.get('style-src-attr')?.[0]).toBe("'unsafe-hashes'");
	});

	it.each(PAGES.map((p) => [p.file, p] as const))(
		'%s: every inline script and style has its hash in the policy',
		(_, page) => {
			const policy = directives(page.policies[0]!);
			const allowed = {
				script: policy.get('script-src') ?? [],
				style: policy.get('style-src-elem') ?? policy.get('style-src') ?? [],
			};
			const missing = page.inline.filter(({ tag, text }) => !allowed[tag as 'script' | 'style'].includes(sha256(text)));
			expect(missing.map(({ tag, text }) => `<${tag}> ${sha256(text)}: ${text.trim().slice(0, 80)}`)).toEqual([]);
		},
	);

	it('allows exactly the style attributes the pages carry (src/lib/csp.ts STYLE_ATTRIBUTES)', () => {
		const used = new Set(PAGES.flatMap((p) => p.styleAttributes));
		expect([...used].sort()).toEqual([...STYLE_ATTRIBUTES].sort());
		for (const page of PAGES) {
			const attr = directives(page.policies[0]!).get('style-src-attr') ?? [];
			for (const text of STYLE_ATTRIBUTES) expect(attr, text).toContain(`'${styleHash(text)}'`);
		}
	});

	it('lists no Starlight inline script that no page has', () => {
		const present = new Set(
			PAGES.flatMap((p) => p.inline.filter((i) => i.tag === 'script').map((i) => sha256(i.text))),
		);
		expect(STARLIGHT_INLINE_SCRIPTS.filter((s) => !present.has(`'${s.hash}'`))).toEqual([]);
	});
});
