import { SITE } from '../rules/schema/links.ts';

/** An "Open in …" link: the assistant's label and a URL that asks it to read the page's Markdown copy. */
export interface AssistantLink {
	label: string;
	href: string;
}

/** The prompt sent to an assistant: read the Markdown copy (absolute URL), then answer questions about it. */
export const assistantPrompt = (markdownUrl: string) => `Read ${markdownUrl} so I can ask questions about it.`;

/**
 * "Open in ChatGPT" and "Open in Claude" (or `labels` in the page's language) for a page whose Markdown copy is at
 * `markdownPath` (`/docs/en/x.md`):
 * each opens a new chat with `assistantPrompt` of the absolute `.md` URL filled in.
 */
export function assistantLinks(
	markdownPath: string,
	labels = { chatgpt: 'Open in ChatGPT', claude: 'Open in Claude' },
): AssistantLink[] {
	const q = encodeURIComponent(assistantPrompt(`${SITE}${markdownPath}`));
	return [
		{ label: labels.chatgpt, href: `https://chatgpt.com/?hints=search&q=${q}` },
		{ label: labels.claude, href: `https://claude.ai/new?q=${q}` },
	];
}
