import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllArticles, type Article } from '../lib/articles.ts';
import { markdownCopy } from '../lib/mdx-to-md.ts';

// One Markdown copy per page of every language, at the page's URL + `.md` (`/docs/en/x.md`, `/docs/ko/x.md`; the home
// pages are `/docs/en.md` and `/docs/ko.md`).
export const getStaticPaths: GetStaticPaths = async () =>
	(await getAllArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
	new Response(markdownCopy(props.article), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
