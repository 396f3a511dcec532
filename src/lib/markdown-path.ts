/**
 * Site path of the Markdown copy of a docs entry: `en/troubleshooting/x` -> `/docs/en/troubleshooting/x.md`, `en` ->
 * `/docs/en.md`.
 */
export function markdownPath(entryId: string): string {
	return `/docs/${entryId.replace(/\/index$/, '')}.md`;
}
