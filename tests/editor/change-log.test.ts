import { describe, expect, it } from 'vitest';
import { gitCopyOfContent } from './git-copy.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ruleChanges, rulesDiff } from '../../src/rules/checks/diff.ts';
import { canonicalJson, staleChangeLog, validateChangeLog } from '../../src/rules/checks/changes.ts';
import { draftEntry } from '../../src/rules/checks/draft.ts';
import { validateRuleData, RuleDataError } from '../../src/rules/checks/validate.ts';
import { CHANGE_WORDS } from '../../src/rules/words/change-words.ts';
import { readRuleTexts } from '../../src/lib/rule-files.ts';
import { checkChangeLog, ruleFingerprint } from '../../src/lib/change-log.ts';
import type { RuleFiles } from './examples.ts';

// The change log of the rules (issue 17) and what rules:diff reports (issue 20): on copies of the live data, since the
// Korean names and units are the live data's. The values changed are examples, never the site's rules.

type Json = Record<string, any>;
const live = () =>
	Object.fromEntries(Object.entries(readRuleTexts()).map(([f, t]) => [f, JSON.parse(t!)])) as RuleFiles;
const before = validateRuleData(live());
const edited = (edit: (f: RuleFiles) => void) => {
	const files = live();
	edit(files);
	return validateRuleData(files);
};
const FP = `sha256:${'0'.repeat(64)}`;
const entry = (over: Json = {}) => ({
	id: '2026-11-22-sources',
	date: '2026-11-22',
	summary: { en: 'The rules as the sources give them.', ko: '문서에 나온 그대로의 규칙이에요.' },
	rules: [],
	fingerprint: FP,
	...over,
});
const problems = (log: unknown) => {
	try {
		validateChangeLog(log, before);
		return [];
	} catch (e) {
		if (!(e instanceof RuleDataError)) throw e;
		return e.problems;
	}
};

describe('the change log: bad input fails naming the file and the entry', () => {
	it('accepts the committed log, whose last entry is the committed data', () => {
		expect(checkChangeLog('.').length).toBeGreaterThan(0);
	});
	it.each([
		{
			name: 'an entry without a Korean summary',
			log: { changes: [entry(), entry({ id: '2026-12-01-z-image', date: '2026-12-01', summary: { en: 'x' } })] },
			says: 'content/rules/changes.json: changes[1] (2026-12-01-z-image).summary.ko: missing (expected string)',
		},
		{
			name: 'an unknown rule id',
			log: { changes: [entry({ rules: ['z-imag'] })] },
			says: 'content/rules/changes.json: changes[0] (2026-11-22-sources).rules: unknown rule id "z-imag"',
		},
		{
			name: 'a date before the previous entry',
			log: { changes: [entry(), entry({ id: '2026-11-01-x', date: '2026-11-01' })] },
			says: "content/rules/changes.json: changes[1] (2026-11-01-x).date: 2026-11-01 is before the previous entry's date, 2026-11-22 (2026-11-22-sources)",
		},
		{
			name: 'an id given twice',
			log: { changes: [entry(), entry()] },
			says: 'content/rules/changes.json: changes[1] (2026-11-22-sources).id: "2026-11-22-sources" appears twice',
		},
		{
			name: 'a fingerprint that is no SHA-256',
			log: { changes: [entry({ fingerprint: 'abc' })] },
			says: 'content/rules/changes.json: changes[0] (2026-11-22-sources).fingerprint: "abc" is not "sha256:" + 64 hex digits',
		},
		{
			name: 'a customer the checker would refuse',
			log: {
				changes: [entry({ customer: { plan: 'gold', billing: 'monthly', joined: '2026-01-01', model: 'z-image' } })],
			},
			says: 'content/rules/changes.json: changes[0] (2026-11-22-sources).customer: Plan: "gold" is not one of',
		},
		{ name: 'an empty log', log: { changes: [] }, says: 'content/rules/changes.json: changes: ' },
	])('$name', ({ log, says }) => {
		expect(problems(log)).toEqual([expect.stringContaining(says)]);
	});

	it('names the command to run when the data differs from the last entry', () => {
		const message = staleChangeLog([entry()] as never, `sha256:${'1'.repeat(64)}`);
		expect(message).toContain('content/rules/changes.json: the rule data differs from the last entry');
		expect(message).toContain('(2026-11-22-sources');
		expect(message).toContain('npm run rules:diff -- --write');
		expect(staleChangeLog([entry()] as never, FP)).toBeUndefined();
	});
});

