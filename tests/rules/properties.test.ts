import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkEligibility,
	InputError,
	inputProblems,
	inputSchema,
	FIELD_LABELS,
	STATUSES,
	rules,
} from '../../src/rules/index.ts';
import { addDays as addDaysForTests } from '../../src/rules/schema/calendar.ts';

const {
	agent: AGENTS,
	billing: BILLING_CYCLES,
	method: METHODS,
	model: MODEL_IDS,
	plan: PLAN_IDS,
	resolution: RESOLUTIONS,
} = rules.vocabulary;
const EligibilityQuery = inputSchema(rules.vocabulary, 'eligibility');
const EstimateInput = inputSchema(rules.vocabulary, 'estimate');

const day = fc.integer({ min: 0, max: 365 * 5 }).map((n) => addDaysForTests('2024-01-01', n));
const validQuery = fc
	.record({
		plan: fc.constantFrom(...PLAN_IDS),
		billing: fc.constantFrom(...BILLING_CYCLES),
		model: fc.constantFrom(...MODEL_IDS),
		joined: day,
		wait: fc.integer({ min: 0, max: 900 }),
		resolution: fc.option(fc.constantFrom(...RESOLUTIONS), { nil: undefined }),
		method: fc.option(fc.constantFrom(...METHODS), { nil: undefined }),
		agent: fc.option(fc.constantFrom(...AGENTS), { nil: undefined }),
	})
	.map(({ wait, resolution, method, agent, ...q }) => ({
		...q,
		asOf: addDaysForTests(q.joined, wait),
		...(resolution && { resolution }),
		...(method && { method }),
		...(agent && { agent }),
	}));

describe('checkEligibility properties', () => {
	it('gives a verdict for any valid query and never throws', () => {
		fc.assert(
			fc.property(validQuery, (q) => {
				const v = checkEligibility(q);
				expect(STATUSES).toContain(v.status);
				expect(v.reasons.length).toBeGreaterThan(0);
				if (v.unlimitedUntil) expect(v.unlimitedUntil >= q.asOf).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	const notIn = (values: readonly string[]) => fc.string({ maxLength: 12 }).filter((s) => !values.includes(s));
	const invalid = fc.oneof(
		fc.record({ field: fc.constant('plan'), value: notIn(PLAN_IDS) as fc.Arbitrary<unknown> }),
		fc.record({ field: fc.constant('billing'), value: notIn(BILLING_CYCLES) as fc.Arbitrary<unknown> }),
		fc.record({ field: fc.constant('model'), value: notIn(MODEL_IDS) as fc.Arbitrary<unknown> }),
		fc.record({ field: fc.constant('resolution'), value: notIn(RESOLUTIONS) as fc.Arbitrary<unknown> }),
		fc.record({
			field: fc.constant('joined'),
			value: fc.constantFrom('2026-02-30', '2025-13-01', '2026-2-3', 'yesterday', 20260101) as fc.Arbitrary<unknown>,
		}),
		fc.record({
			field: fc.constant('asOf'),
			value: fc.constantFrom(
				'2026-04-31',
				'2026/05/01',
				'',
				'2019-12-31',
				'2100-01-01',
				'0202-03-10',
			) as fc.Arbitrary<unknown>,
		}),
	);

	it('throws an InputError naming the field by its label for any invalid value', () => {
		fc.assert(
			fc.property(validQuery, invalid, (q, { field, value }) => {
				let error: unknown;
				try {
					checkEligibility({ ...q, [field]: value } as never);
				} catch (e) {
					error = e;
				}
				expect(error).toBeInstanceOf(InputError);
				const { problems, message } = error as InputError;
				expect(problems.some((p) => p.path[0] === field)).toBe(true);
				expect(message).toMatch(new RegExp(`^${FIELD_LABELS[field as keyof typeof FIELD_LABELS]}: `, 'm'));
			}),
			{ numRuns: 1000 },
		);
	});

	it('rejects a signup date after the as-of date, naming joined', () => {
		fc.assert(
			fc.property(validQuery, fc.integer({ min: 1, max: 500 }), (q, later) => {
				expect(() => checkEligibility({ ...q, joined: addDaysForTests(q.asOf, later) })).toThrow(
					/Signup date: .* is after the As of date, /,
				);
			}),
			{ numRuns: 300 },
		);
	});
});

// Agents read the JSON Schema generated from the zod schemas; inputs are checked by `inputProblems`. Both come from
// the same field descriptions: an input the schema admits must be one the validator accepts, and the reverse, field
// by field (the signup date after the as-of date is the validator's alone: JSON Schema cannot compare two fields).
describe('the JSON Schema agents read and the validator agree', () => {
	const fields = (issues: { path: PropertyKey[] }[]) => [...new Set(issues.map((i) => i.path.join('.')))].sort();
	const anyValue = fc.oneof(
		fc.constantFrom<unknown>(
			undefined,
			'',
			'2026-02-30',
			'2026-01-01',
			'plus',
			'annual',
			'carat-video',
			'4K',
			'agent-2.0',
			0,
			3,
			-1,
			2.5,
			null,
		),
		fc.string({ maxLength: 8 }),
	);
	const maybeBroken = <T extends object>(valid: fc.Arbitrary<T>, keys: string[]) =>
		fc
			.tuple(valid, fc.option(fc.tuple(fc.constantFrom(...keys), anyValue), { nil: undefined }))
			.map(([v, broken]) => (broken ? { ...v, [broken[0]]: broken[1] } : v));

	it('on eligibility queries', () => {
		const keys = ['plan', 'billing', 'joined', 'model', 'resolution', 'method', 'agent', 'asOf'];
		fc.assert(
			fc.property(maybeBroken(validQuery, keys), (input) => {
				const zod = EligibilityQuery.safeParse(input);
				const plain = inputProblems(rules, 'eligibility', input).filter((p) => p.kind !== 'joinedAfterAsOf');
				expect(fields(plain)).toEqual(zod.success ? [] : fields(zod.error.issues));
			}),
			{ numRuns: 1500 },
		);
	});

	it('on estimate inputs', () => {
		const line = fc.record({ model: fc.constantFrom(...MODEL_IDS), count: fc.integer({ min: 1, max: 500 }) });
		const valid = fc
			.tuple(validQuery, fc.array(line, { maxLength: 3 }))
			.map(([{ plan, billing, joined, asOf }, lines]) => ({ plan, billing, joined, asOf, lines }));
		const broken = fc
			.tuple(valid, fc.constantFrom('count', 'model', 'cost'), anyValue)
			.map(([v, key, value]) =>
				v.lines.length
					? { ...v, lines: [{ ...v.lines[0]!, [key]: value }, ...v.lines.slice(1)] }
					: { ...v, balance: value },
			);
		fc.assert(
			fc.property(fc.oneof(valid, broken), (input) => {
				const zod = EstimateInput.safeParse(input);
				const plain = inputProblems(rules, 'estimate', input).filter((p) => p.kind !== 'joinedAfterAsOf');
				expect(fields(plain)).toEqual(zod.success ? [] : fields(zod.error.issues));
			}),
			{ numRuns: 1500 },
		);
	});
});
