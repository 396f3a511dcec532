import { describe, expect, it } from 'vitest';
import { searchKeywords } from './search-keywords.ts';

describe('searchKeywords', () => {
	it.each([
		{ name: 'none without a label or keywords', input: { title: '크레딧 계산기' }, expected: undefined },
		{
			name: 'none when the label is the title',
			input: { title: 'Plus FAQ', sidebar: { label: 'Plus FAQ' } },
			expected: undefined,
		},
		{
			name: 'the sidebar label when it differs',
			input: { title: '무제한 프로모션 중인데 크레딧이 차감돼요', sidebar: { label: '무제한인데 크레딧이 차감돼요' } },
			expected: '무제한인데 크레딧이 차감돼요',
		},
		{
			name: 'label, then keywords, each word once',
			input: { title: 'T', sidebar: { label: '크레딧이 부족해요' }, keywords: ['크레딧이 없어요', '부족해요'] },
			expected: '크레딧이 부족해요 없어요',
		},
		{ name: 'keywords alone', input: { title: 'T', keywords: [' 배경음악이  '] }, expected: '배경음악이' },
	])('$name', ({ input, expected }) => {
		expect(searchKeywords(input)).toBe(expected);
	});
});
