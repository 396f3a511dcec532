import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../lib/articles.ts';
import { markdownCopy } from '../lib/mdx-to-md.ts';

// One Markdown copy per page, at the page's URL + `.md` (`/docs/en/x.md`; the home page is `/docs/en.md`).
export const getStaticPaths: GetStaticPaths = async () =>
	(await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
	new Response(markdownCopy(props.article), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