describe('the fingerprint', () => {
	it('ignores key order and whitespace, and changes with any value', () => {
		const files = live();
		const reverse = (v: unknown): unknown =>
			Array.isArray(v)
				? v.map(reverse)
				: v && typeof v === 'object'
					? Object.fromEntries(
							Object.entries(v)
								.reverse()
								.map(([k, x]) => [k, reverse(x)]),
						)
					: v;
		const reordered = reverse(files) as RuleFiles;
		expect(Object.keys(reordered)[0]).toBe('notes.json');
		expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
		expect(ruleFingerprint(files)).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(ruleFingerprint(reordered)).toBe(ruleFingerprint(files));
		const changed = live();
		changed['credits.json'].costs[0].credits = 30;
		expect(ruleFingerprint(changed)).not.toBe(ruleFingerprint(files));
	});
});

const cost = (f: RuleFiles) => f['credits.json'].costs.find((c: Json) => c.id === 'carat-video-plus-5s');
const CASES: { name: string; edit: (f: RuleFiles) => void; en: string[]; ko: string[] }[] = [
	{
		// The tester's case: "No verdict changes since HEAD" for a price change.
		name: 'Carat Video on Plus goes from about 33 to about 30 credits',
		edit: (f) => void (cost(f).credits = 30),
		en: [
			'Carat Video (LTX) · Plus · cost: about 33 credits per 5-second video → about 30 credits per 5-second video (carat-video-plus-5s)',
		],
		ko: [
			'Carat Video (LTX) · Plus · 비용: 5초 영상 1개당 약 33크레딧 → 5초 영상 1개당 약 30크레딧 (carat-video-plus-5s)',
		],
	},
	{
		name: 'a new model with a 20-credit cost on Pro',
		edit: (f) => {
			const midjourney = f['models.json'].models.find((m: Json) => m.id === 'midjourney');
			f['models.json'].models.push({ id: 'imagen-9', name: 'Imagen 9', kind: 'image', default: midjourney.default });
			f['credits.json'].costs.push({
				...structuredClone(cost(f)),
				id: 'imagen-9-pro',
				model: 'imagen-9',
				plans: ['pro'],
				credits: 20,
				approximate: false,
				per: 'image',
				perNames: { ko: '이미지' },
			});
		},
		en: [
			'Imagen 9 · all plans · any signup date: Not listed → Uses credits (none → default)',
			'Imagen 9 · Pro · cost: no published cost → 20 credits per image (imagen-9-pro)',
		],
		ko: [
			'Imagen 9 · 모든 요금제 · 가입일 무관: 목록에 없음 → 크레딧 사용 (none → default)',
			'Imagen 9 · Pro · 비용: 공개된 비용 없음 → 이미지 1개당 20크레딧 (imagen-9-pro)',
		],
	},
	{
		name: 'a note reworded in both languages',
		edit: (f) => {
			const note = f['notes.json'].notes.find((n: Json) => n.id === 'nanobanana-2-is-separate');
			note.text = 'Nanobanana 2 is not Nanobanana (base).';
			note.texts = { ko: 'Nanobanana 2는 Nanobanana (기본)가 아니에요.' };
		},
		en: [
			'Note changed: “Nanobanana 2 is a separate model from Nanobanana (base); by default it uses credits.” → “Nanobanana 2 is not Nanobanana (base).” (nanobanana-2-is-separate)',
		],
		ko: [
			expect.stringMatching(
				/^유의 사항 변경: “.+” → “Nanobanana 2는 Nanobanana \(기본\)가 아니에요\.” \(nanobanana-2-is-separate\)$/,
			),
		],
	},
	{
		name: 'a note whose Korean text alone changed',
		edit: (f) => {
			const note = f['notes.json'].notes.find((n: Json) => n.id === 'nanobanana-2-is-separate');
			note.texts = { ko: 'Nanobanana 2는 다른 모델이에요.' };
		},
		en: [
			expect.stringMatching(
				/^Note changed \(Korean text\): “.+” → “Nanobanana 2는 다른 모델이에요\.” \(nanobanana-2-is-separate\)$/,
			),
		],
		ko: [
			expect.stringMatching(/^유의 사항 변경: “.+” → “Nanobanana 2는 다른 모델이에요\.” \(nanobanana-2-is-separate\)$/),
		],
	},
	{
		name: 'a model renamed, in English and in Korean',
		edit: (f) => {
			const m = f['models.json'].models.find((x: Json) => x.id === 'lip-sync');
			m.name = 'Lip-sync';
			m.names = { ko: '입모양 맞추기' };
		},
		en: ['Model name: Lip sync → Lip-sync (lip-sync)', 'Model Korean name: 립싱크 → 입모양 맞추기 (lip-sync)'],
		ko: ['모델 이름: Lip sync → Lip-sync (lip-sync)', '모델 한국어 이름: 립싱크 → 입모양 맞추기 (lip-sync)'],
	},
	{
		name: 'a limit and a price',
		edit: (f) => {
			f['credits.json'].limits.maxVideoSeconds.value = 20;
			f['credits.json'].prices[0].usd = 25;
		},
		en: [
			'Longest video one generation makes: 15 seconds → 20 seconds',
			'Plus price, monthly billing: $29 a month → $25 a month',
		],
		ko: ['한 번에 만들 수 있는 영상 길이: 15초 → 20초', 'Plus 월간 결제 요금: 월 $29 → 월 $25'],
	},
	{
		name: 'any other field a customer reads in rules.json (a source section)',
		edit: (f) => void (cost(f).source.anchor = 'how-many-videos-a-month'),
		en: [
			'credits.costs[carat-video-plus-5s].source.anchor: "credits-per-model" → "how-many-videos-a-month" (carat-video-plus-5s)',
		],
		ko: [
			'credits.costs[carat-video-plus-5s].source.anchor: "credits-per-model" → "how-many-videos-a-month" (carat-video-plus-5s)',
		],
	},
	{ name: 'only a checked date', edit: (f) => void (cost(f).checked = '2026-12-01'), en: [], ko: [] },
];

