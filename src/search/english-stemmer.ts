import porter2 from 'wink-porter2-stemmer';
import type { Stemmer } from './analyzer.ts';

/**
 * English stemming as Pagefind does it (the Snowball English stemmer, Porter2): `deducted` → `deduct`, `credits` →
 * `credit`. For the Node side (search_docs); the site's dialog leaves stemming to Pagefind, which stems the query
 * with the same algorithm.
 */
export const stemEnglish: Stemmer = (word) => porter2(word);
