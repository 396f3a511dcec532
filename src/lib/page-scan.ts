import { Parser } from 'htmlparser2';

/** What some HTML holds: the `href` of every `<a>` and `<area>`, and every element `id`. */
export interface PageScan {
	hrefs: string[];
	ids: Set<string>;
}

/** Reads HTML with htmlparser2 (entities decoded, names lower-cased). */
export function scanPage(html: string): PageScan {
	return scanParts([html]).scan;
}

/**
 * Scans `parts` as one document (htmlparser2 reads them in order, as a stream) and notes whether a tag named
 * `watch.name` opened (`'open'`) or closed (`'close'`, not implied by another tag) exactly at character offset
 * `watch.at` of the whole.
 */
function scanParts(
	parts: string[],
	watch?: { name: string; at: number; event: 'open' | 'close' },
): { scan: PageScan; seen: boolean } {
	const scan: PageScan = { hrefs: [], ids: new Set() };
	let seen = false;
	const parser: Parser = new Parser({
		onopentag(name, attrs) {
			if (attrs.id) scan.ids.add(attrs.id);
			if ((name === 'a' || name === 'area') && attrs.href !== undefined) scan.hrefs.push(attrs.href);
			if (watch?.event === 'open' && name === watch.name && parser.startIndex === watch.at) seen = true;
		},
		onclosetag(name, isImplied) {
			if (watch?.event === 'close' && !isImplied && name === watch.name && parser.startIndex === watch.at) seen = true;
		},
	});
	for (const part of parts) parser.write(part);
	parser.end();
	return { scan, seen };
}

/** One element repeated on many pages (Starlight's sidebar), scanned once for all of them. */
export interface SharedBlock {
	/** Links and ids inside the element. */
	scan: PageScan;
	/** Built pages that carry it, in the order they were scanned. */
	pages: string[];
}

/** A scanned page: links and ids of its own, and the shared element it carries, if any. */
export interface ScannedPage {
	own: PageScan;
	shared?: SharedBlock;
}

/** An attribute that marks the current page in a navigation and changes neither a link nor an id. */
const CURRENT = Buffer.from(' aria-current="page"');

/** `bytes` without any `CURRENT` attribute (the same buffer when there is none). */
function withoutCurrent(bytes: Buffer): Buffer {
	const pieces: Buffer[] = [];
	let from = 0;
	for (let at = bytes.indexOf(CURRENT); at >= 0; at = bytes.indexOf(CURRENT, from)) {
		pieces.push(bytes.subarray(from, at));
		from = at + CURRENT.length;
	}
	return from === 0 ? bytes : Buffer.concat([...pieces, bytes.subarray(from)]);
}

/**
 * Scans the pages of a built site, reading an element that repeats on many pages only once: Starlight writes the
 * whole sidebar (`<sl-sidebar-state-persist>`, most of each page's bytes at a thousand pages) into every page, the
 * same but for `aria-current="page"` on the current entry. The element's first occurrence on a page, from its
 * opening tag up to its closing tag, is compared byte for byte (without `aria-current="page"`) with the ones already
 * read; an equal one has the same links and ids, so only the rest of the page is parsed.
 *
 * Nothing is skipped unchecked: the element is cut out only when htmlparser2 confirms that it is one (its opening
 * tag parses as a tag where the cut is, and its content ends outside any tag, comment or script, so that its
 * closing tag closes it); otherwise the whole page is parsed. Cost: linear in the bytes read, each distinct copy of
 * the element parsed once.
 */
export class SiteScanner {
	readonly #name: string;
	readonly #open: Buffer;
	readonly #close: Buffer;
	/** Copies of the element read so far, by byte length, each with its scan (`undefined` when it cannot be cut out). */
	readonly #blocks = new Map<number, { bytes: Buffer; block: SharedBlock | undefined }[]>();

	/** `element`: the tag name of the repeated element, lower case (e.g. `sl-sidebar-state-persist`). */
	constructor(element: string) {
		this.#name = element;
		this.#open = Buffer.from(`<${element}`);
		this.#close = Buffer.from(`</${element}>`);
	}

	/** Scans one page (`html`: its bytes, UTF-8), naming it `page` in `SharedBlock.pages`. */
	scan(page: string, html: Buffer): ScannedPage {
		const start = html.indexOf(this.#open);
		const end = start < 0 ? -1 : html.indexOf(this.#close, start);
		const block = end < 0 ? undefined : this.#block(withoutCurrent(html.subarray(start, end)));
		if (block) {
			const before = html.toString('utf8', 0, start);
			// The element's own opening tag stands in for it, so that its closing tag (in `after`) still closes it.
			const rest = scanParts([before, `<${this.#name}>`, html.toString('utf8', end)], {
				name: this.#name,
				at: before.length,
				event: 'open',
			});
			if (rest.seen) {
				block.pages.push(page);
				return { own: rest.scan, shared: block };
			}
		}
		return { own: scanPage(html.toString('utf8')) };
	}

	/** The shared block for these bytes (opening tag to closing tag, exclusive), read once; `undefined` when not one. */
	#block(bytes: Buffer): SharedBlock | undefined {
		const known = this.#blocks.get(bytes.length) ?? [];
		const found = known.find((k) => k.bytes.equals(bytes));
		if (found) return found.block;
		const text = bytes.toString('utf8');
		const { scan, seen } = scanParts([text, `</${this.#name}>`], { name: this.#name, at: text.length, event: 'close' });
		const block = seen ? { scan, pages: [] } : undefined;
		this.#blocks.set(bytes.length, [...known, { bytes: Buffer.from(bytes), block }]);
		return block;
	}
}