describe('rules:diff reports every customer-visible change, in English and Korean', () => {
	it.each(CASES)('$name', ({ edit, en, ko }) => {
		const after = edited(edit);
		expect(rulesDiff(before, after)).toEqual(en);
		expect(ruleChanges(before, after).map((c) => CHANGE_WORDS.ko.line({ before, after }, c, true))).toEqual(ko);
	});
});

describe('the drafted entry', () => {
	it('summarises the change in both languages, names the rules, a customer and the fingerprint', () => {
		const after = edited(CASES[0]!.edit);
		const draft = draftEntry(before, after, ruleChanges(before, after), {
			date: '2026-12-02',
			fingerprint: FP,
			log: [entry()] as never,
		});
		expect(draft).toEqual({
			id: '2026-12-02-carat-video-plus-5s',
			date: '2026-12-02',
			summary: {
				en: 'Carat Video (LTX) · Plus · cost: about 33 credits per 5-second video → about 30 credits per 5-second video.',
				ko: 'Carat Video (LTX) · Plus · 비용: 5초 영상 1개당 약 33크레딧 → 5초 영상 1개당 약 30크레딧.',
			},
			rules: ['carat-video-plus-5s', 'carat-video'],
			customer: { plan: 'plus', billing: 'monthly', joined: '2026-12-02', model: 'carat-video' },
			fingerprint: FP,
		});
		expect(validateChangeLog({ changes: [entry(), draft] }, after)).toHaveLength(2);
	});
	it('picks a signup date inside the changed range for a promotion that ends', () => {
		const after = edited((f) => {
			f['grants.json'].grants.find((g: Json) => g.id === 'z-image-from-2025-12-17').joined.through = '2026-11-30';
		});
		const draft = draftEntry(before, after, ruleChanges(before, after), {
			date: '2026-12-02',
			fingerprint: FP,
			log: [],
		});
		expect(draft.rules).toEqual(['z-image-from-2025-12-17', 'z-image']);
		expect(draft.customer).toEqual({ plan: 'plus', billing: 'monthly', joined: '2026-12-01', model: 'z-image' });
		expect(draft.summary.ko).toBe('Z Image · 모든 요금제 · 2026년 12월 1일 이후 가입: 무제한 → 크레딧 사용.');
	});
});

