import { describe, expect, it } from 'vitest';
import { localeOf } from './locales.ts';

describe('localeOf', () => {
	it.each([
		{ path: 'ko/troubleshooting/x', expected: 'ko' },
		{ path: 'en', expected: 'en' },
		{ path: 'content/docs/ko/tools/x.mdx', expected: 'ko' },
		{ path: '/tmp/copy/content/docs/en/x.mdx', expected: 'en' },
		{ path: '/docs/ko/', expected: 'ko' },
		{ path: '/docs/ko.md', expected: 'ko' },
		{ path: 'ko/llms-full.txt', expected: 'ko' },
		{ path: '/docs/llms-full.txt', expected: undefined },
		{ path: '/docs/', expected: undefined },
		{ path: '404', expected: undefined },
		{ path: 'constructor/x', expected: undefined },
	])('$path -> $expected', ({ path, expected }) => {
		expect(localeOf(path)).toBe(expected);
	});
});
