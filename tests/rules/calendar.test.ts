import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, lastDayOfYears } from '../../src/rules/schema/calendar.ts';
import { isCalendarDate, today } from '../../src/rules/schema/day.ts';
import { checkEligibility, formatDate } from '../../src/rules/index.ts';
import { formatRangeKo } from '../../src/rules/words/dates.ts';

describe('lastDayOfYears: a benefit of N years lasts through the day before the Nth anniversary', () => {
	it.each([
		{ start: '2026-03-10', years: 1, last: '2027-03-09' },
		{ start: '2026-02-25', years: 1, last: '2027-02-24' },
		{ start: '2026-01-01', years: 1, last: '2026-12-31' },
		{ start: '2028-02-29', years: 1, last: '2029-02-28' },
		{ start: '2028-02-29', years: 4, last: '2032-02-28' },
		{ start: '2027-03-01', years: 1, last: '2028-02-29' },
		{ start: '2026-12-31', years: 2, last: '2028-12-30' },
	])('$start + $years → through $last', ({ start, years, last }) => {
		expect(lastDayOfYears(start, years)).toBe(last);
	});
	it('never gives a year of fewer than 365 days, from any start day of 2024–2031', () => {
		for (let day = '2024-01-01'; day < '2032-01-01'; day = addDays(day, 1)) {
			const last = lastDayOfYears(day, 1);
			const days = (Date.parse(last) - Date.parse(day)) / 86_400_000 + 1;
			expect(days === 365 || days === 366, `${day} → ${last}: ${days} days`).toBe(true);
		}
	});
});

describe('calendar days', () => {
	it.each([
		['2026-02-28', true],
		['2026-02-29', false],
		['2028-02-29', true],
		['2026-13-01', false],
		['0002-01-01', true],
		['2026-1-01', false],
	])('isCalendarDate(%s) is %s', (value, ok) => {
		expect(isCalendarDate(value)).toBe(ok);
	});
	it.each(['2019-12-31', '2100-01-01', '0202-03-10'])(
		'a date outside 2020–2099 (%s) is refused with the field named',
		(joined) => {
			expect(() =>
				checkEligibility({ plan: 'plus', billing: 'monthly', joined, model: 'midjourney', asOf: '2026-11-22' }),
			).toThrow(`Signup date: "${joined}" is outside Jan 1, 2020 to Dec 31, 2099`);
		},
	);
});

// "Today" is the reader's own calendar day. Each zone is tried just after its local midnight, when its date and
// the UTC date differ.
describe.each([
	{ zone: 'Asia/Seoul', now: '2027-03-09T15:30:00Z', localDay: '2027-03-10', carat: 'credits', until: undefined },
	{
		zone: 'America/Los_Angeles',
		now: '2027-03-10T07:30:00Z',
		localDay: '2027-03-09',
		carat: 'unlimited',
		until: '2027-03-09',
	},
])('in $zone at $now (local day $localDay)', ({ zone, now, localDay, carat, until }) => {
	const saved = process.env.TZ;
	beforeAll(() => {
		process.env.TZ = zone;
	});
	afterAll(() => {
		process.env.TZ = saved;
	});
	afterEach(() => vi.useRealTimers());
	const at = () => vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });

	it('today() is the local calendar day, not the UTC one', () => {
		at();
		expect(new Date().toISOString().slice(0, 10)).not.toBe(localDay);
		expect(today()).toBe(localDay);
	});
	it(`Premium monthly joined 2026-03-10, Carat Video image-based, asked today → ${carat}`, () => {
		at();
		const v = checkEligibility({
			plan: 'premium',
			billing: 'monthly',
			joined: '2026-03-10',
			model: 'carat-video',
			method: 'image-to-video',
		});
		expect([v.status, v.unlimitedUntil, v.query.asOf]).toEqual([carat, until, localDay]);
	});
	it('a signup on the local today is accepted, and one on the next day is refused', () => {
		at();
		expect(checkEligibility({ plan: 'plus', billing: 'monthly', joined: localDay, model: 'grok-imagine' }).status).toBe(
			'unlimited',
		);
		expect(() =>
			checkEligibility({ plan: 'plus', billing: 'monthly', joined: addDays(localDay, 1), model: 'grok-imagine' }),
		).toThrow(`is after today, ${formatDate(localDay)}`);
	});
});

describe('formatRangeKo: a Korean range leaves out what the second day repeats', () => {
	it.each([
		['2025-11-21', '2025-11-30', '2025년 11월 21일~30일'],
		['2025-11-21', '2025-12-05', '2025년 11월 21일~12월 5일'],
		['2025-12-21', '2026-01-05', '2025년 12월 21일~2026년 1월 5일'],
	])('%s .. %s -> %s', (from, through, expected) => {
		expect(formatRangeKo(from, through)).toBe(expected);
	});
});