describe('npm run rules:diff and npm run check on a copy of the project', () => {
	it('refuses the change until rules:diff drafts its entry; --lang ko reports in Korean; bad data exits 1', () => {
		const dir = gitCopyOfContent('change-log-');
		try {
			const file = join(dir, 'content/rules/credits.json');
			const credits = JSON.parse(readFileSync(file, 'utf8'));
			credits.costs[0].credits = 30;
			writeFileSync(file, JSON.stringify(credits, null, 2));
			const run = (tool: string, ...args: string[]) =>
				spawnSync(process.execPath, [resolve('tools', tool), ...args], { cwd: dir, encoding: 'utf8' });

			const refused = run('check.ts');
			expect(refused.status).toBe(1);
			expect(refused.stderr).toMatch(/content\/rules\/changes\.json:\d+: the rule data differs from the last entry/);
			expect(refused.stderr).toContain('npm run rules:diff -- --write');

			const ko = run('rules-diff.ts', '--lang', 'ko');
			expect(ko.status, ko.stderr).toBe(0);
			expect(ko.stdout).toContain('HEAD 이후 고객에게 달라지는 점 (1개):');
			expect(ko.stdout).toContain('5초 영상 1개당 약 33크레딧 → 5초 영상 1개당 약 30크레딧');
			// The article sentences naming Carat Video, for review, with file and line.
			expect(ko.stdout).toMatch(/content\/docs\/ko\/troubleshooting\/faq\/plus-plan-faq\.mdx:\d+: /);

			const write = run('rules-diff.ts', '--write');
			expect(write.status, write.stderr).toBe(0);
			expect(write.stdout).toContain('Drafted entry');
			const log = JSON.parse(readFileSync(join(dir, 'content/rules/changes.json'), 'utf8')).changes;
			expect(log.at(-1).summary.en).toContain('about 30 credits per 5-second video');
			// The change log no longer stops the check (the prose still states the old cost: that is the check's next step).
			expect(run('check.ts').stderr).not.toContain('content/rules/changes.json');

			// --amend: only the last entry's fingerprint follows the data (an entry not yet published).
			credits.costs[0].checked = '2026-12-01';
			writeFileSync(file, JSON.stringify(credits, null, 2));
			expect(run('check.ts').stderr).toMatch(/content\/rules\/changes\.json:\d+: the rule data differs/);
			const amend = run('rules-diff.ts', '--amend');
			expect(amend.status, amend.stderr).toBe(0);
			const amended = JSON.parse(readFileSync(join(dir, 'content/rules/changes.json'), 'utf8')).changes;
			expect(amended.length).toBe(log.length);
			expect(amended.at(-1).fingerprint).not.toBe(log.at(-1).fingerprint);
			expect(run('check.ts').stderr).not.toContain('content/rules/changes.json');

			credits.costs[0].credits = -1;
			writeFileSync(file, JSON.stringify(credits, null, 2));
			const bad = run('rules-diff.ts');
			expect(bad.status).toBe(1);
			// The same lines as npm run check prints for it.
			expect(run('check.ts').stderr).toContain(bad.stderr.trim());
			expect(bad.stderr).toMatch(/content\/rules\/credits\.json:\d+: costs\[0\] \(carat-video-plus-5s\)\.credits/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});
