import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markdownPath } from './lib/markdown-path.ts';

// Every HTML page announces its Markdown copy, so crawlers and assistants can fetch the article without the chrome.
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Only the English articles have a Markdown copy (src/pages/[...slug].md.ts); the 404 page has none.
	if (route.id !== 'en' && !route.id.startsWith('en/')) return;
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'text/markdown', href: markdownPath(route.id) },
	});
});
