// Included by the widgets' Astro wrappers: a feature test, then the WebMCP tools only where the browser has the API.
// The import is left to the browser (not bundled by Vite), so browsers without WebMCP download nothing more and the
// islands' chunks are the same as without it.
type WithModelContext = { modelContext?: import('./webmcp.ts').ModelContext };
const context = (document as WithModelContext).modelContext ?? (navigator as WithModelContext).modelContext;
if (context)
	import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}agents/webmcp.js`)
		.then((m: typeof import('./webmcp.ts')) => m.registerRuleTools(context))
		.catch((e) => console.error('WebMCP tools:', e));
