import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markdownPath } from './lib/markdown-path.ts';
import { localeOf } from './lib/locales.ts';
import { FEED_WORDS, feedPath } from './lib/change-feed.ts';

// Every HTML page announces its Markdown copy, so crawlers and assistants can fetch the article without the chrome.
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Every article written in a locale has a Markdown copy (src/pages/[...slug].md.ts); the 404 page has none.
	const locale = localeOf(route.id);
	if (!locale) return;
	// And the change log of the rules as an RSS feed in the page's language (`/docs/ko/changes.rss`).
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'application/rss+xml', title: FEED_WORDS[locale].title, href: feedPath(locale) },
	});
	// A page not translated yet (Starlight's fallback) shows the English text: it announces the English copy.
	route.head.push({
		tag: 'link',
		attrs: {
			rel: 'alternate',
			type: 'text/markdown',
			href: markdownPath(route.isFallback ? route.entry.id : route.id),
		},
	});
});
