/**
 * Synthetic help articles for the scale benchmark: each has a description, three H2 headings, an Aside, a GFM table
 * and two links to other generated articles (one to a page, one to a heading), so the build renders, converts and
 * link-checks them as it does real articles.
 */

/** Folder under `content/docs/en/` the generated articles go to, and their slug prefix. */
export const BENCH_DIR = 'bench';

/** The slug (without `en/`) of generated article `i`, e.g. `bench/article-0042`. */
export const benchSlug = (i: number) => `${BENCH_DIR}/article-${String(i).padStart(4, '0')}`;

/** The MDX text of generated article `i` of `n` (0 ≤ i < n). */
export function benchArticle(i: number, n: number): string {
	const next = benchSlug((i + 1) % n);
	const previous = benchSlug((i + n - 1) % n);
	return `---
title: Synthetic article ${i + 1}
description: A generated article (${i + 1} of ${n}) for the scale benchmark, shaped like a real help article.
---
import { Aside } from '@astrojs/starlight/components';

Carat gives every plan a monthly amount of credits. This article explains how generation ${i + 1} spends them, which
models are unlimited on which plan, and where to check your balance before you start a long video.

## Credits and plans

Credits are deducted when a generation starts, not when it finishes. A failed generation returns its credits within a
few minutes. For the next step, read [synthetic article ${((i + 1) % n) + 1}](/docs/en/${next}/).

<Aside type="tip" title="Good to know">
Unlimited models still count toward the **fair use** limit of your plan. Check *My Credits* for the current total.
</Aside>

## Models and costs

| Model | Plan | Credits per generation |
| --- | --- | --- |
| Image model ${i % 7} | Plus | ${10 + (i % 5)} |
| Video model ${i % 11} | Premium | ${30 + (i % 9)} |
| Upscaler | All plans | 4 |

## What to do next

If the table does not match what the app shows, compare it with
[the costs in synthetic article ${((i + n - 1) % n) + 1}](/docs/en/${previous}/#models-and-costs) and contact support.
`;
}
