import type { TableLocale } from '../rules/words/table-words.ts';

// The checkable facts of a text: numbers with a unit and calendar dates, in English or Korean. The prose test checks
// each against the rule data; the pairing test checks that an English page and its Korean page state the same ones.

/** What a number counts. Videos and generations are one kind ("about 303 videos", "영상 약 303개", "3회"). */
export type FactKind = 'credits' | 'generations' | 'seconds' | 'months' | 'years' | 'usd' | 'date';

/** One fact of a text: its kind, its value (a number, or a date as `YYYY-MM-DD`) and the words it was read from. */
export interface Fact {
	kind: FactKind;
	value: number | string;
	text: string;
}

const number = (s: string) => Number(s.replaceAll(',', ''));
const iso = (y: string, m: number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
const NUMBER_WORDS = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Reader {
	date: RegExp;
	isoOf: (m: RegExpMatchArray) => string;
	unit: RegExp;
	kindOf: (unit: string) => FactKind;
	/** A worked example, `joined on X … through Y`: its start and end dates, as written. */
	example: RegExp;
	/** The text with every shortened date range written out in full, so that both of its dates are read. */
	expand: (text: string) => string;
}

const READERS: Record<TableLocale, Reader> = {
	en: {
		date: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b/g,
		isoOf: (m) => iso(m[3]!, MONTHS.indexOf(m[1]!) + 1, m[2]!),
		unit: /(\d[\d,]*(?:\.\d+)?)(?:\s+|-)(?:more\s+)?(credits?|videos?|generations?|seconds?|months?|years?)\b|\$\s?(\d[\d,]*(?:\.\d+)?)/gi,
		kindOf: (u) =>
			({
				credit: 'credits',
				video: 'generations',
				generation: 'generations',
				second: 'seconds',
				month: 'months',
				year: 'years',
			})[u.toLowerCase().replace(/s$/, '')] as FactKind,
		example: /joined on (\w{3} \d{1,2}, \d{4}).*?through (\w{3} \d{1,2}, \d{4})/,
		// A duration spelled out ("six months", "a one-year benefit") is read as its digits ("one generation" is no fact).
		expand: (text) =>
			text.replace(
				/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=(?:\s+|-)(?:months?|years?)\b)/gi,
				(word) => String(NUMBER_WORDS.indexOf(word.toLowerCase()) + 1),
			),
	},
	ko: {
		date: /(\d{4})년 (\d{1,2})월 (\d{1,2})일/g,
		isoOf: (m) => iso(m[1]!, Number(m[2]), m[3]!),
		// 개월 before 개; dates are taken out first, so the 년 of a date is never read as years. `1개당` ("for each") is a
		// unit price's "each", not a count.
		unit: /(\d[\d,]*(?:\.\d+)?)\s*(크레딧|개월|개|회|초|년|달러)(?!당)|\$\s?(\d[\d,]*(?:\.\d+)?)/g,
		kindOf: (u) =>
			({
				크레딧: 'credits',
				개: 'generations',
				회: 'generations',
				초: 'seconds',
				개월: 'months',
				년: 'years',
				달러: 'usd',
			})[u] as FactKind,
		example: /(\d{4}년 \d{1,2}월 \d{1,2}일)에 가입.*?(\d{4}년 \d{1,2}월 \d{1,2}일)까지/,
		// A range as Korean writes it, the year (and the month inside one month) not repeated: "2025년 11월 21일~30일",
		// "2025년 11월 21일~12월 5일".
		expand: (text) =>
			text.replace(
				/(\d{4})년 (\d{1,2})월 (\d{1,2})일\s*~\s*(?:(\d{1,2})월 )?(\d{1,2})일/g,
				(_, y: string, m: string, d: string, m2: string | undefined, d2: string) =>
					`${y}년 ${m}월 ${d}일~${y}년 ${m2 ?? m}월 ${d2}일`,
			),
	},
};

/** Every number with a unit and every date of `text`, in the words of `locale`, in order of kind then place. */
export function factsOf(text: string, locale: TableLocale): Fact[] {
	const r = READERS[locale];
	text = r.expand(text);
	const dates = [...text.matchAll(r.date)].map((m): Fact => ({ kind: 'date', value: r.isoOf(m), text: m[0] }));
	const rest = text.replace(r.date, ' ');
	const numbers = [...rest.matchAll(r.unit)].map((m): Fact =>
		m[3] !== undefined
			? { kind: 'usd', value: number(m[3]), text: m[0] }
			: { kind: r.kindOf(m[2]!), value: number(m[1]!), text: m[0] },
	);
	return [...numbers, ...dates];
}

/** The worked example of `text` (`joined on X … through Y`, `X에 가입 … Y까지`) as two ISO dates, or `undefined`. */
export function exampleOf(text: string, locale: TableLocale): { joined: string; through: string } | undefined {
	const r = READERS[locale];
	const m = r.example.exec(text);
	if (!m) return undefined;
	const [joined, through] = [m[1]!, m[2]!].map((d) => r.isoOf([...d.matchAll(r.date)][0]!));
	return { joined: joined!, through: through! };
}
