import type { HastPluginDefinition } from 'satteri';

/**
 * Keeps table header rows out of the search index: a Sätteri hast plugin that marks every `<thead>` of a page with
 * `data-pagefind-ignore`, so that result snippets quote the answer ("Seedream 4.0 | Premium / Max / Pro members…"),
 * not the header ("Model Who Result").
 */
export const searchIgnoreTableHeaders = (): HastPluginDefinition => ({
	name: 'carat-help:search-ignore-table-headers',
	element: { filter: ['thead'], visit: (node, ctx) => ctx.setProperty(node, 'dataPagefindIgnore', '') },
});
