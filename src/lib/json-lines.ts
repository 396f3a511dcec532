import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';

/**
 * The 1-based line of the value at `path` in the JSON `text` (e.g. `['sections', 1, 'pages', 0]`), or of the deepest
 * part of the path that exists; 1 when the text is not JSON. For messages of the form `file:line: …`.
 */
export function jsonLine(text: string, path: JSONPath): number {
	const root = parseTree(text);
	if (!root) return 1;
	for (let n = path.length; n >= 0; n--) {
		const node = findNodeAtLocation(root, path.slice(0, n));
		if (node) return text.slice(0, node.offset).split('\n').length;
	}
	return 1;
}

/**
 * The 1-based line of the list item of `text` whose `"id"` (or another `key`) is `id`: `"id": "z-image-from-…"`; 1
 * when none is found. Rule-data messages name items by id; this places them in the file.
 */
export function lineOfId(text: string, id: string, key = 'id'): number {
	const i = text.indexOf(`"${key}": ${JSON.stringify(id)}`);
	return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}
